import { useTranslation } from 'react-i18next';
import type { EsgInput } from '../../domain/assessment';
import { vsmeCoverage } from '../../domain/esg';
import { VSME_META } from '../../domain/reference-data';
import { appStore } from '../../store/app-store';
import { ChoiceGroup } from '../../ui/field';
import { formatPercent } from '../../ui/format';
import { AsOf } from './as-of';

const ANSWERS = ['yes', 'partly', 'no'] as const;

/** VSME basic module B1–B11: "can you report this today?" and the data-coverage share. */
export function VsmeChecklist({ esg }: { esg: EsgInput }) {
  const { t, i18n } = useTranslation(['esgcbam', 'cbam']);
  const cov = vsmeCoverage(esg);
  const set = (id: string, v: (typeof ANSWERS)[number]) =>
    appStore.getState().edit('esg', (e) => ({ ...e, vsme: { ...e.vsme, [id]: v } }));
  return (
    <div className="form">
      <p>{t('vsme.intro')} <AsOf source={VSME_META.source} asOf={VSME_META.asOf} /></p>
      <div className="vsme-grid">
        {cov.modules.map((m) => (
          <ChoiceGroup key={m.id} id={`vsme-${m.id}`} legend={t(m.nameKey)} hint={t(m.explainKey)}>
            {ANSWERS.map((v) => (
              <label key={v} className="choice">
                <input type="radio" name={`vsme-${m.id}`} value={v} checked={m.answer === v} onChange={() => set(m.id, v)} />{' '}
                {t(`vsme.answers.${v}`)}
              </label>
            ))}
          </ChoiceGroup>
        ))}
      </div>
      <p className="summary-box" aria-live="polite">
        {t('vsme.coverage', {
          share: formatPercent(i18n.language, cov.coverage), yes: cov.yes, partly: cov.partly, no: cov.no, unanswered: cov.unanswered,
        })}
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { PROGRAMMES, programmeFit, type FitReason, type ProgrammeId, type ProgrammeProfile } from '../../domain/programmes';
import { useAppStore } from '../../store/app-store';
import { formatNumber } from '../../ui/format';
import './firm-facts.css';

const CHIP = { eligible: 'chip', check: 'chip chip--find', notEligible: 'chip chip--warn' } as const;

/** A fit reason's values with its numbers in the language's format ("1.200", "12,5"). */
function fitValues(lng: string, reason: FitReason): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(reason.values ?? {})) out[k] = typeof v === 'number' ? formatNumber(lng, v, 1) : v;
  return out;
}

/**
 * The support programmes of one roadmap action (ids from eligibleProgrammes), each with whether the
 * firm meets its known conditions and why, or what it would need (programmeFit). A line the firm
 * cannot use as it is (a household business and Decree 80) gives only that reason, not the support.
 * `profile`: the firm's; by default the current assessment's (the one the roadmap is built from).
 */
export function ProgrammeLines({ ids, profile }: { ids: readonly ProgrammeId[]; profile?: ProgrammeProfile }) {
  const { t, i18n } = useTranslation(['results', 'actions']);
  const current = useAppStore((s) => s.assessments[s.currentId]?.profile);
  const p = profile ?? current;
  if (ids.length === 0 || !p) return <>{t('results:roadmap.noProgrammes')}</>;
  return (
    <ul className="programme-lines">
      {ids.map((id) => {
        const fit = programmeFit(id, p);
        const k = `actions:${PROGRAMMES[id].textKey}`;
        const offered = fit.status !== 'notEligible';
        return (
          <li key={id} data-programme={id} data-fit={fit.status}>
            <strong>{t(`${k}.name`)}</strong>
            {offered && <>: {t(`${k}.cofunds`)}</>}{' '}
            <span className={CHIP[fit.status]}>{t(`actions:programmeFit.status.${fit.status}`)}</span>{' '}
            <span className="programme-lines__reason">{t(`actions:${fit.reason.key}`, fitValues(i18n.language, fit.reason))}</span>
            {offered && <>{' '}<span className="muted">{t(`${k}.caveat`)}</span></>}
          </li>
        );
      })}
    </ul>
  );
}

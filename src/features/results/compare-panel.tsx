import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment';
import { parseAssessmentFile } from '../../domain/assessment-file';
import { compareAssessments, type ScoreChange } from '../../domain/compare';
import { useAppStore } from '../../store/app-store';
import { CaptionedTable } from '../../ui/captioned-table';
import { formatDateShort } from '../../ui/format';
import { fileErrorKey, readFileText } from './export-import';
import { formatDelta, formatScore } from './format-score';

type Source = { kind: 'device'; id: string } | { kind: 'file'; name: string; assessment: Assessment } | null;

/** "Compare with an earlier assessment": another one on this device, or a JSON file (read only, never stored). */
export function ComparePanel({ a }: { a: Assessment }) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const lng = i18n.language;
  const order = useAppStore((s) => s.order);
  const assessments = useAppStore((s) => s.assessments);
  const [source, setSource] = useState<Source>(null);
  const [error, setError] = useState('');

  const others = order.filter((id) => id !== a.id && assessments[id]).map((id) => assessments[id]!);
  const earlier = source?.kind === 'device' ? assessments[source.id] ?? null : source?.kind === 'file' ? source.assessment : null;
  const comparison = useMemo(() => (earlier ? compareAssessments(earlier, a) : null), [earlier, a]);
  const label = (x: Assessment) =>
    `${x.profile.companyName || x.title || t('compare.untitled')} · ${formatDateShort(lng, x.profile.assessmentDate)}`;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await readFileText(file);
    const r = text === null ? ({ ok: false, error: 'unreadable' } as const) : parseAssessmentFile(text);
    if (!r.ok) {
      // The old comparison goes too, so the table is never read as coming from the bad file.
      setSource(null);
      setError(`${t('file.openFailed', { name: file.name })} ${t(fileErrorKey(r.error))}`);
      return;
    }
    setError('');
    setSource({ kind: 'file', name: file.name, assessment: r.assessment });
  };

  return (
    <section className="results-section" aria-labelledby="res-compare">
      <h2 id="res-compare">{t('compare.title')}</h2>
      <p className="lead">{t('compare.intro')}</p>
      <div className="file-actions">
        <div className="field">
          <label htmlFor="compare-device">{t('compare.device')}</label>
          <select
            id="compare-device"
            value={source?.kind === 'device' ? source.id : ''}
            onChange={(e) => { setError(''); setSource(e.target.value ? { kind: 'device', id: e.target.value } : null); }}
            disabled={others.length === 0}
          >
            <option value="">{others.length === 0 ? t('compare.noneOnDevice') : t('compare.choose')}</option>
            {others.map((x) => <option key={x.id} value={x.id}>{label(x)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="compare-file">{t('compare.file')}</label>
          <input id="compare-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
        </div>
      </div>
      <p role="alert" className={error ? 'file-message file-message--error' : 'file-message--empty'}>{error}</p>

      {comparison && earlier && (
        <div className="comparison">
          <p>
            {t('compare.between', { before: label(earlier), after: label(a) })}{' '}
            {t('compare.summary', comparison.summary)}
          </p>
          <CaptionedTable
            caption={t('compare.title')} captionClassName="visually-hidden" scrollClassName="table-scroll"
            columns={[t('radar.colDimension'), t('compare.before'), t('compare.after'), t('compare.change')]}
          >
            <tbody>
              <ChangeRow label={t('headline.industryLevel')} c={comparison.industry} strong />
              {comparison.dimensions.map((c) => (
                <ChangeRow key={c.dimension} label={`${c.dimension} ${t(`instrument:dimensions.${c.dimension}.name`)}`} c={c} />
              ))}
            </tbody>
          </CaptionedTable>
        </div>
      )}
    </section>
  );
}

function ChangeRow({ label, c, strong }: { label: string; c: ScoreChange; strong?: boolean }) {
  const { t, i18n } = useTranslation('results');
  const lng = i18n.language;
  const s = (x: number | null) => (x === null ? '–' : formatScore(lng, x));
  return (
    <tr className={strong ? 'comparison__total' : undefined}>
      <th scope="row">{label}</th>
      <td>{s(c.before)}</td>
      <td>{s(c.after)}</td>
      <td className={`change change--${c.direction}`}>
        {c.direction === 'up' && <><span aria-hidden="true">▲ </span>{t('compare.up', { delta: formatDelta(lng, c.delta!) })}</>}
        {c.direction === 'down' && <><span aria-hidden="true">▼ </span>{t('compare.down', { delta: formatDelta(lng, c.delta!) })}</>}
        {c.direction === 'same' && <><span aria-hidden="true">= </span>{t('compare.same')}</>}
        {c.direction === 'notComparable' && t('compare.notComparable')}
      </td>
    </tr>
  );
}

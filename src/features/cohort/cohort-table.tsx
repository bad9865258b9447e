/**
 * The firms of the filter, one page at a time (the engine answers 50 rows, so 10,000 firms never
 * make 10,000 DOM rows). Column headings are buttons (click, Enter or Space) that sort; the sorted
 * column carries aria-sort. The table scrolls sideways inside its own box on a phone.
 */
import { useTranslation } from 'react-i18next';
import type { CohortRow } from '../../domain/cohort';
import { DIMENSION_IDS } from '../../domain/instrument/types';
import { CaptionedTable } from '../../ui/captioned-table';
import { formatDateShort, formatEur, formatPercent, formatScore } from '../../ui/format';
import type { CohortView, SortDir, SortKey } from './engine/protocol';
import { PAGE_SIZE } from './use-cohort';

interface Column { key: SortKey; label: string; hidden?: string; numeric?: boolean }

export function CohortTable({ view, sort, anonymised, onSort, onPage, onPdf, pdfBusy }: {
  view: CohortView;
  sort: { key: SortKey; dir: SortDir };
  anonymised: boolean;
  onSort: (key: SortKey) => void;
  onPage: (page: number) => void;
  onPdf: (id: string, name: string) => void;
  pdfBusy: boolean;
}) {
  const { t, i18n } = useTranslation(['cohort', 'profile', 'instrument']);
  const lng = i18n.language;
  const none = t('cohort:page.table.none');
  const columns: Column[] = [
    { key: 'company', label: t(anonymised ? 'cohort:page.table.code' : 'cohort:page.table.company') },
    { key: 'sector', label: t('cohort:page.table.sector') },
    { key: 'province', label: t('cohort:page.table.province') },
    { key: 'size', label: t('cohort:page.table.size') },
    { key: 'industry', label: t('cohort:page.table.industry'), numeric: true },
    ...DIMENSION_IDS.map((d): Column => ({ key: d, label: d, hidden: t(`instrument:dimensions.${d}.short`), numeric: true })),
    { key: 'esg', label: t('cohort:page.table.esg'), numeric: true },
    { key: 'cbam', label: t('cohort:page.table.cbam'), numeric: true },
    { key: 'confidence', label: t('cohort:page.table.confidence') },
    { key: 'reviewedBy', label: t('cohort:page.table.reviewedBy') },
    { key: 'date', label: t('cohort:page.table.date') },
  ];

  const score = (x: number | null) => (x === null ? none : formatScore(lng, x));
  const industry = (r: CohortRow) => {
    const i = r.industry;
    if (i.kind === 'value') return formatScore(lng, i.value);
    if (i.kind === 'range') return `${formatScore(lng, i.low)}–${formatScore(lng, i.high)}`;
    return none;
  };
  const reviewer = (r: CohortRow) => (!r.reviewed ? none : r.reviewedBy || t('cohort:page.table.reviewed'));
  const from = view.matched === 0 ? 0 : view.page * PAGE_SIZE + 1;
  const to = Math.min(view.matched, (view.page + 1) * PAGE_SIZE);

  return (
    <section className="cohort-section" aria-labelledby="cohort-table-h">
      <h2 id="cohort-table-h">{t('cohort:page.table.title')}</h2>
      {view.matched === 0 ? <p>{t('cohort:page.table.noMatch')}</p> : (
        <>
          <CaptionedTable
            captionId="cohort-table-caption" caption={t('cohort:page.table.caption')}
            scrollClassName="cohort-table-scroll cohort-table-scroll--tall" tableClassName="cohort-table" data-testid="cohort-table"
          >
            <thead>
              <tr>
                {columns.map((c) => {
                  const active = sort.key === c.key;
                  return (
                    <th
                      key={c.key}
                      scope="col"
                      className={c.numeric ? 'cohort-num' : undefined}
                      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      <button type="button" className="cohort-sort" onClick={() => onSort(c.key)}>
                        {c.label}
                        {c.hidden && <span className="visually-hidden"> {c.hidden}</span>}
                        <span className={`cohort-sort__mark${active ? ' cohort-sort__mark--on' : ''}`} aria-hidden="true">
                          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
                <th scope="col">{t('cohort:page.table.report')}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map(({ key, row: r }) => (
                <tr key={key}>
                  <th scope="row" className="cohort-table__firm">{r.companyName}</th>
                  <td>{t(`profile:sectors.${r.sector}`)}</td>
                  <td>{r.province || none}</td>
                  <td>{r.sizeBand ? t(`profile:sizeBands.${r.sizeBand}`) : none}</td>
                  <td className="cohort-num">{industry(r)}</td>
                  {DIMENSION_IDS.map((d) => <td key={d} className="cohort-num">{score(r.dimensions[d])}</td>)}
                  <td className="cohort-num">{r.esgReadiness === null ? none : formatPercent(lng, r.esgReadiness / 100)}</td>
                  <td className="cohort-num">
                    {r.cbamFirstYear ? t('cohort:page.table.cbamCell', { cost: formatEur(lng, r.cbamFirstYear.cost), year: r.cbamFirstYear.year }) : none}
                  </td>
                  <td>{`${t(`cohort:page.confidence.${r.confidence}`)} (${formatPercent(lng, r.confidencePct / 100)})`}</td>
                  <td>{reviewer(r)}</td>
                  <td>{r.assessmentDate ? formatDateShort(lng, r.assessmentDate) : none}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn--secondary cohort-table__pdf"
                      aria-label={t('cohort:page.table.pdfOf', { name: r.companyName })}
                      disabled={pdfBusy}
                      onClick={() => onPdf(key, r.companyName)}
                    >
                      {t('cohort:page.table.pdf')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </CaptionedTable>
          <nav className="cohort-pages" aria-label={t('cohort:page.table.pages')}>
            <button type="button" className="btn btn--secondary" onClick={() => onPage(view.page - 1)} disabled={view.page === 0}>
              {t('cohort:page.table.prev')}
            </button>
            <span aria-live="polite">{t('cohort:page.table.page', { page: view.page + 1, pages: view.pages, from, to, total: view.matched })}</span>
            <button type="button" className="btn btn--secondary" onClick={() => onPage(view.page + 1)} disabled={view.page >= view.pages - 1}>
              {t('cohort:page.table.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}

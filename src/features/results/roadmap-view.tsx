import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment';
import { ITEM_BY_ID } from '../../domain/instrument/items';
import { GROUPS, groupOf } from '../../domain/instrument/dimensions';
import type { GroupId } from '../../domain/instrument/types';
import { HORIZONS, addMonths, opensPlanNow, whatKeys, type HorizonId, type Roadmap, type RoadmapEntry } from '../../domain/roadmap';
import { formatDate, formatNumber } from '../../ui/format';
import { formatMonthYear } from './format-score';
import { deadlineText, durationText } from '../../report/deadline-text';
import { renderMsg, whyMessages } from '../../report/messages';
import { needLines } from '../../report/staffing-text';
import { moveWithin, updatePlan } from './plan-updates';
import { ProgrammeLines } from './programme-lines';

const HORIZON_IDS: readonly HorizonId[] = ['h0', 'h1', 'h2'];
/** Entries shown per horizon before "show all": the top of each period is what a director reads. */
const FIRST = 5;

type Filter = 'all' | GroupId;
type View = 'list' | 'timeline';

/** `a`: the parts of the assessment it shows (not its notes: a note typed does not re-render it). */
export function RoadmapView({ a, roadmap }: { a: Pick<Assessment, 'plan' | 'profile'>; roadmap: Roadmap }) {
  const { t, i18n } = useTranslation(['results', 'actions', 'instrument']);
  const lng = i18n.language;
  const [filter, setFilter] = useState<Filter>('all');
  const [view, setView] = useState<View>('list');
  const [expanded, setExpanded] = useState<Partial<Record<HorizonId, boolean>>>({});
  const [announce, setAnnounce] = useState('');
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    const sel = pendingFocus.current;
    if (!sel) return;
    pendingFocus.current = null;
    const el = document.querySelector<HTMLElement>(sel);
    el?.focus();
  });

  const visible = (e: RoadmapEntry) => filter === 'all' || groupOf(e.dimension) === filter;
  const title = (e: RoadmapEntry) => t(`actions:${e.text.titleKey}`);
  const date = a.profile.assessmentDate;

  const move = (h: HorizonId, e: RoadmapEntry, dir: -1 | 1) => {
    const all = roadmap.byHorizon[h].map((x) => x.actionId);
    const shown = roadmap.byHorizon[h].filter(visible).map((x) => x.actionId);
    const next = moveWithin(all, shown, e.actionId, dir);
    if (!next) return;
    // Pin this horizon's whole order; the other horizons keep theirs.
    updatePlan((p) => ({ ...p, order: [...p.order.filter((id) => !all.includes(id)), ...next] }));
    const pos = next.filter((id) => shown.includes(id)).indexOf(e.actionId);
    const atEdge = dir < 0 ? pos === 0 : pos === shown.length - 1;
    pendingFocus.current = `[data-move="${e.actionId}|${atEdge ? -dir : dir}"]`;
    setAnnounce(t('roadmap.moved', { title: title(e), position: pos + 1, count: shown.length }));
  };
  const drop = (h: HorizonId, e: RoadmapEntry) => {
    updatePlan((p) => ({ ...p, dropped: [...p.dropped, e.actionId] }));
    pendingFocus.current = `#roadmap-${h}`;
    setAnnounce(t('roadmap.droppedNote', { title: title(e) }));
  };
  const pull = (e: RoadmapEntry) => {
    updatePlan((p) => ({ ...p, pulled: [...p.pulled.filter((id) => id !== e.actionId), e.actionId] }));
    pendingFocus.current = '#roadmap-later-summary';
    setAnnounce(t('roadmap.pulledNote', { title: title(e) }));
  };
  const unpull = (h: HorizonId, e: RoadmapEntry) => {
    updatePlan((p) => ({ ...p, pulled: p.pulled.filter((id) => id !== e.actionId) }));
    pendingFocus.current = `#roadmap-${h}`;
    setAnnounce(t('roadmap.unpulledNote', { title: title(e) }));
  };
  const restore = (e: RoadmapEntry) => {
    updatePlan((p) => ({ ...p, dropped: p.dropped.filter((id) => id !== e.actionId) }));
    pendingFocus.current = '#roadmap-dropped-summary';
    setAnnounce(t('roadmap.restoredNote', { title: title(e) }));
  };

  const shownCount = roadmap.entries.filter(visible).length;
  const counts = HORIZON_IDS.map((h) => roadmap.byHorizon[h].filter(visible).length);
  // the plan's opener, shown and starting at once, comes before "most important first"
  const opens = roadmap.entries.some((e) => opensPlanNow(e) && visible(e));

  return (
    <section className="results-section roadmap" aria-labelledby="res-roadmap">
      <h2 id="res-roadmap">{t('roadmap.title')}</h2>
      <p className="lead">
        {t(opens ? 'roadmap.summaryOpens' : 'roadmap.summary', { count: shownCount, h0: counts[0], h1: counts[1], h2: counts[2], date: formatDate(lng, date) })}
      </p>
      <p>{t('actions:roadmap.capsLine', { h0: roadmap.caps.h0, total: roadmap.caps.total })}</p>
      <div className="roadmap__controls">
        <div className="field">
          <label htmlFor="roadmap-filter">{t('roadmap.filter')}</label>
          <select id="roadmap-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">{t('roadmap.allGroups')}</option>
            {GROUPS.map((g) => <option key={g} value={g}>{t(`instrument:groups.${g}`)}</option>)}
          </select>
        </div>
        <div className="segmented" role="group" aria-label={t('roadmap.view')}>
          {(['list', 'timeline'] as const).map((v) => (
            <button key={v} type="button" className="segmented__btn" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(`roadmap.views.${v}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="visually-hidden" role="status">{announce}</p>

      {roadmap.entries.length === 0 && <p className="notice">{t('roadmap.empty')}</p>}

      {view === 'timeline' ? (
        <Timeline entries={roadmap.entries.filter(visible)} targetDate={a.plan.targetDate} />
      ) : (
        HORIZON_IDS.map((h) => {
          const list = roadmap.byHorizon[h].filter(visible);
          if (list.length === 0) return null;
          const open = expanded[h] === true || list.length <= FIRST + 1;
          const shown = open ? list : list.slice(0, FIRST);
          const from = addMonths(date, HORIZONS[h].startMonth);
          const to = addMonths(date, HORIZONS[h].endMonth);
          return (
            <div className="horizon" key={h}>
              <h3 id={`roadmap-${h}`} tabIndex={-1}>
                {t(`actions:roadmap.horizons.${h}`)}
                <span className="horizon__dates"> · {formatMonthYear(lng, from)} – {formatMonthYear(lng, to)}</span>
              </h3>
              <ol className="entries">
                {shown.map((e, i) => (
                  <li key={e.actionId} className="entry" data-action={e.actionId}>
                    <EntryCard e={e} />
                    <div className="entry__buttons">
                      <button type="button" className="btn btn--small" data-move={`${e.actionId}|-1`} disabled={i === 0} onClick={() => move(h, e, -1)}>
                        <span aria-hidden="true">↑</span> {t('roadmap.up')}<span className="visually-hidden">: {title(e)}</span>
                      </button>
                      <button type="button" className="btn btn--small" data-move={`${e.actionId}|1`} disabled={i === list.length - 1} onClick={() => move(h, e, 1)}>
                        <span aria-hidden="true">↓</span> {t('roadmap.down')}<span className="visually-hidden">: {title(e)}</span>
                      </button>
                      {e.userPulled && (
                        <button type="button" className="btn btn--small btn--quiet" onClick={() => unpull(h, e)}>
                          {t('roadmap.unpull')}<span className="visually-hidden">: {title(e)}</span>
                        </button>
                      )}
                      <button type="button" className="btn btn--small btn--quiet" onClick={() => drop(h, e)}>
                        {t('roadmap.drop')}<span className="visually-hidden">: {title(e)}</span>
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
              {list.length > FIRST + 1 && (
                <button type="button" className="btn btn--secondary btn--small" aria-expanded={open} onClick={() => setExpanded({ ...expanded, [h]: !open })}>
                  {open ? t('roadmap.showFewer') : t('roadmap.showAll', { count: list.length })}
                </button>
              )}
            </div>
          );
        })
      )}

      {roadmap.later.filter(visible).length > 0 && (
        <details className="dropped later">
          <summary id="roadmap-later-summary">{t('roadmap.laterList', { count: roadmap.later.filter(visible).length })}</summary>
          <p className="muted">{t('roadmap.laterLead')}</p>
          <ul>
            {roadmap.later.filter(visible).map((e) => (
              <AsideRow key={e.actionId} e={e} title={title(e)} button={t('roadmap.pull')} onClick={() => pull(e)} later />
            ))}
          </ul>
        </details>
      )}

      {roadmap.dropped.length > 0 && (
        <details className="dropped">
          <summary id="roadmap-dropped-summary">{t('roadmap.droppedList', { count: roadmap.dropped.length })}</summary>
          <ul>
            {roadmap.dropped.map((e) => (
              <AsideRow key={e.actionId} e={e} title={title(e)} button={t('roadmap.restore')} onClick={() => restore(e)} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function EntryCard({ e }: { e: RoadmapEntry }) {
  const { t, i18n } = useTranslation(['results', 'actions', 'instrument', 'workforce']);
  const lng = i18n.language;
  const p = e.inputs;
  const question = (item: string) => (ITEM_BY_ID.has(item) ? t(`instrument:items.${item}.question`) : item);
  return (
    <article className="entry__card">
      <h4 className="entry__title">{t(`actions:${e.text.titleKey}`)}</h4>
      <p className="entry__meta">
        <span className="chip">{e.dimension} · {t(`instrument:dimensions.${e.dimension}.short`)}</span>
        {e.step === 'findOut' && <span className="chip chip--find">{t('roadmap.findOut')}</span>}
        {e.userOrdered && <span className="chip chip--user">{t('actions:roadmap.userOrdered')}</span>}
        <span>{t('roadmap.effortShort', { e: e.effort })}</span>
        <span>{durationText(e.durationMonths, t)}</span>
        <span>{formatMonthYear(lng, e.start)} – {formatMonthYear(lng, e.end)}</span>
        <span>{t('roadmap.priorityShort', { p: formatNumber(lng, e.priority, 2) })}</span>
      </p>
      {e.deadline && <p className={e.deadline.late ? 'entry__deadline warn' : 'entry__deadline'}><DeadlineText e={e} /></p>}
      {e.deferredMonth !== null && <p className="entry__lifts">{t('actions:roadmap.deferred', { month: e.deferredMonth })}</p>}
      {opensPlanNow(e) && <p className="entry__lifts">{t('actions:roadmap.opensPlan')}</p>}
      <p className="entry__what">{whatKeys(e).map((key) => t(`actions:${key}`)).join(' ')}</p>
      {e.step !== 'findOut' && e.lifts.length > 0 && (
        <p className="entry__lifts">{t('actions:roadmap.lifts', { items: e.lifts.map(question).join('; '), level: Number(e.step) + 1 })}</p>
      )}
      <details className="entry__details">
        <summary>{t('roadmap.details')}</summary>
        <dl>
          <dt>{t('roadmap.why')}</dt>
          <dd>
            {/* the same reasons as the PDF's card (src/report/messages.ts) */}
            {whyMessages(e).map((m, i) => <p key={i}>{renderMsg(m, t, lng)}</p>)}
          </dd>
          <dt>{t('roadmap.effort')}</dt>
          <dd>{t(`actions:roadmap.effort.${e.effort}`)}</dd>
          <dt>{t('roadmap.kpi')}</dt>
          <dd>{t(`actions:${e.text.kpiKey}`)}</dd>
          <dt>{t('roadmap.people')}</dt>
          <dd>
            {e.needs.length === 0 ? t('roadmap.noNeeds') : (
              <ul>
                {needLines(e.needs, t, lng).map((line) => <li key={line}>{line}</li>)}
              </ul>
            )}
            {e.text.coverKeys.map((key) => <p key={key}>{t(`actions:${key}`)}</p>)}
          </dd>
          <dt>{t('roadmap.programmes')}</dt>
          <dd><ProgrammeLines ids={e.programmes} /></dd>
          <dt>{t('roadmap.priority')}</dt>
          <dd>
            <p>{t('actions:roadmap.priority.formula', { g: formatNumber(lng, p.g, 2), m: formatNumber(lng, p.m, 2), u: formatNumber(lng, p.u, 2), e: p.e, p: formatNumber(lng, e.priority, 2) })}</p>
            <ul>
              <li>{e.step === 'findOut' ? t('actions:roadmap.priority.gFindOut') : t('actions:roadmap.priority.g', { g: formatNumber(lng, p.g, 2) })}</li>
              <li>{t('actions:roadmap.priority.m', {
                m: formatNumber(lng, p.m, 2), painKpis: p.mParts.painKpis, costs: p.mParts.costs,
                weakest: p.mParts.weakestLink ? t('actions:roadmap.priority.mWeakest') : '',
              })}</li>
              <li>{t('actions:roadmap.priority.u', { u: formatNumber(lng, p.u, 2) })} ({t(`actions:roadmap.uReason.${p.uReason}`)})</li>
              <li>{t('actions:roadmap.priority.e', { e: p.e })}</li>
            </ul>
          </dd>
        </dl>
      </details>
    </article>
  );
}

/** A row of the "Later" or dropped list: the action, its dimension and period, and one button to bring it back. */
function AsideRow({ e, title, button, onClick, later = false }: { e: RoadmapEntry; title: string; button: string; onClick: () => void; later?: boolean }) {
  const { t } = useTranslation('actions');
  return (
    <li className="dropped__row" data-later={later ? e.actionId : undefined}>
      <span>
        <strong>{title}</strong> · {e.dimension} · {t(`roadmap.horizons.${e.horizon}`)}
        {later && e.deadline && <> · <DeadlineText e={e} /></>}
      </span>
      <button type="button" className="btn btn--small btn--secondary" onClick={onClick}>
        {button}<span className="visually-hidden">: {title}</span>
      </button>
    </li>
  );
}

/** The dated driver an action serves, and whether it ends in time (docs/RULES.md §4.9). */
function DeadlineText({ e }: { e: RoadmapEntry }) {
  const { t, i18n } = useTranslation(['actions', 'esgcbam']);
  const text = deadlineText(e, (key, values) => t(key, values), i18n.language);
  return text === null ? null : <>{text}</>;
}

const monthIndex = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return y * 12 + (m - 1) + (d - 1) / 31;
};

/** The calendar view: bars from start to end on a 2026–2030 grid (wider if the plan runs longer). */
function Timeline({ entries, targetDate }: { entries: RoadmapEntry[]; targetDate: string | null }) {
  const { t, i18n } = useTranslation(['results', 'actions']);
  const lng = i18n.language;
  if (entries.length === 0) return null;
  const firstYear = Math.min(2026, ...entries.map((e) => Number(e.start.slice(0, 4))));
  const lastYear = Math.max(2030, ...entries.map((e) => Number(e.end.slice(0, 4))));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const origin = firstYear * 12;
  const total = years.length * 12;
  const pct = (iso: string) => `${Math.max(0, Math.min(100, ((monthIndex(iso) - origin) / total) * 100))}%`;
  const target = targetDate && targetDate.slice(0, 4) >= String(firstYear) && targetDate.slice(0, 4) <= String(lastYear) ? targetDate : null;
  return (
    <div className="timeline">
      {target && <p className="timeline__target-note">{t('roadmap.targetDateLine', { date: formatMonthYear(lng, target) })}</p>}
      {HORIZON_IDS.map((h) => {
        const list = entries.filter((e) => e.horizon === h);
        if (list.length === 0) return null;
        return (
          <div key={h} className="timeline__horizon">
            <h3 className="timeline__heading">{t(`actions:roadmap.horizons.${h}`)}</h3>
            {/* Years again in every period, so a phone user scrolling down still reads the calendar. */}
            <div className="timeline__years" aria-hidden="true">
              {years.map((y) => <span key={y}>{y}</span>)}
            </div>
            <ol className="timeline__rows">
              {list.map((e) => {
                const left = pct(e.start);
                const width = `calc(${pct(e.end)} - ${left})`;
                return (
                  <li key={e.actionId} className={`timeline__row timeline__row--${h}`}>
                    <span className="timeline__label">
                      <span className="timeline__dim">{e.dimension}</span> {t(`actions:${e.text.titleKey}`)}
                      <span className="visually-hidden">: {formatMonthYear(lng, e.start)} – {formatMonthYear(lng, e.end)}</span>
                    </span>
                    <span className="timeline__track" aria-hidden="true">
                      {years.map((y) => <span key={y} className="timeline__grid" style={{ left: `${((y - firstYear) * 12 / total) * 100}%` }} />)}
                      <span className="timeline__bar" style={{ left, width }} />
                      {target && <span className="timeline__target" style={{ left: pct(target) }} />}
                    </span>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </div>
  );
}

/**
 * The page's state around the engine: what was read (status), the progress of what is running,
 * the table's query (filter, anonymise, sort, page) and the view the engine answers for it. A
 * stale view (the query changed meanwhile) is dropped.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, type Sector } from '../../domain/assessment';
import type { CohortFilter } from '../../domain/cohort';
import type { CohortEngine } from './engine/cohort-engine';
import type { AddItem, CohortView, SortDir, SortKey, StoreStatus } from './engine/protocol';
import { sharedCohortEngine } from './shared-engine';

export const PAGE_SIZE = 50;

export interface TableQuery {
  filter: CohortFilter;
  anonymised: boolean;
  sort: { key: SortKey; dir: SortDir };
  page: number;
}

export function useCohort(injected?: CohortEngine) {
  const { t, i18n } = useTranslation(['cohort', 'profile']);
  const [engine, setEngine] = useState<CohortEngine | null>(injected ?? null);
  const [status, setStatus] = useState<StoreStatus | null>(null);
  // whether an add or export runs; its figures are ReadStatus's own (a page render per batch would cost more than the batch)
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState<TableQuery>({ filter: {}, anonymised: false, sort: { key: 'company', dir: 'asc' }, page: 0 });
  const [view, setView] = useState<CohortView | null>(null);
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState('');
  const viewSeq = useRef(0);

  useEffect(() => {
    if (injected) return;
    let live = true;
    void sharedCohortEngine().then((e) => {
      if (live) setEngine(e);
    });
    return () => {
      live = false;
    };
  }, [injected]);

  useEffect(() => {
    if (!engine) return;
    const off = engine.subscribe((p) => setBusy(p !== null));
    void engine.status().then(setStatus, (e: unknown) => setError(String(e)));
    return off;
  }, [engine]);

  const sectorNames = useMemo(
    () => Object.fromEntries(SECTORS.map((s) => [s, t(`profile:sectors.${s}`)])) as Record<Sector, string>,
    [t],
  );

  useEffect(() => {
    if (!engine || !status) return;
    const seq = ++viewSeq.current;
    void engine.view({ ...query, pageSize: PAGE_SIZE, sectorNames, locale: i18n.language }).then((v) => {
      if (seq === viewSeq.current) setView(v);
    }, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [engine, status, query, sectorNames, i18n.language]);

  const summaryLine = useCallback((s: StoreStatus) => t('cohort:page.read.summary', { firms: s.firms, bad: s.bad.length, dropped: s.dropped }), [t]);

  const add = useCallback((items: AddItem[]) => {
    if (!engine || items.length === 0) return;
    setError('');
    setAnnounce('');
    engine.add(items).then((s) => {
      setStatus(s);
      setAnnounce(t('cohort:page.read.added', { summary: summaryLine(s) }));
    }, (e: unknown) => {
      setError(t('cohort:page.read.failed', { message: e instanceof Error ? e.message : String(e) }));
      void engine.status().then(setStatus);
    });
  }, [engine, t, summaryLine]);

  const clear = useCallback(() => {
    if (!engine) return;
    void engine.clear().then((s) => {
      setStatus(s);
      setView(null);
      setQuery((q) => ({ ...q, filter: {}, page: 0 }));
      setAnnounce(t('cohort:page.read.cleared'));
    });
  }, [engine, t]);

  return { engine, status, busy, query, setQuery, view, announce, error, add, clear, summaryLine };
}

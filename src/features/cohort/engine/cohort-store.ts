/**
 * The cohort as lane 0 holds it (a worker in the browser): one firm per assessment id through
 * CohortCollector (newest kept, duplicates listed, bad files with their reason), each firm's row
 * and facts and where its assessment can be read again. Answers the page's questions: one page of
 * the filtered, sorted table with the summary of the filtered firms; the firms an export needs;
 * the CSV; one firm's assessment. Filters, sorts and summaries are cached until the cohort changes.
 */
import { SIZE_BANDS, type Sector, type SizeBand } from '../../../domain/assessment';
import { CBAM_DATA_AS_OF } from '../../../domain/cbam-lookup';
import {
  CohortCollector, byId, cohortProvinces, cohortReason, filterFirms, type CohortEntry, type CohortFilter, type CohortRead, type CohortRow, type CohortSource,
} from '../../../domain/cohort';
import { cohortSummary, type CohortSummary } from '../../../domain/cohort-aggregates';
import { cohortCodes } from '../../../domain/cohort-anonymise';
import { cohortCsv } from '../../../domain/cohort-export';
import type { CohortView, ExportQuery, ExportTask, Outcome, SortKey, StoreStatus, TakeItem, ViewQuery, ViewRow } from './protocol';

interface Firm { name: string; token: number; source: CohortSource; entry: CohortEntry }

const filterKey = (f: CohortFilter): string => JSON.stringify([
  [...(f.sectors ?? [])].sort(), [...(f.sizeBands ?? [])].map(String).sort(), [...(f.provinces ?? [])].sort(),
]);

type SortValue = string | number | null;

/** The value a column sorts by, as the table shows it (anonymised: the code, and no reviewer's name). */
function sortValue(key: SortKey, row: CohortRow, shown: { name: string; anonymised: boolean }, sectorNames: Partial<Record<Sector, string>>): SortValue {
  switch (key) {
    case 'company': return shown.name;
    case 'sector': return sectorNames[row.sector] ?? row.sector;
    case 'province': return row.province.trim() || null;
    case 'size': return row.sizeBand === null ? null : SIZE_BANDS.indexOf(row.sizeBand);
    case 'industry': {
      const i = row.industry;
      return i.kind === 'value' ? i.value : i.kind === 'range' ? (i.low + i.high) / 2 : null;
    }
    case 'esg': return row.esgReadiness;
    case 'cbam': return row.cbamFirstYear?.cost ?? null;
    case 'confidence': return row.confidencePct;
    case 'reviewedBy': return row.reviewed ? (shown.anonymised ? '' : row.reviewedBy.trim()) : null;
    case 'date': return row.assessmentDate || null;
    default: return row.dimensions[key];
  }
}

export class CohortStore {
  private collector = new CohortCollector<Firm>();
  private given = 0;
  private read: CohortRead<Firm> | null = null;
  private byIdMap: Map<string, Firm> | null = null;
  private codes: Map<string, string> | null = null;
  private readonly filtered = new Map<string, Firm[]>();
  private readonly summaries = new Map<string, CohortSummary>();
  private readonly sorted = new Map<string, Firm[]>();

  /** A batch of items in the order given, with the outcomes of those a lane opened (by seq). */
  take(outcomes: readonly Outcome[], items: readonly TakeItem[]): { given: number } {
    const bySeq = new Map(outcomes.map((o) => [o.seq, o]));
    for (const it of items) {
      this.given += 1;
      if ('reason' in it) {
        this.collector.reject(it.name, it.reason);
        continue;
      }
      const o = bySeq.get(it.seq);
      if (!o) this.collector.reject(it.name, cohortReason('unreadable'));
      else if (o.ok) this.collector.keep(it.name, o.id, o.updatedAt, { name: it.name, token: it.token, source: o.source, entry: o.entry });
      else this.collector.reject(it.name, o.reason);
    }
    if (items.length > 0) this.changed();
    return { given: this.given };
  }

  clear(): StoreStatus {
    this.collector = new CohortCollector<Firm>();
    this.given = 0;
    this.changed();
    return this.status();
  }

  status(): StoreStatus {
    const r = this.result();
    return {
      given: this.given,
      firms: r.firms.length,
      bad: r.bad,
      duplicates: r.duplicates,
      dropped: r.duplicates.reduce((n, d) => n + d.dropped.length, 0),
    };
  }

  view(q: ViewQuery): CohortView {
    const all = this.result().firms;
    const matched = this.filter(q.filter);
    const pages = Math.max(1, Math.ceil(matched.length / q.pageSize));
    const page = Math.min(Math.max(0, q.page), pages - 1);
    const rows = this.sort(q, matched).slice(page * q.pageSize, (page + 1) * q.pageSize).map((f) => this.shown(f, q.anonymised));
    const sectors = new Map<Sector, number>();
    const sizes = new Map<SizeBand | null, number>();
    for (const f of all) {
      sectors.set(f.entry.row.sector, (sectors.get(f.entry.row.sector) ?? 0) + 1);
      sizes.set(f.entry.row.sizeBand, (sizes.get(f.entry.row.sizeBand) ?? 0) + 1);
    }
    const sizeOrder = (x: SizeBand | null) => (x === null ? SIZE_BANDS.length : SIZE_BANDS.indexOf(x));
    return {
      firms: all.length,
      matched: matched.length,
      page,
      pages,
      rows,
      summary: this.summary(q.filter),
      options: {
        sectors: [...sectors].map(([id, firms]) => ({ id, firms })).sort((x, y) => y.firms - x.firms || byId(x.id, y.id)),
        sizeBands: [...sizes].map(([id, firms]) => ({ id, firms })).sort((x, y) => sizeOrder(x.id) - sizeOrder(y.id)),
        provinces: cohortProvinces(all.map((f) => f.entry)),
      },
      cbamAsOf: CBAM_DATA_AS_OF,
    };
  }

  /** The filtered firms in id order, each to compute again (with its code when anonymised). */
  tasks(q: ExportQuery): ExportTask[] {
    const codes = q.anonymised ? this.codeMap() : null;
    return this.filter(q.filter).map((f, index) => ({
      index, name: f.name, token: f.token, source: f.source, code: codes ? codes.get(f.entry.row.id)! : null,
    }));
  }

  /** The CSV of the filtered firms as read (not anonymised: that one is computed again, see tasks). */
  csv(q: ExportQuery): { text: string; rows: number } {
    const firms = this.filter(q.filter);
    return { text: cohortCsv(firms.map((f) => ({ ...f.entry, source: f.source }))), rows: firms.length };
  }

  entries(q: ExportQuery): CohortEntry[] {
    return this.filter(q.filter).map((f) => f.entry);
  }

  /** Where a kept firm can be read again, and its code in the cohort (for the anonymised PDF). */
  ref(id: string): { name: string; token: number; code: string } | null {
    const f = this.index().get(id);
    return f ? { name: f.name, token: f.token, code: this.codeMap().get(id)! } : null;
  }

  // ---- caches ---------------------------------------------------------------------------------

  private changed() {
    this.read = null;
    this.byIdMap = null;
    this.codes = null;
    this.filtered.clear();
    this.summaries.clear();
    this.sorted.clear();
  }

  private result(): CohortRead<Firm> {
    this.read ??= this.collector.result();
    return this.read;
  }

  private index(): Map<string, Firm> {
    this.byIdMap ??= new Map(this.result().firms.map((f) => [f.entry.row.id, f]));
    return this.byIdMap;
  }

  /** Codes over the whole cohort, so a firm keeps its code under every filter. */
  private codeMap(): Map<string, string> {
    this.codes ??= cohortCodes(this.result().firms.map((f) => f.entry.row.id));
    return this.codes;
  }

  private filter(filter: CohortFilter): Firm[] {
    const key = filterKey(filter);
    let out = this.filtered.get(key);
    if (!out) {
      out = filterFirms(this.result().firms.map((f) => ({ ...f, row: f.entry.row })), filter);
      this.filtered.set(key, out);
    }
    return out;
  }

  private summary(filter: CohortFilter): CohortSummary {
    const key = filterKey(filter);
    let s = this.summaries.get(key);
    if (!s) {
      s = cohortSummary(this.filter(filter).map((f) => f.entry));
      this.summaries.set(key, s);
    }
    return s;
  }

  private sort(q: ViewQuery, firms: Firm[]): Firm[] {
    const key = JSON.stringify([filterKey(q.filter), q.sort.key, q.sort.dir, q.anonymised, q.locale ?? '', q.sort.key === 'sector' ? q.sectorNames ?? {} : {}]);
    let out = this.sorted.get(key);
    if (out) return out;
    const collator = new Intl.Collator(q.locale ?? 'vi', { sensitivity: 'base', numeric: true });
    const codes = q.anonymised ? this.codeMap() : null;
    const values = firms.map((f) => sortValue(
      q.sort.key, f.entry.row, { name: codes ? codes.get(f.entry.row.id)! : f.entry.row.companyName.trim(), anonymised: q.anonymised }, q.sectorNames ?? {},
    ));
    const sign = q.sort.dir === 'asc' ? 1 : -1;
    const order = firms.map((_, i) => i).sort((i, j) => {
      const a = values[i]!;
      const b = values[j]!;
      // an empty value goes last whichever way the column sorts; then id order breaks ties
      if (a === null || b === null) return a === b ? i - j : a === null ? 1 : -1;
      const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
      return c !== 0 ? sign * c : i - j;
    });
    out = order.map((i) => firms[i]!);
    this.sorted.set(key, out);
    return out;
  }

  private shown(f: Firm, anonymised: boolean): ViewRow {
    const row = f.entry.row;
    if (!anonymised) return { key: row.id, row };
    const code = this.codeMap().get(row.id)!;
    return { key: row.id, row: { ...row, id: code, companyName: code, reviewedBy: '' } };
  }
}

/**
 * The messages between the cohort page and its workers (and the in-thread stand-in the tests
 * use). Framework-free types only, so the page chunk imports nothing heavy from here.
 *
 * Two roles: every lane opens and computes firms ("warm", "open", "compute", "assessment"); lane 0
 * also holds the cohort ("take", "status", "clear", "view", "tasks", "csv", "csvOf", "entries",
 * "ref"). What crosses to the page is small: one page of the table and the summary of the filtered
 * firms; exports and one firm's assessment when it asks. The page keeps each file (a File is a
 * handle, not its bytes) under a token and hands it to a lane only when that lane must read it:
 * reading a file on the main thread costs it about 2 ms a file in Chromium, handing a batch's
 * files over as one Blob a fraction of that, and the holder never gets the files at all.
 */
import type { Assessment, Sector, SizeBand } from '../../../domain/assessment';
import type {
  CohortBadFile, CohortDuplicate, CohortEntry, CohortFilter, CohortReason, CohortRow, CohortSource,
} from '../../../domain/cohort';
import type { CohortSummary } from '../../../domain/cohort-aggregates';

/** One thing added to the cohort: a file, an assessment already opened (a link, this device), or one that could not be. */
export type AddItem =
  | { kind: 'file'; name: string; file: Blob }
  | { kind: 'assessment'; name: string; assessment: Assessment; rejectedAnswers: number }
  | { kind: 'bad'; name: string; reason: CohortReason };

/**
 * What a lane is given to open: a file (read there, off the main thread), a range of the request's
 * `pack` (the bytes of one file among the batch's, see packFiles), or an assessment opened already.
 */
export type Content =
  | { kind: 'file'; file: Blob }
  | { kind: 'part'; start: number; size: number }
  | { kind: 'assessment'; assessment: Assessment; rejectedAnswers: number };

/**
 * Files up to this size travel packed with the others of their batch in one Blob: handing a
 * thousand File objects to workers one by one cost Chromium's main thread ~1 s, one Blob per batch
 * of 20 a quarter of that (measured here). Far above any real assessment (a few kB); a larger file
 * travels on its own, so the lane can refuse it unread as it does now.
 */
export const PACK_MAX_BYTES = 256 * 1024;

export interface OpenItem { seq: number; name: string; content: Content }

export type Outcome =
  | { seq: number; ok: true; id: string; updatedAt: string; source: CohortSource; entry: CohortEntry }
  | { seq: number; ok: false; reason: CohortReason };

/**
 * A batch handed to the holder of the cohort: the lane's outcomes as it packed them (JSON, see
 * Api.open: the page forwards the string without reading it, so rows and facts are never rebuilt
 * on the main thread), and each item's name and token (the page's key to read it again) or why
 * it was not read.
 */
export type TakeItem =
  | { seq: number; name: string; token: number }
  | { seq: number; name: string; reason: CohortReason };

export interface StoreStatus {
  /** everything given so far: files, links, assessments from this device */
  given: number;
  firms: number;
  bad: CohortBadFile[];
  duplicates: CohortDuplicate[];
  /** files left out as older copies (the sum of the duplicates' dropped lists) */
  dropped: number;
}

export const SORT_KEYS = [
  'company', 'sector', 'province', 'size', 'industry',
  'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10', 'D11', 'D12', 'D13',
  'esg', 'cbam', 'confidence', 'reviewedBy', 'date',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface ExportQuery { filter: CohortFilter; anonymised: boolean }

export interface ViewQuery extends ExportQuery {
  sort: { key: SortKey; dir: SortDir };
  /** 0-based */
  page: number;
  pageSize: number;
  /** sector names in the language on screen, so "sector" sorts as the reader reads it */
  sectorNames?: Partial<Record<Sector, string>>;
  locale?: string;
}

export interface ViewRow {
  /** the assessment id (never shown): what the row's PDF button asks for */
  key: string;
  /** as shown: the code replaces the name and the reviewer is left out when anonymised */
  row: CohortRow;
}

export interface CohortView {
  /** firms in the cohort, and those the filter keeps */
  firms: number;
  matched: number;
  page: number;
  pages: number;
  rows: ViewRow[];
  summary: CohortSummary;
  options: {
    sectors: Array<{ id: Sector; firms: number }>;
    sizeBands: Array<{ id: SizeBand | null; firms: number }>;
    provinces: Array<{ key: string; name: string; firms: number }>;
  };
  /** the CBAM reference tables' date (the "data as of" beside the cost totals) */
  cbamAsOf: string;
}

/** A kept firm to compute again for an export: anonymised first when it has a code. */
export interface ExportTask { index: number; name: string; token: number; source: CohortSource; code: string | null }
/** The same, with its content read again by the page, for a lane. */
export interface ComputeTask { index: number; name: string; content: Content; source: CohortSource; code: string | null }

export type Done =
  | { index: number; ok: true; row: CohortRow; facts: CohortEntry['facts']; source: CohortSource; line: Uint8Array | null }
  | { index: number; ok: false; name: string; reason: CohortReason };

/** Request type → its message and its answer. */
export interface Api {
  /** runs the code once on made-up firms so real files do not meet it cold; answers the time taken */
  warm: { req: { type: 'warm' }; reply: { ms: number } };
  /** `packed`: JSON of Outcome[], passed on to the holder as it is */
  open: { req: { type: 'open'; items: OpenItem[]; pack?: Blob }; reply: { packed: string } };
  compute: { req: { type: 'compute'; tasks: ComputeTask[]; jsonl: boolean; pack?: Blob }; reply: { done: Done[] } };
  /** one firm's assessment, opened again (and anonymised with `code`) */
  assessment: { req: { type: 'assessment'; name: string; content: Content; code: string | null }; reply: { assessment: Assessment | null; reason?: CohortReason } };
  take: { req: { type: 'take'; packed: string; items: TakeItem[] }; reply: { given: number } };
  status: { req: { type: 'status' }; reply: StoreStatus };
  clear: { req: { type: 'clear' }; reply: StoreStatus };
  view: { req: { type: 'view'; query: ViewQuery }; reply: CohortView };
  tasks: { req: { type: 'tasks'; query: ExportQuery }; reply: { tasks: ExportTask[] } };
  csv: { req: { type: 'csv'; query: ExportQuery }; reply: { text: string; rows: number } };
  csvOf: { req: { type: 'csvOf'; firms: Array<CohortEntry & { source: CohortSource }> }; reply: { text: string; rows: number } };
  entries: { req: { type: 'entries'; query: ExportQuery }; reply: { entries: CohortEntry[] } };
  /** where a kept firm can be read again, and its code */
  ref: { req: { type: 'ref'; id: string }; reply: { name: string; token: number; code: string } | null };
}
export type ApiType = keyof Api;
export type Request = Api[ApiType]['req'];
export type ReplyOf<R extends Request> = Api[R['type']]['reply'];

/** The envelope of a request to a worker and of its answer. */
export interface RequestMessage { rid: number; req: Request }
export type ReplyMessage = { rid: number; ok: true; value: unknown } | { rid: number; ok: false; error: string };

/** One lane: a worker, or this thread in the tests. Lane 0 also holds the cohort. */
export interface Lane {
  call<R extends Request>(req: R): Promise<ReplyOf<R>>;
  close(): void;
}

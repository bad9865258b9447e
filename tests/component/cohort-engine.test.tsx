import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { serializeAssessment } from '../../src/domain/assessment-file';
import { droppedFiles } from '../../src/features/cohort/dropped-files';
import { createCohortEngine, OPEN_BATCH, packContents } from '../../src/features/cohort/engine/cohort-engine';
import { inThreadLane } from '../../src/features/cohort/engine/in-thread-lane';
import { PACK_MAX_BYTES, type AddItem, type Lane } from '../../src/features/cohort/engine/protocol';
import { readBlobText, readParts } from '../../src/features/cohort/engine/read-blob';
import { generateCohort } from '../fixtures/cohort';

const EXPORTED = new Date('2026-11-20T10:00:00Z');
const fileItem = (name: string, a: Assessment): AddItem => ({ kind: 'file', name, file: new File([serializeAssessment(a, EXPORTED)], name) });

/** A lane whose "open" answers come late, so the batches of another lane finish first. */
function slowLane(ms: number): Lane {
  const lane = inThreadLane();
  return {
    call: async (req) => {
      const r = await lane.call(req);
      if (req.type === 'open') await new Promise((resolve) => setTimeout(resolve, ms));
      return r;
    },
    close: () => lane.close(),
  };
}

describe('cohort engine', () => {
  it('keeps the order given across lanes: on a tie the file given first is kept, whichever lane was faster', async () => {
    const firms = generateCohort(3 * OPEN_BATCH, 5);
    const items = firms.map((a, i) => fileItem(`f-${String(i).padStart(3, '0')}.json`, a));
    // an exact copy of the first firm (same id, same updatedAt), given last: it lands on the fast lane
    items.push(fileItem('copy-of-first.json', firms[0]!));
    const engine = createCohortEngine([slowLane(60), inThreadLane()]);
    const s = await engine.add(items);
    expect(s.firms).toBe(firms.length);
    expect(s.duplicates).toEqual([{ id: firms[0]!.id, kept: 'f-000.json', dropped: ['copy-of-first.json'] }]);
    const v = await engine.view({ filter: {}, anonymised: false, sort: { key: 'company', dir: 'asc' }, page: 0, pageSize: 10 });
    expect(v.firms).toBe(firms.length);
    expect(v.rows).toHaveLength(10);
    engine.dispose();
  });

  it('reports progress over every add queued, and answers the exports of the filter', async () => {
    const engine = createCohortEngine([inThreadLane()]);
    const seen: Array<{ done: number; total: number } | null> = [];
    engine.subscribe((p) => seen.push(p && { done: p.done, total: p.total }));
    const firms = generateCohort(30, 9);
    const first = engine.add(firms.slice(0, 20).map((a, i) => fileItem(`a${i}.json`, a)));
    const second = engine.add([...firms.slice(20).map((a, i) => fileItem(`b${i}.json`, a)), { kind: 'bad', name: 'x', reason: { error: 'unreadable', key: 'results:file.errors.unreadable', values: {} } }]);
    await Promise.all([first, second]);
    expect(seen.at(-1)).toBeNull();
    expect(seen.filter(Boolean).at(-1)).toEqual({ done: 31, total: 31 });
    expect(seen.some((p) => p !== null && p.total === 31 && p.done < 31)).toBe(true);

    const sector = firms[0]!.profile.sector;
    const inSector = firms.filter((a) => a.profile.sector === sector).length;
    const query = { filter: { sectors: [sector] }, anonymised: true };
    const jsonl = await engine.jsonl(query);
    const lines = (await readBlobText(jsonl.value)).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { format: string; id: string; row: { companyName: string } });
    expect(lines).toHaveLength(inSector);
    expect(lines.every((l) => l.format === 'ready4-cohort-firm' && /^F\d{3}$/.test(l.id) && l.row.companyName === l.id)).toBe(true);
    const entries = await engine.entries(query);
    expect(entries.value.map((e) => e.row.id)).toEqual(lines.map((l) => l.id));
    const csv = await engine.csv({ filter: {}, anonymised: false });
    expect(csv.value.startsWith('\uFEFFid,company_name,')).toBe(true);
    expect(csv.rows).toBe(30);

    const firm = await engine.firm(firms[3]!.id, true);
    expect(firm.assessment?.profile.companyName).toMatch(/^F\d{3}$/);
    expect((await engine.firm(firms[3]!.id, false)).assessment?.profile.companyName).toBe(firms[3]!.profile.companyName);
    engine.dispose();
  });
});

describe('files packed per batch', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('packs the small files of a batch into one Blob of ranges; a large file and an assessment go as they are', async () => {
    const a = new File(['{"a":1}'], 'a.json');
    const b = new File([utf8('Cơ khí Đông Anh')], 'b.json');
    const big = new File([new Uint8Array(PACK_MAX_BYTES + 1)], 'big.json');
    const firm = generateCohort(1, 1)[0]!;
    const { contents, pack } = packContents([
      { kind: 'file', file: a }, { kind: 'file', file: big }, { kind: 'assessment', assessment: firm, rejectedAnswers: 0 }, { kind: 'file', file: b },
    ]);
    expect(contents.map((c) => c.kind)).toEqual(['part', 'file', 'assessment', 'part']);
    expect(contents[0]).toEqual({ kind: 'part', start: 0, size: 7 });
    expect(contents[3]).toEqual({ kind: 'part', start: 7, size: b.size });
    expect(pack!.size).toBe(7 + b.size);
    const parts = contents.flatMap((c) => (c.kind === 'part' ? [c] : []));
    expect(await readParts(pack!, parts)).toEqual(['{"a":1}', 'Cơ khí Đông Anh']);
    // nothing to pack: no Blob
    expect(packContents([{ kind: 'file', file: big }]).pack).toBeUndefined();
  });

  it('decodes each range as Blob.text() decodes a file: a byte-order mark dropped, bad bytes replaced', async () => {
    const pack = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), utf8('Hà Nội'), new Uint8Array([0x7b, 0xff, 0x7d])]);
    const first = 3 + utf8('Hà Nội').length;
    const texts = await readParts(pack, [{ start: 0, size: first }, { start: first, size: 3 }]);
    expect(texts).toEqual(['Hà Nội', '{\uFFFD}']);
  });

  it('when the whole cannot be read, reads each range alone: only the unreadable ones are null', async () => {
    const good = new Blob(['{"ok":true}']);
    const failing = {
      arrayBuffer: () => Promise.reject(new Error('gone')),
      slice: (start: number) => (start === 0 ? good : { arrayBuffer: () => Promise.reject(new Error('gone')) }),
    } as unknown as Blob;
    expect(await readParts(failing, [{ start: 0, size: 11 }, { start: 11, size: 5 }])).toEqual(['{"ok":true}', null]);
  });

  it('the engine reads packed and unpacked files alike: reasons, names and firms as before', async () => {
    const firms = generateCohort(3, 7);
    const items: AddItem[] = [
      ...firms.map((a, i) => fileItem(`f${i}.json`, a)),
      { kind: 'file', name: 'broken.json', file: new File(['{ not json'], 'broken.json') },
      { kind: 'file', name: 'huge.json', file: new File([new Uint8Array(PACK_MAX_BYTES + 10).fill(0x20)], 'huge.json') },
    ];
    const engine = createCohortEngine([inThreadLane()]);
    const s = await engine.add(items);
    expect(s.firms).toBe(3);
    expect(s.bad.map((b) => b.name).sort()).toEqual(['broken.json', 'huge.json']);
    const csv = await engine.csv({ filter: {}, anonymised: true });
    expect(csv.rows).toBe(3);
    engine.dispose();
  });
});

describe('dropped files', () => {
  type Entry = { name: string; fullPath: string; isFile: boolean; isDirectory: boolean };
  const fileEntry = (path: string): Entry & { file: (ok: (f: File) => void) => void } => ({
    name: path.split('/').pop()!, fullPath: `/${path}`, isFile: true, isDirectory: false,
    file: (ok) => ok(new File(['{}'], path.split('/').pop()!)),
  });
  const dirEntry = (path: string, children: Entry[]) => {
    let given = false;
    return {
      name: path.split('/').pop()!, fullPath: `/${path}`, isFile: false, isDirectory: true,
      // answers in one piece, then nothing, as browsers do in pieces of 100
      createReader: () => ({ readEntries: (ok: (e: Entry[]) => void) => { ok(given ? [] : children); given = true; } }),
    };
  };

  it('walks dropped folders for .json files (subfolders too) and keeps a file dropped on its own', async () => {
    const folder = dirEntry('clients', [
      fileEntry('clients/b.json'),
      fileEntry('clients/notes.txt'),
      dirEntry('clients/2026', [fileEntry('clients/2026/a.JSON')]),
    ]);
    const loose = fileEntry('report.pdf');
    const items = [folder, loose].map((e) => ({ kind: 'file', webkitGetAsEntry: () => e }));
    const dt = { items, files: [] } as unknown as DataTransfer;
    const files = await droppedFiles(dt);
    expect(files.map((f) => f.name)).toEqual(['clients/2026/a.JSON', 'clients/b.json', 'report.pdf']);
  });
});

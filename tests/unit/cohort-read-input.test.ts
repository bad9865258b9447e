/**
 * The command line's two ways of reading one input file (async on the main thread, blocking on a
 * worker thread) give the same answer: the text, or why not ('tooLarge' unread, 'unreadable').
 */
import { mkdtempSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/domain/assessment-file';
import { readInput, readInputSync } from '../../scripts/lib/cohort-files';

describe('reading one input file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ready4-read-'));
  const ok = join(dir, 'ok.json');
  writeFileSync(ok, '\uFEFF{"companyName":"Cơ khí Đông Anh"}');
  const big = join(dir, 'big.json');
  writeFileSync(big, '');
  truncateSync(big, MAX_FILE_BYTES + 1); // sparse: no disk used
  const folder = join(dir, 'a-folder.json');
  mkdirSync(folder);
  const cases = { ok, big, missing: join(dir, 'missing.json'), folder };

  for (const [name, path] of Object.entries(cases)) {
    it(`${name}: blocking and async agree`, async () => {
      const sync = readInputSync(path);
      expect(sync).toEqual(await readInput(path));
      if (name === 'ok') expect(sync).toEqual({ path, text: '\uFEFF{"companyName":"Cơ khí Đông Anh"}' });
      if (name === 'big') expect('reason' in sync && sync.reason.error).toBe('tooLarge');
      if (name === 'missing' || name === 'folder') expect('reason' in sync && sync.reason.error).toBe('unreadable');
    });
  }
});

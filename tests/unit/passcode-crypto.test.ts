/**
 * Passcode links. Each key derivation costs ~0.3 s (600,000 PBKDF2 rounds), so the cases are few.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadAssessment } from '../../src/domain/assessment-migrations';
import { decodeBase64url, encodeBase64url } from '../../src/share/base64url';
import { decodeShareFragment, encodeShareFragment, SHARE_ERRORS } from '../../src/share/codec';
import {
  CHECK_BYTES, decryptShareFragment, encodeShareFragmentEncrypted, isEncryptedFragment, IV_BYTES, PBKDF2_ITERATIONS,
  SALT_BYTES, sealedChecksum, TAG_BYTES,
} from '../../src/share/passcode-crypto';
import { CURRENT_LINK_VERSION } from '../../src/share/link-migrations';
import { P1, P2 } from '../fixtures/personas';

const PASSCODE = 'Cơ khí Đông Anh #2026';
const LINKS_DIR = join(__dirname, '../fixtures/links');

type Fixture = { passcode: string; kind: string; version: number; assessment: unknown };
function readFixture(name: string) {
  const fragment = readFileSync(join(LINKS_DIR, `${name}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(join(LINKS_DIR, `${name}.expected.json`), 'utf8')) as Fixture;
  // as in share-codec.test.ts: the meaning of the link when written, migrated to today's schema
  const migrated = loadAssessment(expected.assessment);
  if (!migrated.ok) throw new Error(`${name}: expected assessment does not load`);
  return {
    fragment,
    passcode: expected.passcode,
    result: { ok: true, kind: expected.kind, version: expected.version, assessment: migrated.assessment, rejectedAnswers: [] },
  };
}

/** The fragment with its body's bytes changed by `edit`, written back the same way. */
function editBytes(fragment: string, edit: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>): string {
  const dot = fragment.indexOf('.');
  return `${fragment.slice(0, dot + 1)}${encodeBase64url(edit(decodeBase64url(fragment.slice(dot + 1).trim())!))}`;
}
const flipAt = (at: (length: number) => number) => (b: Uint8Array<ArrayBuffer>) => {
  const c = b.slice();
  c[at(c.length)]! ^= 0x01;
  return c;
};

describe('passcode links', () => {
  it('use at least 600,000 PBKDF2 iterations', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('round-trip with the passcode, refuse a wrong one, and resist tampering', { timeout: 30_000 }, async () => {
    const fragment = await encodeShareFragmentEncrypted(P2, PASSCODE, { kind: 'complete' });
    expect(fragment).toMatch(new RegExp(`^#r4=${CURRENT_LINK_VERSION}ec\\.[A-Za-z0-9_-]+$`));
    expect(isEncryptedFragment(fragment)).toBe(true);

    // the passcode is nowhere in the link, neither as text nor base64url of its bytes
    expect(fragment).not.toContain(PASSCODE);
    expect(fragment).not.toContain(encodeURIComponent(PASSCODE));
    expect(fragment).not.toContain(encodeBase64url(new TextEncoder().encode(PASSCODE)).slice(0, 12));
    // and the plaintext is not readable without it
    expect(decodeShareFragment(fragment)).toEqual({ ok: false, error: 'needsPasscode' });

    expect(await decryptShareFragment(fragment, PASSCODE)).toEqual({ ok: true, assessment: P2, kind: 'complete', version: CURRENT_LINK_VERSION, rejectedAnswers: [] });
    // the same passcode typed as decomposed Unicode (another Vietnamese input method) still opens it
    expect((await decryptShareFragment(fragment, PASSCODE.normalize('NFD'))).ok).toBe(true);

    expect(await decryptShareFragment(fragment, 'Cơ khí Đông Anh #2025')).toEqual({ ok: false, error: 'wrongPasscode' });
    expect(await decryptShareFragment(fragment, '')).toEqual({ ok: false, error: 'wrongPasscode' });

    // one changed byte in the ciphertext: the checksum says so before any key is derived
    expect(await decryptShareFragment(editBytes(fragment, flipAt(() => SALT_BYTES + IV_BYTES + 3)), PASSCODE))
      .toEqual({ ok: false, error: 'damaged' });

    // truncated, and garbage characters: damaged too
    const prefix = `#r4=${CURRENT_LINK_VERSION}ec.`;
    const body = fragment.slice(prefix.length);
    expect(await decryptShareFragment(fragment.slice(0, 40), PASSCODE)).toEqual({ ok: false, error: 'damaged' });
    expect(await decryptShareFragment(`${prefix}${body.slice(0, 60)}*${body.slice(61)}`, PASSCODE)).toEqual({ ok: false, error: 'damaged' });
    // moved to another version's or codec's prefix: not decryptable there
    expect(await decryptShareFragment(`#r4=${CURRENT_LINK_VERSION + 1}ec.${body}`, PASSCODE)).toEqual({ ok: false, error: 'futureVersion' });
    expect(await decryptShareFragment(`#r4=1ec.${body}`, PASSCODE)).toEqual({ ok: false, error: 'wrongPasscode' });
    const asOld = editBytes(fragment, (b) => b.slice(0, -CHECK_BYTES)).replace(prefix, `#r4=${CURRENT_LINK_VERSION}e.`);
    expect(await decryptShareFragment(asOld, PASSCODE)).toEqual({ ok: false, error: 'wrongPasscode' });
  });

  it('use a fresh salt and IV every time', { timeout: 30_000 }, async () => {
    const a = await encodeShareFragmentEncrypted(P1, PASSCODE);
    const b = await encodeShareFragmentEncrypted(P1, PASSCODE);
    expect(a).not.toBe(b);
    const saltIv = (f: string) => decodeBase64url(f.slice(f.indexOf('.') + 1))!.slice(0, SALT_BYTES + IV_BYTES);
    expect(saltIv(a)).not.toEqual(saltIv(b));
  });

  for (const name of ['v1e-p1', 'v1ec-p1', 'v2ec-p1']) {
    it(`the frozen passcode fixture ${name} still opens`, { timeout: 30_000 }, async () => {
      const f = readFixture(name);
      expect(isEncryptedFragment(f.fragment)).toBe(true);
      expect(decodeShareFragment(f.fragment)).toEqual({ ok: false, error: 'needsPasscode' });
      expect(await decryptShareFragment(f.fragment, f.passcode)).toEqual(f.result);
    });
  }

  it('decryptShareFragment opens a plain link without using the passcode', async () => {
    const plain = encodeShareFragment(P1);
    expect(await decryptShareFragment(plain, 'anything')).toEqual(decodeShareFragment(plain));
  });

  it('refuses to encrypt with an empty passcode', async () => {
    await expect(encodeShareFragmentEncrypted(P1, '')).rejects.toThrow();
  });
});

describe('a damaged link is told apart from a wrong passcode ("1ec.")', () => {
  const fixture = readFixture('v1ec-p1');

  it("'damaged' is one of the errors the app translates", () => {
    expect(SHARE_ERRORS).toContain('damaged');
  });

  it('one flipped bit anywhere (salt, IV, ciphertext, tag, checksum) is damaged, whatever the passcode, without deriving a key', async () => {
    const deriveKey = vi.spyOn(globalThis.crypto.subtle, 'deriveKey');
    const places: Array<[string, (n: number) => number]> = [
      ['salt', () => 0], ['IV', () => SALT_BYTES + 2], ['ciphertext', () => SALT_BYTES + IV_BYTES + 5],
      ['tag', (n) => n - CHECK_BYTES - 1], ['checksum', (n) => n - 1],
    ];
    for (const [where, at] of places) {
      const damaged = editBytes(fixture.fragment, flipAt(at));
      expect(damaged, where).not.toBe(fixture.fragment.trim());
      expect(await decryptShareFragment(damaged, fixture.passcode), where).toEqual({ ok: false, error: 'damaged' });
      expect(await decryptShareFragment(damaged, 'not the passcode'), where).toEqual({ ok: false, error: 'damaged' });
      expect(await decryptShareFragment(damaged, ''), where).toEqual({ ok: false, error: 'damaged' });
    }
    expect(deriveKey).not.toHaveBeenCalled();
    deriveKey.mockRestore();
  });

  it('a link cut off, or with a character changed or added, is damaged', async () => {
    const f = fixture.fragment.trim();
    const cut = [f.slice(0, -1), f.slice(0, -4), f.slice(0, -20), f.slice(0, 100), f.slice(0, '#r4=1ec.'.length + 10)];
    for (const c of cut) expect(await decryptShareFragment(c, fixture.passcode), `${c.length} chars`).toEqual({ ok: false, error: 'damaged' });
    const i = 120;
    const swapped = `${f.slice(0, i)}${f[i] === 'A' ? 'B' : 'A'}${f.slice(i + 1)}`;
    expect(await decryptShareFragment(swapped, fixture.passcode)).toEqual({ ok: false, error: 'damaged' });
    expect(await decryptShareFragment(`${f.slice(0, i)}Q${f.slice(i)}`, fixture.passcode)).toEqual({ ok: false, error: 'damaged' });
    expect(await decryptShareFragment(`${f}…`, fixture.passcode)).toEqual({ ok: false, error: 'damaged' });
  });

  it('an intact link with a wrong passcode is wrongPasscode', { timeout: 30_000 }, async () => {
    expect(await decryptShareFragment(fixture.fragment, `${fixture.passcode} x`)).toEqual({ ok: false, error: 'wrongPasscode' });
    expect(await decryptShareFragment(fixture.fragment, fixture.passcode.toUpperCase())).toEqual({ ok: false, error: 'wrongPasscode' });
    expect(await decryptShareFragment(fixture.fragment, '')).toEqual({ ok: false, error: 'wrongPasscode' });
  });

  it('a passphrase pasted with stray spaces or a line break still opens it', { timeout: 30_000 }, async () => {
    const messy = ` ${fixture.passcode.replace(/ /g, '  ').replace(' ', '\n')}\n`;
    expect(await decryptShareFragment(fixture.fragment, messy)).toEqual(fixture.result);
  });

  it('the checksum is computed from the bytes in the link only, so it tells a guesser nothing new', async () => {
    const blob = decodeBase64url(fixture.fragment.trim().slice('#r4=1ec.'.length))!;
    const sealed = blob.slice(0, blob.length - CHECK_BYTES);
    expect(sealed.length).toBeGreaterThan(SALT_BYTES + IV_BYTES + TAG_BYTES);
    expect(blob.slice(blob.length - CHECK_BYTES)).toEqual(await sealedChecksum(sealed));
    // the same assessment and passcode twice: different salt and IV, so unrelated checksums
    const a = await encodeShareFragmentEncrypted(P1, fixture.passcode);
    const b = await encodeShareFragmentEncrypted(P1, fixture.passcode);
    const check = (x: string) => decodeBase64url(x.slice(x.indexOf('.') + 1))!.slice(-CHECK_BYTES);
    expect(check(a)).not.toEqual(check(b));
  }, 30_000);
});

describe('old "1e." links (no checksum)', () => {
  const fixture = readFixture('v1e-p1');

  it('a changed ciphertext can only be wrongPasscode (AES-GCM cannot tell), and is never opened', { timeout: 30_000 }, async () => {
    const tampered = editBytes(fixture.fragment, flipAt(() => SALT_BYTES + IV_BYTES + 3));
    expect(await decryptShareFragment(tampered, fixture.passcode)).toEqual({ ok: false, error: 'wrongPasscode' });
    expect(await decryptShareFragment(fixture.fragment, 'Đông Anh 2025')).toEqual({ ok: false, error: 'wrongPasscode' });
    // their passcode is NFC only, as when they were made: a stray space is a different passcode
    expect(await decryptShareFragment(fixture.fragment, `${fixture.passcode} `)).toEqual({ ok: false, error: 'wrongPasscode' });
  });

  it('cut below salt + IV + tag, or with a garbage character: corrupt, as before', async () => {
    const f = fixture.fragment.trim();
    expect(await decryptShareFragment(f.slice(0, 40), fixture.passcode)).toEqual({ ok: false, error: 'corrupt' });
    expect(await decryptShareFragment(`${f.slice(0, 60)}*${f.slice(61)}`, fixture.passcode)).toEqual({ ok: false, error: 'corrupt' });
  });
});

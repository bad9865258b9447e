/**
 * Passcode links. Each key derivation costs ~0.3 s (600,000 PBKDF2 rounds), so the cases are few.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/domain/assessment-migrations';
import { decodeBase64url, encodeBase64url } from '../../src/share/base64url';
import { decodeShareFragment, encodeShareFragment } from '../../src/share/codec';
import {
  decryptShareFragment, encodeShareFragmentEncrypted, isEncryptedFragment, IV_BYTES, PBKDF2_ITERATIONS, SALT_BYTES,
} from '../../src/share/passcode-crypto';
import { P1, P2 } from '../fixtures/personas';

const PASSCODE = 'Cơ khí Đông Anh #2026';

describe('passcode links', () => {
  it('use at least 600,000 PBKDF2 iterations', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('round-trip with the passcode, refuse a wrong one, and resist tampering', { timeout: 30_000 }, async () => {
    const fragment = await encodeShareFragmentEncrypted(P2, PASSCODE, { kind: 'complete' });
    expect(fragment).toMatch(/^#r4=1e\.[A-Za-z0-9_-]+$/);
    expect(isEncryptedFragment(fragment)).toBe(true);

    // the passcode is nowhere in the link, neither as text nor base64url of its bytes
    expect(fragment).not.toContain(PASSCODE);
    expect(fragment).not.toContain(encodeURIComponent(PASSCODE));
    expect(fragment).not.toContain(encodeBase64url(new TextEncoder().encode(PASSCODE)).slice(0, 12));
    // and the plaintext is not readable without it
    expect(decodeShareFragment(fragment)).toEqual({ ok: false, error: 'needsPasscode' });

    expect(await decryptShareFragment(fragment, PASSCODE)).toEqual({ ok: true, assessment: P2, kind: 'complete', version: 1, rejectedAnswers: [] });
    // the same passcode typed as decomposed Unicode (another Vietnamese input method) still opens it
    expect((await decryptShareFragment(fragment, PASSCODE.normalize('NFD'))).ok).toBe(true);

    expect(await decryptShareFragment(fragment, 'Cơ khí Đông Anh #2025')).toEqual({ ok: false, error: 'wrongPasscode' });
    expect(await decryptShareFragment(fragment, '')).toEqual({ ok: false, error: 'wrongPasscode' });

    // one changed byte in the ciphertext: AES-GCM's tag refuses it
    const body = fragment.slice('#r4=1e.'.length);
    const bytes = decodeBase64url(body)!;
    bytes[SALT_BYTES + IV_BYTES + 3]! ^= 0x01;
    const tampered = `#r4=1e.${encodeBase64url(bytes)}`;
    const t = await decryptShareFragment(tampered, PASSCODE);
    expect(t.ok).toBe(false);
    expect(['wrongPasscode', 'corrupt']).toContain(!t.ok && t.error);

    // truncated below salt + IV + tag, and garbage characters: corrupt, without deriving a key
    expect(await decryptShareFragment(fragment.slice(0, 40), PASSCODE)).toEqual({ ok: false, error: 'corrupt' });
    expect(await decryptShareFragment(`#r4=1e.${body.slice(0, 60)}*${body.slice(61)}`, PASSCODE)).toEqual({ ok: false, error: 'corrupt' });
    // moved to another version's prefix: not decryptable there
    expect(await decryptShareFragment(`#r4=2e.${body}`, PASSCODE)).toEqual({ ok: false, error: 'futureVersion' });
  });

  it('use a fresh salt and IV every time', { timeout: 30_000 }, async () => {
    const a = await encodeShareFragmentEncrypted(P1, PASSCODE);
    const b = await encodeShareFragmentEncrypted(P1, PASSCODE);
    expect(a).not.toBe(b);
    const saltIv = (f: string) => decodeBase64url(f.slice('#r4=1e.'.length))!.slice(0, SALT_BYTES + IV_BYTES);
    expect(saltIv(a)).not.toEqual(saltIv(b));
  });

  it('the frozen passcode fixture still opens', { timeout: 30_000 }, async () => {
    const dir = join(__dirname, '../fixtures/links');
    const fragment = readFileSync(join(dir, 'v1e-p1.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, 'v1e-p1.expected.json'), 'utf8')) as {
      passcode: string; kind: string; version: number; assessment: unknown;
    };
    // as in share-codec.test.ts: the meaning of the link when written, migrated to today's schema
    const migrated = loadAssessment(expected.assessment);
    expect(migrated.ok).toBe(true);
    expect(await decryptShareFragment(fragment, expected.passcode)).toEqual({
      ok: true, kind: expected.kind, version: expected.version, assessment: migrated.ok && migrated.assessment, rejectedAnswers: [],
    });
  });

  it('decryptShareFragment opens a plain link without using the passcode', async () => {
    const plain = encodeShareFragment(P1);
    expect(await decryptShareFragment(plain, 'anything')).toEqual(decodeShareFragment(plain));
  });

  it('refuses to encrypt with an empty passcode', async () => {
    await expect(encodeShareFragmentEncrypted(P1, '')).rejects.toThrow();
  });
});

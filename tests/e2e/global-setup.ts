/**
 * Builds the production app once and serves it on 127.0.0.1 for the browser tests, so they
 * exercise exactly what users get (CSP included).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  // A build folder of its own, so a concurrent `npm run build` cannot change files under the tests.
  const outDir = mkdtempSync(join(tmpdir(), 'ready4-e2e-'));
  await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not start');
  project.provide('baseURL', url.replace(/\/$/, ''));
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

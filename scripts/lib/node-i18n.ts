/**
 * Node side of the report: the locale JSON files and the Be Vietnam Pro TTFs read from disk, so
 * the command line, the bench and the tests build the same model and PDF as the browser (which
 * loads the same files through Vite).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportFonts } from '../../src/report/pdf-renderer';
import type { Translators } from '../../src/report/report-model';
import { LANGUAGES, NAMESPACES } from '../../src/ui/i18n-setup';
import { reportTranslators } from '../../src/ui/report-translators';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** The two fixed translators over every namespace (locales/<lng>/<namespace>.json), as the browser's PDF has them. */
export async function loadNodeTranslators(): Promise<Translators> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const lng of LANGUAGES) {
    resources[lng] = Object.fromEntries(NAMESPACES.map((ns) => [ns, readJson(join(ROOT, 'locales', lng, `${ns}.json`))]));
  }
  return reportTranslators(resources, NAMESPACES);
}

const FONT_DIR = join(ROOT, 'node_modules', '@expo-google-fonts', 'be-vietnam-pro');

/** The two TTFs the browser fetches through Vite ?url, read from node_modules. */
export function readNodeFonts(): ReportFonts {
  return {
    regular: new Uint8Array(readFileSync(join(FONT_DIR, '400Regular', 'BeVietnamPro_400Regular.ttf'))),
    bold: new Uint8Array(readFileSync(join(FONT_DIR, '700Bold', 'BeVietnamPro_700Bold.ttf'))),
  };
}

/**
 * Node side of the report: the locale JSON files and the Be Vietnam Pro TTFs read from disk, so
 * the command line, the bench and the tests build the same model and PDF as the browser (which
 * loads the same files through Vite).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import type { ReportFonts } from '../../src/report/pdf-renderer';
import type { Translators } from '../../src/report/report-model';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LANGS = ['vi', 'en'] as const;

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** An i18next instance with every namespace of locales/<lng>/*.json, and its two fixed translators. */
export async function loadNodeTranslators(): Promise<Translators> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const lng of LANGS) {
    const dir = join(ROOT, 'locales', lng);
    resources[lng] = {};
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.json')) resources[lng]![file.slice(0, -5)] = readJson(join(dir, file));
    }
  }
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'vi', fallbackLng: 'vi', supportedLngs: [...LANGS], resources,
    ns: Object.keys(resources.vi ?? {}), defaultNS: 'common',
    interpolation: { escapeValue: false }, returnNull: false, initAsync: false,
  });
  const fixed = (lng: 'vi' | 'en') => {
    const t = instance.getFixedT(lng);
    return (key: string, options?: Record<string, unknown>) => String(t(key, options as never));
  };
  return { vi: fixed('vi'), en: fixed('en') };
}

const FONT_DIR = join(ROOT, 'node_modules', '@expo-google-fonts', 'be-vietnam-pro');

/** The two TTFs the browser fetches through Vite ?url, read from node_modules. */
export function readNodeFonts(): ReportFonts {
  return {
    regular: new Uint8Array(readFileSync(join(FONT_DIR, '400Regular', 'BeVietnamPro_400Regular.ttf'))),
    bold: new Uint8Array(readFileSync(join(FONT_DIR, '700Bold', 'BeVietnamPro_700Bold.ttf'))),
  };
}

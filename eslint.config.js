import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const forbiddenInDomain = ['react', 'react-dom', 'react-dom/*', 'jspdf', 'i18next', 'react-i18next', 'zustand', 'zustand/*'];

/** Only the PDF renderer may import jsPDF (every config below that sets no-restricted-imports repeats it). */
const onlyRendererImportsJspdf = { name: 'jspdf', message: 'Only src/report/pdf-renderer.ts imports jsPDF.' };

/**
 * The boundaries of src/features/<name>/: a feature imports src/domain, src/share, src/report,
 * src/store and src/ui, never another feature or src/app — what one feature shows of another the
 * app composes (src/app/screens/, src/app/wizard-steps.tsx). The paths are relative, so each
 * folder depth inside a feature gets its own patterns: from `depth` folders below the feature,
 * `depth + 1` times "../" is src/features/ and `depth + 2` times is src/. ESLint's import rules
 * do not see import(), so no-restricted-syntax checks its ImportExpression with the same pattern.
 */
const FEATURES = readdirSync(join(import.meta.dirname, 'src', 'features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const FEATURE_DEPTHS = [0, 1, 2, 3, 4];
const up = (n) => `(?:\\.\\./){${n}}`;
/** A relative path out of src/features/<feature>/ (from `depth` folders below it) into another feature or src/app. */
const outOfFeature = (feature, depth) =>
  `^(?:${up(depth + 1)}(?!${feature}(?:/|$))[^./]|${up(depth + 2)}(?:app|features)(?:/|$))`;
/** The same for src/ui and src/store (one folder below src/): into src/features or src/app. */
const intoFeaturesOrApp = `^(?:\\./)?(?:\\.\\./)+(?:app|features)(?:/|$)`;
/** esquery reads a regex up to its first unescaped "/". */
const forSelector = (re) => re.replaceAll('/', '\\/');
const boundary = (re, message) => ({
  'no-restricted-imports': ['error', { paths: [onlyRendererImportsJspdf], patterns: [{ regex: re, message }] }],
  'no-restricted-syntax': ['error', { selector: `ImportExpression[source.value=/${forSelector(re)}/]`, message: `import(): ${message}` }],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.e2e-artifacts', '.tmp-shots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: no UI framework, no PDF library, no i18n runtime, no store.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: forbiddenInDomain, message: 'src/domain must stay pure TypeScript (see docs/ARCHITECTURE.md).' },
          { group: ['**/store/**', '**/features/**', '**/app/**', '**/share/**'], message: 'domain imports nothing above it.' },
        ],
      }],
    },
  },
  {
    // The share codec is framework-free too.
    files: ['src/share/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: forbiddenInDomain, message: 'src/share must stay framework-free.' },
          { group: ['**/features/**', '**/app/**'], message: 'share imports only domain.' },
        ],
      }],
    },
  },
  {
    // What the results page and the PDF both show is described once, framework-free.
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: forbiddenInDomain, message: 'src/report must stay framework-free.' },
          { group: ['**/features/**', '**/app/**', '**/store/**'], message: 'report imports only domain.' },
        ],
      }],
    },
  },
  {
    // The PDF modules of src/report draw with jsPDF (loaded on demand); the rest stays free of it.
    files: ['src/report/pdf-*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: forbiddenInDomain.filter((m) => m !== 'jspdf'), message: 'src/report must stay framework-free.' },
          { group: ['**/features/**', '**/app/**', '**/store/**'], message: 'report imports only domain.' },
        ],
      }],
    },
  },
  {
    // Only the PDF renderer may import jsPDF; it is loaded with dynamic import().
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/report/pdf-renderer.ts', 'src/domain/**', 'src/share/**', 'src/report/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [onlyRendererImportsJspdf] }],
    },
  },
  // A feature imports no other feature and not the app, neither statically nor with import().
  ...FEATURES.flatMap((feature) => FEATURE_DEPTHS.map((depth) => ({
    files: [`src/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: boundary(
      outOfFeature(feature, depth),
      `src/features/${feature} imports src/domain, share, report, store and ui only: another feature or the app is composed by src/app (docs/ARCHITECTURE.md).`,
    ),
  }))),
  {
    // The shared UI and the store sit below the features and the app.
    files: ['src/ui/**/*.{ts,tsx}', 'src/store/**/*.{ts,tsx}'],
    rules: boundary(intoFeaturesOrApp, 'src/ui and src/store import neither a feature nor the app.'),
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const forbiddenInDomain = ['react', 'react-dom', 'react-dom/*', 'jspdf', 'i18next', 'react-i18next', 'zustand', 'zustand/*'];

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
      'no-restricted-imports': ['error', { paths: [{ name: 'jspdf', message: 'Only src/report/pdf-renderer.ts imports jsPDF.' }] }],
    },
  },
);

/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The production index.html carries a strict CSP (self only). The dev server needs
// inline scripts for React refresh, so the meta tag is added only at build time.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; worker-src 'self' blob:";

/** The header blue (styles.css --brand): the installed app's title bar and splash. */
const THEME = '#0b5d8f';

/**
 * Chunks the app never loads: jsPDF's optional html2canvas (its .html()), DOMPurify (for .html())
 * and canvg (addSvgAsImage). The report draws with jsPDF's own calls only. Found by the module each
 * chunk was split for, not by file name, and kept out of the offline precache (≈ 380 KB raw).
 */
const NEVER_LOADED = /[\\/]node_modules[\\/](html2canvas|dompurify|canvg)[\\/]/;
const neverLoadedChunks = new Set<string>();

export default defineConfig(({ command, mode }) => ({
  base: './',
  plugins: [
    react(),
    {
      // Preact renders the app (docs/ARCHITECTURE.md "Renderer"), and React Fast Refresh has no
      // React to refresh: a hot update would leave the old screen. A code change reloads the page
      // instead (the assessment is stored, so nothing typed is lost); CSS still updates in place.
      name: 'ready4-reload-on-code-change',
      apply: 'serve',
      handleHotUpdate({ file, server }) {
        if (!/\.[cm]?[jt]sx?$/.test(file)) return undefined;
        server.ws.send({ type: 'full-reload' });
        return [];
      },
    },
    {
      name: 'ready4-never-loaded-chunks',
      apply: 'build',
      buildStart() {
        neverLoadedChunks.clear();
      },
      generateBundle(_options, bundle) {
        for (const out of Object.values(bundle)) {
          if (out.type === 'chunk' && out.facadeModuleId && NEVER_LOADED.test(out.facadeModuleId)) neverLoadedChunks.add(out.fileName);
        }
      },
    },
    // Offline and installable: a generated Workbox service worker that precaches the whole app
    // (shell, every lazy screen, the locales, the PDF renderer and its fonts). 'prompt': a new
    // version waits until the user reloads from the update prompt (src/app/pwa-*.ts), never by itself.
    VitePWA({
      registerType: 'prompt',
      // registered by src/app/pwa-register.ts (a lazy chunk), not by an injected script
      injectRegister: false,
      mode: mode === 'development' ? 'development' : 'production',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        // One name per manifest: the app is Vietnamese-first (html lang="vi", Vietnamese by
        // default), so the Vietnamese name; the English name leads the English half of the description.
        id: './',
        name: 'Sẵn sàng 4.0',
        short_name: 'Sẵn sàng 4.0',
        description:
          'Tự đánh giá chuyển đổi số, ESG và CBAM cho doanh nghiệp sản xuất. ' +
          'Ready 4.0: digital transformation, ESG and CBAM self-assessment for manufacturers.',
        lang: 'vi',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: THEME,
        background_color: '#f5f7f9',
        categories: ['business', 'productivity'],
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything a screen can load, incl. the report fonts (.ttf) and the locale chunks; the
        // icons come from includeAssets and the manifest (not the icons' SVG sources in public/).
        globPatterns: ['**/*.{js,css,html,ttf}'],
        manifestTransforms: [
          (entries) => Promise.resolve({ manifest: entries.filter((e) => !neverLoadedChunks.has(e.url)), warnings: [] }),
        ],
        // The page's own reload after "Reload to update" is the only switch; the first install
        // takes over at once (nothing older to replace), so the first visit works offline.
        clientsClaim: true,
        skipWaiting: false,
        navigateFallback: 'index.html',
      },
    }),
    {
      name: 'ready4-csp',
      transformIndexHtml(html) {
        // iOS reads its home-screen icon from a link, not the manifest; the theme colours the title bar.
        const head = `<meta name="theme-color" content="${THEME}" />\n    <link rel="apple-touch-icon" href="./apple-touch-icon.png" />`;
        html = html.replace('<link rel="icon"', `${head}\n    <link rel="icon"`);
        if (command !== 'build') return html;
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
        );
      },
    },
  ],
  // The locales (≈ 240 KB of texts per language on the results page) as JSON.parse of a string, not
  // object literals: V8 scans a JSON string faster than it parses the same data as code. Only default imports are used.
  json: { stringify: true, namedExports: false },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600 },
  test: {
    projects: [
      {
        extends: true,
        // Times are not asserted: property and fuzz tests take seconds on a loaded 2-core machine.
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          // The app loads lazily and CI machines are small: give polled UI assertions room.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// A static, offline app: relative base so the build works under any path, and
// every asset (Monaco, its worker, ELK's worker) is bundled from node_modules.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // Offline after one visit: precache every built file (Monaco + its worker, ELK's worker, icons).
    // The worker is registered by src/ui/share/registerOffline.ts, in production builds only.
    VitePWA({
      // A new version waits for the person's agreement (src/ui/share/UpdateBanner.tsx).
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      includeManifestIcons: false, // the glob below already precaches them
      manifest: {
        name: 'Stagecraft',
        short_name: 'Stagecraft',
        description: "See a Dockerfile's multi-stage build as BuildKit runs it.",
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0f62fe',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // assets/examples/: the Examples menu's files, text fetched on demand (src/ui/examples).
        globPatterns: ['**/*.{js,mjs,css,html,png,svg,ico,webmanifest,ttf,woff,woff2,wasm}', 'assets/examples/*'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Take over the page on first visit, so it works offline without a second load.
        clientsClaim: true,
        // A new version waits until the person agrees to reload (UpdateBanner posts SKIP_WAITING).
        skipWaiting: false,
      },
    }),
  ],
  // @balena/dockerignore (core/context) requires Node's `path`; the browser gets path-browserify.
  // vscode-languageserver-types: only the names the language service uses (src/ui/editor/language/lspTypes.ts).
  resolve: {
    alias: [
      // Preact's React compatibility layer instead of react-dom (about 55 KB gzipped less; issue 3's budget).
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^path$/, replacement: 'path-browserify' },
      { find: /^vscode-languageserver-types$/, replacement: fileURLToPath(new URL('./src/ui/editor/language/lspTypes.ts', import.meta.url)) },
    ],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    manifest: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one chunk: otherwise every module shared with a lazy
        // chunk (a tab, the comparison, the editor) becomes a small chunk of its own, and many small
        // chunks compress worse than one (measured: +8 KB gzipped) and cost a request each.
        // The details tabs loaded on first use (src/ui/App.tsx) share one chunk for the same reason.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 3 },
            // What the editor's hover shares with the tabs (explanations, lessons): apart, so the editor never waits for the tabs.
            { name: 'explain', test: /src[\\/](core[\\/]explain[\\/]|ui[\\/]explain[\\/]lessonPrefs\.ts$)/, priority: 2 },
            { name: 'tabs', test: /src[\\/]ui[\\/](player|explain|panels)[\\/]/, priority: 1 },
          ],
        },
        // The examples' text files in a folder of their own, so the offline cache can list them.
        assetFileNames: (asset) =>
          asset.originalFileNames.some((f) => /(^|\/)(examples|src\/ui\/examples\/corpus)\//.test(f))
            ? 'assets/examples/[name]-[hash][extname]'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});

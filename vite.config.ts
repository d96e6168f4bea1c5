import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * A Content-Security-Policy for the built app: scripts only from our own origin, so nothing
 * in a data file can ever run. Left out of the dev server, whose hot reload needs inline scripts.
 * http(s) stays allowed for data (?data=) and tiles, which only ever arrive as data or images.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: http: https:",
  "connect-src 'self' http: https: blob: data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'talks-strikes-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  // Relative asset paths: the same dist/ works from any folder of any static host (GitHub Pages,
  // a newsroom's /graphics/…), with no rebuild. Data, workers and the base map are fetched
  // relative to the page too.
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Installable and offline: Workbox precaches the app, the default data, the stories and the
    // base map, so a second visit (a reload too) works with no network. 'prompt': a new version
    // waits until the reader chooses to reload (src/state/app-update.ts), never mid-reading.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Talks & Strikes',
        short_name: 'Talks & Strikes',
        description: 'US-brokered Russia–Ukraine peace talks, and the strikes that went on while they were held: timeline, map and charts, offline.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#10151c',
        theme_color: '#1c2430',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'],
        // The base map is 756 KB, the default data 126 KB: both belong in the offline copy.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once, so going offline right after it still reloads.
        clientsClaim: true,
      },
    }),
  ],
  // The data worker is a module worker (src/api/load-data.ts): built as ES modules, its dynamic
  // imports stay separate chunks, so the Excel reader is fetched only when an .xlsx is opened
  // (the default 'iife' would inline it into the worker every page load starts).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The entry chunk is about 515 KB raw, 160 KB gzip; what counts is the gzip size of what the
    // first paint needs, which `npm run bench` measures against its 300 KB target.
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx', 'tests/data/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // Component tests render the whole dashboard in jsdom: seconds each on a busy 2-core machine.
    testTimeout: 20_000,
    css: false,
  },
});

import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

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
  plugins: [react(), contentSecurityPolicy()],
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

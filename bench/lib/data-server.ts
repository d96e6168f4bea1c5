/**
 * Serves the synthetic events files (JSON, and ACLED-format CSV for `?data=`) gzip-compressed, as a static host would, on a loopback
 * port. The page's requests for data/events.json are redirected here (see browser.ts):
 * pushing a 90 MB body through Playwright's route.fulfill takes seconds and crashes the
 * browser at 150k events, which would measure Playwright instead of the app.
 */
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DataServer {
  /** URL that serves `file` (a path inside the served folder). */
  urlOf(file: string): string;
  /** Wall-clock time (ms since epoch) at which the last response for `file` finished sending, or null. */
  sentAt(file: string): number | null;
  stop(): Promise<void>;
}

/** Writes `<file>.gz` unless an up-to-date one exists; returns its size in bytes. */
export function ensureGzip(file: string): number {
  const gz = `${file}.gz`;
  if (!existsSync(gz) || statSync(gz).mtimeMs < statSync(file).mtimeMs) writeFileSync(gz, gzipSync(readFileSync(file), { level: 6 }));
  return statSync(gz).size;
}

/** Serves the files of `dir` from 127.0.0.1 on a free port (gzip when the browser accepts it). */
export async function startDataServer(dir: string): Promise<DataServer> {
  const sent = new Map<string, number>();
  const server = createServer((request, response) => {
    const name = path.basename(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = path.join(dir, name);
    if (!/\.(json|csv)$/.test(name) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? `${file}.gz` : file;
    if (gzip) ensureGzip(file);
    response.writeHead(200, {
      'content-type': name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json',
      'content-length': statSync(body).size,
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    createReadStream(body)
      .pipe(response)
      .on('finish', () => sent.set(name, Date.now()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    urlOf: (file) => `http://127.0.0.1:${port}/${encodeURIComponent(path.basename(file))}`,
    sentAt: (file) => sent.get(path.basename(file)) ?? null,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

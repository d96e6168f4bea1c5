/**
 * A minimal static server for dist/ mounted under any sub-path (as GitHub Pages or a newsroom's
 * `/graphics/…` would serve it), on a free loopback port. It sends the same headers a plain
 * static host does: nothing that would help a broken relative path work by accident.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { freePort } from './preview-server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
};

export interface StaticServer {
  /** The app's address, ending in the sub-path and a slash. */
  appUrl: string;
  /** Every path requested, in order (to check nothing was asked for outside the sub-path). */
  requested: string[];
  stop(): Promise<void>;
}

/** Serves `distDir` under `subPath` (e.g. `/some/sub/path/`); anything outside it is a 404. */
export async function serveUnderSubPath(distDir: string, subPath: string): Promise<StaticServer> {
  const prefix = subPath.endsWith('/') ? subPath : `${subPath}/`;
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requested.push(pathname);
    if (!pathname.startsWith(prefix)) {
      response.writeHead(404).end('not under the sub-path');
      return;
    }
    let file = path.join(distDir, pathname.slice(prefix.length));
    if (!file.startsWith(distDir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    appUrl: `http://127.0.0.1:${port}${prefix}`,
    requested,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

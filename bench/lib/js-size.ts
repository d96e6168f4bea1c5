/**
 * The JavaScript a reader downloads before the first paint: the module scripts of
 * dist/index.html and the chunks it preloads, gzip-compressed as a static host would serve them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsSize {
  /** Sum of the gzip sizes of the initial files, in KB (1024 bytes). */
  initialGzipKB: number;
  initialFiles: { file: string; rawKB: number; gzipKB: number }[];
  /** Every other .js under dist/assets (lazy chunks, workers), gzip KB. */
  lazyGzipKB: number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Measures the initial JS of a build in `distDir`. */
export function measureInitialJs(distDir: string): JsSize {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g)) if (match[1]) refs.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="([^"]+\.js)"/.exec(match[0])?.[1];
    if (href) refs.add(href);
  }
  const initialFiles = [...refs].map((ref) => {
    const file = path.join(distDir, ref.replace(/^\//, ''));
    if (!existsSync(file)) throw new Error(`index.html references ${ref}, which is not in ${distDir}`);
    const bytes = readFileSync(file);
    return { file: ref, rawKB: kb(bytes.length), gzipKB: kb(gzipSync(bytes, { level: 9 }).length) };
  });
  const initialNames = new Set(initialFiles.map((f) => path.basename(f.file)));
  const assets = path.join(distDir, 'assets');
  const lazy = existsSync(assets) ? readdirSync(assets).filter((name) => name.endsWith('.js') && !initialNames.has(name)) : [];
  const lazyBytes = lazy.reduce((sum, name) => sum + gzipSync(readFileSync(path.join(assets, name)), { level: 9 }).length, 0);
  return {
    initialGzipKB: Math.round(initialFiles.reduce((sum, f) => sum + f.gzipKB, 0) * 10) / 10,
    initialFiles,
    lazyGzipKB: kb(lazyBytes),
  };
}

/** Gzip KB of the given dist paths ("/assets/x.js"); files missing from dist are skipped. */
export function gzipKBOf(distDir: string, paths: readonly string[]): number {
  let bytes = 0;
  for (const ref of paths) {
    const file = path.join(distDir, ref.replace(/^\//, ''));
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return kb(bytes);
}

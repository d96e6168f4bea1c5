/**
 * Serves a built app with `vite preview` on a free loopback port. The server is a child
 * process: whoever starts it must call stop(), also on failure.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../tests/e2e/lib/preview-server';

export interface Server {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts `vite preview` for `outDir` (relative to root) and resolves once it answers HTTP. */
export async function startPreview(root: string, outDir = 'dist'): Promise<Server> {
  const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(path.join(root, outDir, 'index.html'))) throw new Error(`${outDir}/index.html is missing: build first (or drop --no-build).`);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early:\n${output.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(1000) })).ok) return { baseUrl, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${baseUrl}:\n${output.join('')}`);
}

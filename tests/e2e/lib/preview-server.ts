/**
 * Serves the built app (dist/) with `vite preview` on a free loopback port, and stops it again.
 * The server is a child process: whoever starts it must call stop(), also on failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface PreviewServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  stop(): Promise<void>;
  /** Synchronous last resort for process 'exit' handlers. */
  killNow(): void;
}

/** Throws a readable error when dist/ has not been built; returns a warning when it is older than src/. */
export function checkBuilt(root: string): string | undefined {
  const index = path.join(root, 'dist', 'index.html');
  if (!existsSync(index)) {
    throw new Error(`dist/index.html is missing: build the app first with \`npm run build\` (looked in ${path.join(root, 'dist')}).`);
  }
  const builtAt = statSync(index).mtimeMs;
  const newer = newestFile(path.join(root, 'src'));
  if (newer && newer.mtimeMs > builtAt) {
    return `warning: dist/ is older than ${path.relative(root, newer.file)}; run \`npm run build\` to test the current code.`;
  }
  return undefined;
}

function newestFile(dir: string): { file: string; mtimeMs: number } | undefined {
  if (!existsSync(dir)) return undefined;
  let best: { file: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const candidate = entry.isDirectory() ? newestFile(full) : { file: full, mtimeMs: statSync(full).mtimeMs };
    if (candidate && (!best || candidate.mtimeMs > best.mtimeMs)) best = candidate;
  }
  return best;
}

/** Asks the OS for a port that is free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not get a free port'))));
    });
  });
}

/** Starts `vite preview` on a free port and waits until it answers. Retries if the port was taken meanwhile. */
export async function startPreview(root: string, attempts = 3): Promise<PreviewServer> {
  const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(viteBin)) throw new Error(`vite is not installed (${viteBin} missing): run \`npm ci\` first.`);
  let lastError: Error | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    const output: string[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const server = wrap(child, `http://127.0.0.1:${port}`);
    try {
      await waitUntilServing(child, output, server.baseUrl, 20_000);
      return server;
    } catch (error) {
      await server.stop();
      lastError = error instanceof Error ? error : new Error(String(error));
      // Only a port lost to a race is worth another try; anything else will fail the same way.
      if (!/in use|EADDRINUSE/i.test(lastError.message)) break;
    }
  }
  throw lastError ?? new Error('vite preview did not start');
}

function wrap(child: ChildProcess, baseUrl: string): PreviewServer {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    baseUrl,
    killNow() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitUntilServing(child: ChildProcess, output: string[], baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`vite preview exited (${child.exitCode ?? child.signalCode}):\n${output.join('')}`);
    }
    try {
      const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`vite preview did not answer on ${baseUrl} within ${timeoutMs / 1000} s:\n${output.join('')}`);
}

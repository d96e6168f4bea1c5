/**
 * Writes a synthetic events file for benchmarks (obviously fake, same seed → same file).
 *
 * Usage: npm run data:synth -- --events 150000 --seed 1 [--out bench/data/synth-150000.json]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSyntheticDataset } from './lib/synth/synth-dataset';

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1];
  const inline = args.find((arg) => arg.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

function positiveInteger(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got "${text}"`);
  return value;
}

function main(): void {
  const args = process.argv.slice(2);
  const events = positiveInteger(option(args, 'events'), 'events', 1000);
  const seed = positiveInteger(option(args, 'seed'), 'seed', 1);
  // Same names as the benchmark uses, so a file made here is reused there.
  const out = option(args, 'out') ?? path.join('bench', 'data', seed === 1 ? `synth-${events}.json` : `synth-${events}-seed${seed}.json`);
  const started = performance.now();
  const dataset = generateSyntheticDataset({ events, seed });
  const text = JSON.stringify(dataset);
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, text);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${out}: ${events} events, ${dataset.places.length} places, ${dataset.actors.length} actors, ${(text.length / 1e6).toFixed(1)} MB in ${seconds} s.`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

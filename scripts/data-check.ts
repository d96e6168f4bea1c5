/**
 * `tsx scripts/data-check.ts <file> [--require-languages uk,ru]`: checks an events file against
 * the contract and the rules in scripts/lib/data-rules.ts. With --require-languages, every event
 * title, actor and place name and the dataset's title and description must have those
 * translations (the default dataset uses uk,ru). Prints one OK line, or every violation and exits 1.
 */
import { readFileSync } from 'node:fs';
import { checkDataset } from './lib/data-rules';

function countOf(raw: unknown, key: string): number {
  if (typeof raw !== 'object' || raw === null) return 0;
  const value: unknown = Reflect.get(raw, key);
  return Array.isArray(value) ? value.length : 0;
}

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function main(args: string[]): void {
  const flag = args.indexOf('--require-languages');
  const requireLanguages = flag === -1 ? [] : (args[flag + 1] ?? '').split(',').filter((lang) => lang !== '');
  const file = args.find((arg, i) => !arg.startsWith('--') && (flag === -1 || i !== flag + 1));
  if (file === undefined || (flag !== -1 && requireLanguages.length === 0)) {
    fail(['usage: tsx scripts/data-check.ts <events.json> [--require-languages uk,ru]']);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail([`data:check: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail([`data:check: ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const violations = checkDataset(raw, { requireLanguages });
  if (violations.length > 0) {
    const noun = violations.length === 1 ? 'violation' : 'violations';
    fail([`data:check: FAILED — ${violations.length} ${noun} in ${file}`, ...violations.map((v) => `  ${v.message}`)]);
  }
  console.log(
    `data:check: OK — ${countOf(raw, 'events')} events, ${countOf(raw, 'actors')} actors, ${countOf(raw, 'places')} places`,
  );
}

main(process.argv.slice(2));

/** Accessibility scans with axe-core against the WCAG 2.2 AA rule set, with readable failure reports. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
export type AxeViolation = AxeResults['violations'][number];

export interface ScanOptions {
  /** Where the JSON of the full results goes (`<dir>/axe/<label>.json`). */
  resultsDir: string;
  /** File-safe name of the scan, e.g. "default-light". */
  label: string;
  /** CSS selectors to leave out; say why at the call site. */
  exclude?: string[];
}

/** Runs axe on the page as it is now; writes the full results to disk and returns the violations. */
export async function scanAccessibility(page: Page, options: ScanOptions): Promise<AxeViolation[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const dir = path.join(options.resultsDir, 'axe');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${options.label}.json`), JSON.stringify(results.violations, null, 2));
  return results.violations;
}

/** One line a violation, with the first few offending elements. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 3)
        .map((node) => `      ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join('\n');
      const more = violation.nodes.length > 3 ? `\n      … and ${violation.nodes.length - 3} more` : '';
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.nodes.length} elements)\n${targets}${more}`;
    })
    .join('\n');
}

/** Scans and throws a readable error listing every WCAG violation. */
export async function expectNoAccessibilityViolations(page: Page, options: ScanOptions): Promise<void> {
  const violations = await scanAccessibility(page, options);
  if (violations.length > 0) {
    throw new Error(
      `${violations.length} accessibility rule(s) violated in "${options.label}" (full results in ${path.relative(process.cwd(), path.join(options.resultsDir, 'axe', `${options.label}.json`))}):\n${describeViolations(violations)}`,
    );
  }
}

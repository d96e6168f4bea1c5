/** Collects a page's console errors and uncaught exceptions, so a journey fails on any it did not expect. */
import type { Page } from 'playwright-core';

export interface ConsoleWatch {
  allow(pattern: RegExp): void;
  /** Errors that match no allowed pattern, as readable lines. */
  unexpected(): string[];
}

/** Starts watching a page; call before the first navigation. */
export function watchConsole(page: Page): ConsoleWatch {
  const errors: string[] = [];
  const allowed: RegExp[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    errors.push(where ? `${message.text()} (at ${where})` : message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`));
  return {
    allow(pattern) {
      allowed.push(pattern);
    },
    unexpected() {
      return errors.filter((line) => !allowed.some((pattern) => pattern.test(line)));
    },
  };
}

/** The contract between the e2e runner and the journey files. */
import type { BrowserContext, Page } from 'playwright-core';

/** What every journey receives: a fresh page on the served, built app. */
export interface JourneyContext {
  /** A new page for this journey only; closed when it ends. */
  page: Page;
  /** The one browser context shared by all journeys (persistent profile in a temp dir). */
  context: BrowserContext;
  /** Origin of the served app, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  /** Folder for artefacts (screenshots, scan reports): `test-results/` at the repository root. */
  resultsDir: string;
  /** Absolute URL of a path on the served app. */
  url(path: string): string;
  /** Declares a console error this journey provokes on purpose (e.g. the 404 it fakes). */
  allowConsoleError(pattern: RegExp): void;
  /**
   * Returns and forgets the external requests blocked so far in this journey. Only the guard's
   * own test should call it: anything left unclaimed at the end fails the journey.
   */
  takeBlockedRequests(): string[];
}

/** One browser test: a name a user would recognise and what it does. */
export interface Journey {
  name: string;
  run(ctx: JourneyContext): Promise<void>;
}

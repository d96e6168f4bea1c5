/**
 * zod, configured for this app. Every module that builds a schema imports this first (for its
 * side effect), so the setting is in force before anything is parsed, in the page and the worker.
 *
 * `jitless`: zod otherwise probes for `new Function` (its fast compiled parsers) on first use,
 * which the app's Content-Security-Policy (no 'unsafe-eval') refuses: a CSP violation in the
 * console, and in any CSP report, on every load. The interpreted parsers are fast enough here.
 */
import * as z from 'zod';

z.config({ jitless: true });

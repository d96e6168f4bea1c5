/**
 * Proof that the app works with no internet: every request that would leave the machine is
 * aborted AND recorded, and the runner fails the journey that caused it. Recording is done
 * from two sides (the route that aborts, the context's request event) so that a journey's
 * own `page.route` cannot hide a leak by handling it first.
 */
import type { BrowserContext, Page } from 'playwright-core';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:']);

/**
 * True when a URL stays on this machine (loopback host, or a scheme that never hits the network
 * such as data:, blob:, about:).
 * @example isLocalUrl('http://127.0.0.1:4173/data/events.json') // true
 * @example isLocalUrl('https://tile.openstreetmap.org/1/0/0.png') // false
 */
export function isLocalUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (!NETWORK_PROTOCOLS.has(url.protocol)) return true;
  return LOCAL_HOSTS.has(url.hostname);
}

export interface OfflineGuard {
  /** Returns and clears the external URLs seen since the last call, in order, without duplicates. */
  take(): string[];
  /** Records the preconnect / dns-prefetch hints of a page: they open connections without a request event. */
  scanHints(page: Page): Promise<void>;
}

/** Installs the guard on a context: aborts and records every non-local request and WebSocket. */
export async function installOfflineGuard(context: BrowserContext): Promise<OfflineGuard> {
  let seen = new Set<string>();
  const record = (url: string) => {
    if (!isLocalUrl(url)) seen.add(url);
  };
  context.on('request', (request) => record(request.url()));
  await context.route(
    (url) => !isLocalUrl(url.href),
    async (route) => {
      record(route.request().url());
      await route.abort('internetdisconnected');
    },
  );
  await context.routeWebSocket(
    (url) => !isLocalUrl(url.href),
    async (socket) => {
      record(socket.url());
      await socket.close({ code: 1008, reason: 'blocked by the e2e offline guard' });
    },
  );
  return {
    take() {
      const urls = [...seen];
      seen = new Set();
      return urls;
    },
    async scanHints(page) {
      if (page.isClosed()) return;
      const hrefs = await page
        .locator('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prefetch"], link[rel~="preload"]')
        .evaluateAll((links) => links.map((link) => (link instanceof HTMLLinkElement ? link.href : '')));
      for (const href of hrefs) if (href) record(href);
    },
  };
}

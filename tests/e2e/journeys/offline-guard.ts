/**
 * The offline guard's own test: if it stopped recording or stopped aborting, every other
 * journey would pass "offline" without proving anything.
 */
import assert from 'node:assert/strict';
import type { Journey } from '../lib/types';

export const journeys: Journey[] = [
  {
    name: 'a fetch, an image and a WebSocket to the internet are blocked and reported',
    async run({ page, url, allowConsoleError, takeBlockedRequests }) {
      // The blocked image and fetch log "Failed to load resource"; that is what this test provokes.
      allowConsoleError(/ERR_INTERNET_DISCONNECTED|ERR_FAILED|WebSocket/i);
      // A bare local page, so that the app's Content-Security-Policy cannot refuse these requests
      // before the guard sees them: this test is about the guard, not the policy.
      await page.route('**/__offline-guard-probe', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Offline guard probe</title>' }),
      );
      await page.goto(url('/__offline-guard-probe'));
      const outcome = await page.evaluate(async () => {
        const fetchResult = await fetch('http://example.com/leak.json').then(
          (response) => `answered ${response.status}`,
          (error: unknown) => `failed: ${String(error)}`,
        );
        const imageResult = await new Promise<string>((resolve) => {
          const image = new Image();
          image.onload = () => resolve('loaded');
          image.onerror = () => resolve('failed');
          image.src = 'https://tile.openstreetmap.org/0/0/0.png';
        });
        const socketResult = await new Promise<string>((resolve) => {
          const socket = new WebSocket('wss://example.org/socket');
          socket.onopen = () => resolve('opened');
          socket.onclose = () => resolve('closed');
          setTimeout(() => resolve('no answer'), 5000);
        });
        return { fetchResult, imageResult, socketResult };
      });
      assert.match(outcome.fetchResult, /^failed/, 'the fetch to example.com must not get an answer');
      assert.equal(outcome.imageResult, 'failed', 'the tile image must not load');
      assert.notEqual(outcome.socketResult, 'opened', 'the WebSocket must not stay open');

      const blocked = takeBlockedRequests();
      for (const expected of ['http://example.com/leak.json', 'https://tile.openstreetmap.org/0/0/0.png', 'wss://example.org/socket']) {
        assert.ok(blocked.includes(expected), `the guard did not record ${expected}; it recorded: ${blocked.join(', ') || 'nothing'}`);
      }
    },
  },
  {
    name: 'requests to the local server are not blocked',
    async run({ page, url, takeBlockedRequests }) {
      await page.goto(url('/'));
      const status = await page.evaluate(() => fetch('/index.html').then((response) => response.status));
      assert.equal(status, 200);
      assert.deepEqual(takeBlockedRequests(), []);
    },
  },
];

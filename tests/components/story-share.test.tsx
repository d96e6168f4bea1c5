import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareButtons } from '../../src/features/share/share-buttons';
import { openUrl, renderViews } from '../helpers/render-dashboard';

describe('Copy link and Copy citation', () => {
  beforeEach(() => openUrl('?categories=strike&event=strike-2026-02-04-druzhkivka-market'));
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('Copy link puts the address of this exact view on the clipboard and says so politely', async () => {
    const user = userEvent.setup();
    renderViews([ShareButtons]);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(window.location.href);
    expect(window.location.href).toContain('event=strike-2026-02-04-druzhkivka-market');
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('Copy citation gives dates, filters, permalink, attribution and the access date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 29, 10, 0));
    const user = userEvent.setup();
    renderViews([ShareButtons]);
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(await navigator.clipboard.readText()).toBe(
      `Talks & Strikes: Mini test dataset, events 23 Jan 2026 – 17 Feb 2026 (filtered: strikes). ${window.location.href}. Data: Test fixture. Accessed 2026-11-29.`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Citation copied');
  });

  it('without a usable clipboard, shows the link in a selected field to copy by hand', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    renderViews([ShareButtons]);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('The clipboard is not available here: copy the link from the field below.');
  });
});

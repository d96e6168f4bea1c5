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

  /** Presses the citation button (named in the page's language) on 29 November 2026 and returns what was copied. */
  const copyCitationOn29November = async (buttonName: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 29, 10, 0));
    const user = userEvent.setup();
    renderViews([ShareButtons]);
    await user.click(screen.getByRole('button', { name: buttonName }));
    return navigator.clipboard.readText();
  };

  it('Copy citation gives dates, filters, permalink, attribution and the access date', async () => {
    expect(await copyCitationOn29November('Copy citation')).toBe(
      `Talks & Strikes: Mini test dataset, events 23 Jan 2026 – 17 Feb 2026 (filtered: strikes). ${window.location.href}. Data: Test fixture. Accessed 2026-11-29.`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Citation copied');
  });

  it('Copy citation in Ukrainian copies the citation in Ukrainian, dates the Ukrainian way', async () => {
    openUrl('?lang=uk&categories=strike&event=strike-2026-02-04-druzhkivka-market');
    expect(await copyCitationOn29November('Копіювати цитування')).toBe(
      `Переговори й удари: Mini test dataset, події 23 січ. 2026 р. – 17 лют. 2026 р. (фільтри: удари). ${window.location.href}. Дані: Test fixture. Дата звернення: 29 лист. 2026 р.`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Цитування скопійовано');
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

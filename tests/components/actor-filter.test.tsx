import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FiltersView } from '../../src/features/filters/filters-view';
import { writeUrl } from '../../src/state/url';
import { EMPTY_FILTERS } from '../../src/domain/selection/filters';
import { openUrl, renderViews } from '../helpers/render-dashboard';

const actorsParam = () => new URLSearchParams(window.location.search).get('actors');

describe('Actor filter', () => {
  beforeEach(() => openUrl(''));

  it('keeps every actor ticked in quick succession, each box building on the address as it is', async () => {
    const user = userEvent.setup();
    renderViews([FiltersView]);
    const states = screen.getByRole('group', { name: 'States' });
    await user.click(within(states).getByRole('checkbox', { name: /^Russia/ }));
    await user.click(within(states).getByRole('checkbox', { name: /^Ukraine/ }));
    expect(actorsParam()).toBe('russia,ukraine');
    await user.click(within(states).getByRole('checkbox', { name: /^Russia/ }));
    expect(actorsParam()).toBe('ukraine');
    expect(within(states).getByRole('checkbox', { name: /^Ukraine/ })).toBeChecked();
  });

  it('updates a count without touching its checkbox (a redrawn input rewrites its attributes)', () => {
    renderViews([FiltersView]);
    const states = screen.getByRole('group', { name: 'States' });
    const box = within(states).getByRole('checkbox', { name: /^Russia \(\d+\)/ });
    const before = box.closest('label')?.textContent;
    const observer = new MutationObserver(() => undefined);
    observer.observe(box, { attributes: true });
    act(() => writeUrl({ filters: { ...EMPTY_FILTERS, categories: ['talks'] } }, 'push'));
    const written = observer.takeRecords().map((record) => record.attributeName);
    observer.disconnect();
    expect(box.closest('label')?.textContent).not.toBe(before);
    expect(written).toEqual([]);
  });

  it('a filter that reorders the actors rewrites the rows in place, and a ticked box keeps its actor under the focus', async () => {
    const user = userEvent.setup();
    renderViews([FiltersView]);
    const states = () => screen.getByRole('group', { name: 'States' });
    const rows = () => [...states().querySelectorAll('li')];
    expect(rows().map((row) => row.textContent)).toEqual([expect.stringMatching(/^Russia/), expect.stringMatching(/^Ukraine/), expect.stringMatching(/^United States/), expect.stringMatching(/^United Arab Emirates/)]);
    const third = rows()[2];
    // Only the prisoner exchange: the United States leave the list and the Emirates move up.
    act(() => writeUrl({ filters: { ...EMPTY_FILTERS, categories: ['humanitarian'] } }, 'push'));
    expect(rows().map((row) => row.textContent)).toEqual(['Russia (1)', 'Ukraine (1)', 'United Arab Emirates (1)']);
    // The same row, new words (a moved row was restyled and laid out again).
    expect(rows()[2]).toBe(third);
    const emirates = within(states()).getByRole('checkbox', { name: /^United Arab Emirates/ });
    await user.click(emirates);
    expect(actorsParam()).toBe('uae');
    expect(document.activeElement).toBe(emirates);
    expect(within(states()).getByRole('checkbox', { name: /^United Arab Emirates/ })).toBe(emirates);
    expect(emirates).toBeChecked();
  });
});

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
});

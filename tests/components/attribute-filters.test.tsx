import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FilterSummary } from '../../src/app/layout/filter-summary';
import { buildEventIndex } from '../../src/domain/core/event-index';
import { importText } from '../../src/domain/importers/import-text';
import { FiltersView } from '../../src/features/filters/filters-view';
import { openUrl, renderViews } from '../helpers/render-dashboard';

const acledIndex = () =>
  buildEventIndex(importText(readFileSync(resolve('tests/fixtures/imports/acled-sample.csv'), 'utf8'), 'acled-sample.csv').dataset);

describe('Sub-type and Region filters', () => {
  beforeEach(() => openUrl(''));

  it('lists ACLED sub-types and regions with counts, and filters by them through the address', async () => {
    const user = userEvent.setup();
    renderViews([FiltersView, FilterSummary], acledIndex());
    const regions = screen.getByRole('group', { name: 'Region' });
    expect(within(regions).getByRole('checkbox', { name: 'Kyiv City (2)' })).toBeInTheDocument();
    const subTypes = screen.getByRole('group', { name: 'Sub-type' });
    expect(within(subTypes).getByRole('checkbox', { name: 'Air/drone strike (1)' })).toBeInTheDocument();

    await user.click(within(regions).getByRole('checkbox', { name: 'Kyiv City (2)' }));
    expect(window.location.search).toBe('?regions=kyiv-city');
    expect(await screen.findByText('Showing 2 of 6 events', { selector: '.filter-status' })).toBeInTheDocument();
    // Sub-type counts follow the region: the armed clash in Zaporizhia is not in Kyiv.
    expect(within(subTypes).queryByRole('checkbox', { name: /Armed clash/ })).not.toBeInTheDocument();

    await user.click(within(subTypes).getByRole('checkbox', { name: 'Peaceful protest (1)' }));
    expect(window.location.search).toBe('?subtypes=peaceful-protest&regions=kyiv-city');
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(within(chips).getByText('Sub-type: Peaceful protest')).toBeInTheDocument();
    await user.click(within(chips).getByRole('button', { name: 'Remove filter: Region: Kyiv City' }));
    expect(window.location.search).toBe('?subtypes=peaceful-protest');

    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(window.location.search).toBe('');
  });

  it('offers a search box when there are many values', async () => {
    const user = userEvent.setup();
    const regions = Array.from({ length: 27 }, (_, i) => `Oblast ${String.fromCharCode(65 + (i % 26))}${i}`);
    const base = acledIndex().dataset;
    const events = regions.map((admin1, i) => ({ ...(base.events[0] as (typeof base.events)[number]), id: `E${i}`, attributes: { admin1 } }));
    renderViews([FiltersView], buildEventIndex({ ...base, events }));
    const group = screen.getByRole('group', { name: 'Region' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(27);
    await user.type(within(group).getByRole('searchbox', { name: 'Find region' }), 'oblast b1');
    expect(within(group).getAllByRole('checkbox').map((box) => box.getAttribute('aria-label') ?? box.parentElement?.textContent)).toEqual([
      'Oblast B1 (1)',
    ]);
  });

  it('is hidden when the data has no such attribute', () => {
    renderViews([FiltersView]);
    expect(screen.queryByRole('group', { name: 'Sub-type' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Region' })).not.toBeInTheDocument();
  });
});

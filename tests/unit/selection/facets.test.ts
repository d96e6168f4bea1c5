import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../../src/domain/core/event-index';
import { countFacets } from '../../../src/domain/selection/facets';
import { EMPTY_FILTERS, type Filters } from '../../../src/domain/selection/filters';
import { parseDataset } from '../../../src/domain/core/parse-dataset';
import { miniDatasetFile } from '../../helpers/mini-dataset';
import { miniIndex } from '../../helpers/render-dashboard';

const index = miniIndex();
const facets = (patch: Partial<Filters>) => countFacets(index, { ...EMPTY_FILTERS, ...patch });

describe('countFacets', () => {
  it('counts every actor and category with no filter', () => {
    const { actors, categories } = facets({});
    expect(actors.get('russia')).toBe(7);
    expect(actors.get('steve-witkoff')).toBe(2);
    expect(categories.get('strike')).toBe(4);
    expect(categories.get('talks')).toBe(2);
  });

  it('counts categories without applying the category filter, so other toggles say what they would add', () => {
    const { categories, actors } = facets({ categories: ['talks'] });
    expect(categories.get('strike')).toBe(4);
    expect(actors.get('russia')).toBe(2); // only the talks are left for actor counts
  });

  it('counts actors without applying the actor filter', () => {
    const { actors, categories } = facets({ actors: ['uae'] });
    expect(actors.get('russia')).toBe(7);
    expect(categories.get('humanitarian')).toBe(1);
    expect(categories.get('strike')).toBe(0);
  });

  it('applies the date range and the search to every count', () => {
    const { actors, categories } = facets({ from: '2026-02-17', q: 'sloviansk' });
    expect(categories.get('strike')).toBe(1);
    expect(actors.get('russia')).toBe(1);
    expect(actors.has('ukraine')).toBe(false);
  });

  it('counts an event once for an actor listed in two roles', () => {
    const file = miniDatasetFile();
    const first = file.events[0];
    if (!first) throw new Error('fixture has no events');
    file.events[0] = { ...first, actors: [...first.actors, { id: 'steve-witkoff', role: 'participant' }] };
    const doubled = buildEventIndex(parseDataset(file).dataset);
    expect(countFacets(doubled, EMPTY_FILTERS).actors.get('steve-witkoff')).toBe(2);
  });
});

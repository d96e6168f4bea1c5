import { describe, expect, it } from 'vitest';
import { formatRange, formatRate, periodsCaption, strikesCaption } from '../../../src/domain/charts/chart-captions';
import { duringVersusBetween } from '../../../src/domain/charts/chart-periods';
import { binEvents, chartRange, talkBands } from '../../../src/domain/charts/chart-series';
import { buildEventIndex } from '../../../src/domain/core/event-index';
import { parseDataset } from '../../../src/domain/core/parse-dataset';
import { miniDatasetFile } from '../../helpers/mini-dataset';
import { all, indexOf } from './chart-fixtures';

const mini = buildEventIndex(parseDataset(miniDatasetFile()).dataset);
const positions = all(mini);
const range = chartRange(mini, [positions], undefined, undefined);
if (range === null) throw new Error('the mini dataset has events');
const bands = talkBands(mini, positions);

describe('strikesCaption', () => {
  it('states strikes, casualty ranges, the busiest day, launches and talk days', () => {
    expect(strikesCaption(binEvents(mini, positions, range, bands))).toBe(
      '4 strikes from 23 Jan 2026 to 17 Feb 2026; at least 11 killed and 19 injured ' +
        '(up to 21 injured by the highest reported figures); busiest day 17 Feb 2026 (2 strikes); ' +
        'at least 796 drones and missiles launched in the attacks that give a count. ' +
        'Talks were held on 4 days. One bar per day.',
    );
  });

  it('says so when there are no strikes or talks', () => {
    const quiet = indexOf([{ date: '2026-01-01', category: 'statement' }]);
    const caption = strikesCaption(binEvents(quiet, all(quiet), { from: 20454, to: 20454 }, []));
    expect(caption).toBe('0 strikes on 1 Jan 2026. No talks were held in this selection. One bar per day.');
  });
});

describe('periodsCaption', () => {
  it('gives strikes and casualties per day for each period, with the day counts', () => {
    expect(periodsCaption(duringVersusBetween(mini, positions, range, bands))).toBe(
      'On talk days (4 days): 0.5 strikes per day, 2 killed and 4.8 injured per day; ' +
        '±7 days around talks (17 days): 0 strikes per day, 0 killed and 0 injured per day; ' +
        'other days (5 days): 0.4 strikes per day, 0.6 killed and 0 injured per day. ' +
        'Casualties count the lowest reported figures.',
    );
  });

  it('does not compare when there were no talks', () => {
    expect(periodsCaption(duringVersusBetween(mini, positions, range, []))).toMatch(/No talks were held/);
  });
});

describe('formatting', () => {
  it('writes rates readably without rounding small ones to zero', () => {
    expect(formatRate(0)).toBe('0');
    expect(formatRate(0.5)).toBe('0.5');
    expect(formatRate(4.75)).toBe('4.8');
    expect(formatRate(0.04)).toBe('0.04');
    expect(formatRate(0.004)).toBe('under 0.01');
    expect(formatRate(12.6)).toBe('13');
    expect(formatRate(null)).toBe('no days');
  });

  it('keeps ranges as ranges', () => {
    expect(formatRange(4, 6)).toBe('4–6');
    expect(formatRange(1200, 1200)).toBe('1,200');
  });
});

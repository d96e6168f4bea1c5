import { describe, expect, it } from 'vitest';
import { formatRange, formatRate, offsetCaption, panelCaption, sourceNote } from '../../../src/domain/charts/chart-captions';
import { day } from './chart-fixtures';

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

describe('honest captions', () => {
  const part = {
    from: day('2026-02-01'),
    to: day('2026-02-17'),
    days: 17,
    events: 12,
    strikes: 3,
    killedMin: 7,
    killedMax: 9,
    injuredMin: 15,
    injuredMax: 15,
    launchedMin: 400,
    launchedMax: 420,
  };

  it('says how many events a chart draws on and that they are not a complete record', () => {
    expect(sourceNote(1)).toBe('From 1 recorded event, a curated set, not a complete record; strikes not in the data are not counted.');
    expect(panelCaption('strikes', part, 4)).toBe(
      '3 strikes from 1 Feb 2026 to 17 Feb 2026 (17 days). Talks on 4 days. From 12 recorded events, a curated set, not a complete record; strikes not in the data are not counted.',
    );
  });

  it('keeps casualty and launch figures as ranges', () => {
    expect(panelCaption('casualties', part, 0)).toMatch(/^7–9 killed and 15 injured from 1 Feb 2026 .* No talk days\./);
    expect(panelCaption('launches', part, 0)).toMatch(/^400–420 drones and missiles launched from 1 Feb 2026/);
    expect(panelCaption('launches', { ...part, launchedMin: null, launchedMax: null }, 0)).toMatch(/^No drone or missile counts from/);
  });

  it('describes the summary across rounds, or says there are none', () => {
    expect(offsetCaption(17, 7, 59)).toMatch(/^Average per round on each day from 7 days before to 7 days after the first day of 17 rounds/);
    expect(offsetCaption(0, 7, 5)).toMatch(/^No talk rounds in this selection\. From 5 recorded events/);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { clearPanelLayouts, PANEL_LAYOUT_KEY, parsePanelLayouts, readPanelLayouts, savePanelLayout } from '../../../src/app/layout/panel-layout-storage';

describe('parsePanelLayouts', () => {
  it('reads each group as panel ids to percentages', () => {
    expect(parsePanelLayouts('{"rows":{"upper":70,"timeline":30},"columns":{"rail":20,"map":55.5,"side":24.5}}')).toEqual({
      rows: { upper: 70, timeline: 30 },
      columns: { rail: 20, map: 55.5, side: 24.5 },
    });
  });

  it('drops a group whose sizes are not percentages adding up to 100, and keeps the others', () => {
    expect(parsePanelLayouts('{"rows":{"upper":70,"timeline":"30"},"columns":{"rail":20,"map":56,"side":24}}')).toEqual({
      columns: { rail: 20, map: 56, side: 24 },
    });
    expect(parsePanelLayouts('{"columns":{"rail":80,"map":80,"side":80}}')).toEqual({});
    expect(parsePanelLayouts('{"rows":{"upper":-10,"timeline":110}}')).toEqual({});
    expect(parsePanelLayouts('{"rows":{"upper":100}}')).toEqual({});
    expect(parsePanelLayouts('{"rows":[50,50]}')).toEqual({});
  });

  it('ignores groups it does not know, junk and nothing', () => {
    expect(parsePanelLayouts('{"sidebar":{"a":50,"b":50}}')).toEqual({});
    expect(parsePanelLayouts('not json')).toEqual({});
    expect(parsePanelLayouts('null')).toEqual({});
    expect(parsePanelLayouts(null)).toEqual({});
  });
});

describe('saved panel layouts', () => {
  afterEach(() => window.localStorage.clear());

  it('saves each group next to the others, and forgets them all on reset', () => {
    savePanelLayout('rows', { upper: 72, timeline: 28 });
    savePanelLayout('columns', { rail: 20, map: 50, side: 30 });
    expect(readPanelLayouts()).toEqual({ rows: { upper: 72, timeline: 28 }, columns: { rail: 20, map: 50, side: 30 } });
    clearPanelLayouts();
    expect(window.localStorage.getItem(PANEL_LAYOUT_KEY)).toBeNull();
    expect(readPanelLayouts()).toEqual({});
  });
});

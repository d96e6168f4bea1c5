import { useState, type ReactNode, type RefObject } from 'react';
import { Group, Panel, Separator, type LayoutChangedMeta, type PanelImperativeHandle } from 'react-resizable-panels';
import { useT } from '../../state/i18n';
import { FIGURES_MIN_WINDOW_HEIGHT } from '../../features/timeline/timeline-view';
import { readPanelLayouts, savePanelLayout, type PanelGroupId, type PanelLayout } from './panel-layout-storage';

interface Props {
  rail: ReactNode;
  /** The map, with the story card docked over it. */
  map: ReactNode;
  timeline: ReactNode;
  /** The right column: details, charts, events. */
  side: ReactNode;
  railRef: RefObject<PanelImperativeHandle | null>;
  /** Called when the rail collapses or expands (by its button, a drag or Enter on its handle). */
  onRailCollapsed: (collapsed: boolean) => void;
}

/**
 * The timeline panel's first height, in pixels: its two header rows (playback, zoom) and its
 * lanes at their least height, about a quarter of a tall window; a narrower window wraps the
 * header onto more rows and needs more. The map keeps the rest (at least a third of a 1280×720
 * window). Read when the panels mount.
 */
function defaultTimelineHeight(): string {
  const header = window.innerWidth < 1200 ? 50 : 0;
  // A tall window gives the timeline's figure strips room (30 % of the height); a short one keeps
  // the map a third of the window, and the strips start hidden there.
  const share = window.innerHeight >= FIGURES_MIN_WINDOW_HEIGHT ? 0.3 : 0.25;
  return `${Math.min(340, Math.max(190, Math.round(window.innerHeight * share))) + header}px`;
}

/** Saves a layout the reader made (drag, keys, double-click), never one the library computed on load. */
function saver(group: PanelGroupId) {
  return (layout: PanelLayout, meta: LayoutChangedMeta) => {
    if (meta.isUserInteraction) savePanelLayout(group, meta.requestedLayout ?? layout);
  };
}

/**
 * The desktop dashboard as resizable panels (react-resizable-panels): the rail | map | right
 * column side by side, over the timeline, which spans the full width so its time axis and its
 * controls get every pixel of it. Each handle is a focusable separator with a name,
 * moved by dragging or the arrow keys (Home/End for the limits, Enter collapses the rail);
 * double-clicking a handle gives its panels their default sizes back. The sizes are remembered.
 * The map follows its panel's size by itself (ResizeWithContainer in the map view).
 */
export function ResizablePanels({ rail, map, timeline, side, railRef, onRailCollapsed }: Props) {
  const { t } = useT();
  // Read once per mount: "Reset layout" clears the storage and mounts the panels afresh.
  const [saved] = useState(readPanelLayouts);
  return (
    <Group id="dashboard-rows" className="dashboard-grid dashboard-panels" orientation="vertical" defaultLayout={saved.rows} onLayoutChanged={saver('rows')}>
      <Panel id="upper" minSize="40%" className="panel-body">
        <Group id="dashboard-columns" orientation="horizontal" defaultLayout={saved.columns} onLayoutChanged={saver('columns')}>
          <Panel
            id="rail"
            className="panel-body"
            panelRef={railRef}
            defaultSize="13rem"
            minSize="12rem"
            maxSize="30%"
            collapsible
            collapsedSize="8.5rem"
            onResize={() => onRailCollapsed(railRef.current?.isCollapsed() ?? false)}
          >
            {rail}
          </Panel>
          <Separator className="panel-handle" aria-label={t('panels.resizeRailMap')} />
          <Panel id="map" minSize="35%" className="panel-body panel-map">
            {map}
          </Panel>
          <Separator className="panel-handle" aria-label={t('panels.resizeMapSide')} />
          <Panel id="side" defaultSize="22%" minSize="16rem" maxSize="45%" className="panel-body">
            {side}
          </Panel>
        </Group>
      </Panel>
      <Separator className="panel-handle" aria-label={t('panels.resizeMapTimeline')} />
      <Panel id="timeline" defaultSize={defaultTimelineHeight()} minSize="120px" maxSize="60%" className="panel-body">
        {timeline}
      </Panel>
    </Group>
  );
}

import { LocalizedText } from '../components/localized-text';
import { lazy, memo, Suspense, useRef, useState, type ReactNode } from 'react';
import type { PanelImperativeHandle } from 'react-resizable-panels';
import type { LoadedEvents } from '../api/load-data';
import { ErrorBoundary } from '../components/error-boundary';
import { DetailsView as DetailsViewComponent } from '../features/details/details-view';
import { EventsListView as EventsListViewComponent } from '../features/events-list/events-list-view';
import { ExportMenu as ExportMenuComponent } from '../features/data-files/export-menu';
import { FiltersView as FiltersViewComponent } from '../features/filters/filters-view';
import { RejectionReport } from '../features/load-report/rejection-report';
import { PlaybackControls as PlaybackControlsComponent } from '../features/playback/playback-controls';
import { ShareButtons as ShareButtonsComponent } from '../features/share/share-buttons';
import { StoryBar as StoryBarComponent } from '../features/story/story-bar';
import { TimelineView as TimelineViewComponent } from '../features/timeline/timeline-view';
import type { MessageId } from '../domain/core/i18n/translator';
import { useDashboardModel, type DashboardModel } from '../state/dashboard-model';
import { useT } from '../state/i18n';
import { useEscapeClearsSelection } from '../state/escape-clears';
import { fullViewHref, isEmbedMode } from './embed-mode';
import { Disclosure } from './layout/disclosure';
import { FilterSummary } from './layout/filter-summary';
import { clearPanelLayouts } from './layout/panel-layout-storage';
import { PhoneBar } from './layout/phone-bar';
import { ResizablePanels } from './layout/resizable-panels';
import { TopBar } from './layout/top-bar';
import { DESKTOP_QUERY, useMediaQuery } from './layout/use-media-query';
import { useSheet } from './layout/use-sheet';
import './layout/layout.css';

// The map (Leaflet) and the charts (Recharts) are the heaviest code: they are fetched at start-up,
// in parallel with the events file, instead of holding up the first paint.
const mapModule = import('../features/map/map-view');
const chartsModule = import('../features/charts/charts-view');
const MapView = memo(lazy(() => mapModule.then((m) => ({ default: m.MapView }))));
const ChartsView = memo(lazy(() => chartsModule.then((m) => ({ default: m.ChartsView }))));

// Memoised: the model keeps its identity until the (deferred) filters change, so an urgent
// render, such as a keystroke in the search box, does not redraw every view.
const DetailsView = memo(DetailsViewComponent);
const EventsListView = memo(EventsListViewComponent);
const ExportMenu = memo(ExportMenuComponent);
const FiltersView = memo(FiltersViewComponent);
const PlaybackControls = memo(PlaybackControlsComponent);
const ShareButtons = memo(ShareButtonsComponent);
const StoryBar = memo(StoryBarComponent);
const TimelineView = memo(TimelineViewComponent);

/** The views a keyboard user can jump to from the top of the dashboard, past the filter rail. */
const SKIP_TARGETS: readonly { id: string; label: MessageId }[] = [
  { id: 'view-timeline', label: 'view.timeline' },
  { id: 'view-map', label: 'view.map' },
  { id: 'view-charts', label: 'view.charts' },
  { id: 'view-events', label: 'view.events' },
  { id: 'view-details', label: 'view.details' },
];

/** Moves the focus to a view's landmark without touching the address bar (the URL holds the filters). */
function skipTo(id: string) {
  document.getElementById(id)?.focus();
}

function SkipLinks({ targets }: { targets: readonly { id: string; label: MessageId }[] }) {
  const { t } = useT();
  return (
    <nav className="skip-links" aria-label={t('skip.nav')}>
      {targets.map(({ id, label }) => (
        <a
          key={id}
          href={`#${id}`}
          onClick={(event) => {
            event.preventDefault();
            skipTo(id);
          }}
        >
          {t('skip.to', { view: t(label) })}
        </a>
      ))}
    </nav>
  );
}

function Notes({ loaded, model }: { loaded: LoadedEvents; model: DashboardModel }) {
  const { t } = useT();
  return (
    <div className="dashboard-notes">
      <RejectionReport rejected={loaded.rejected} loadedCount={loaded.index.events.length} />
      {model.notices.length > 0 && (
        <div className="url-notices" role="note" aria-label={t('notices.label')}>
          {model.notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * One view's landmark (`#view-<name>`, the target of its skip link) with its own error boundary,
 * so a broken view never blanks the page. Without `boundary` the children bring their own.
 */
function ViewRegion({ name, label, boundary, extraClass = '', children }: { name: string; label: string; boundary?: string; extraClass?: string; children: ReactNode }) {
  return (
    <section id={`view-${name}`} tabIndex={-1} className={`region region-${name}${extraClass}`} aria-label={label}>
      {boundary === undefined ? children : <ErrorBoundary label={boundary}>{children}</ErrorBoundary>}
    </section>
  );
}

/** `fillHeight`: the region has a fixed height (desktop panel, embed) and the lanes share it. */
function TimelineRegion({ model, fillHeight }: { model: DashboardModel; fillHeight: boolean }) {
  const { t } = useT();
  return (
    <ViewRegion name="timeline" label={t('view.timeline')} extraClass={fillHeight ? ' is-fitted' : ''}>
      {/* Two boundaries: a broken drawing leaves the playback controls working, and the reverse. */}
      <ErrorBoundary label={t('boundary.playback')}>
        <PlaybackControls model={model} />
      </ErrorBoundary>
      <ErrorBoundary label={t('boundary.timeline')}>
        <TimelineView model={model} fillHeight={fillHeight} />
      </ErrorBoundary>
    </ViewRegion>
  );
}

function MapRegion({ model }: { model: DashboardModel }) {
  const { t } = useT();
  return (
    <ViewRegion name="map" label={t('view.map')} boundary={t('boundary.map')}>
      <Suspense fallback={<p className="muted">{t('loading.map')}</p>}>
        <MapView model={model} />
      </Suspense>
    </ViewRegion>
  );
}

function EventsRegion({ model }: { model: DashboardModel }) {
  const { t } = useT();
  return (
    <ViewRegion name="events" label={t('view.events')} boundary={t('boundary.events')}>
      <EventsListView model={model} />
    </ViewRegion>
  );
}

function ChartsRegion({ model }: { model: DashboardModel }) {
  const { t } = useT();
  return (
    <ViewRegion name="charts" label={t('view.charts')} boundary={t('boundary.charts')}>
      <Suspense fallback={<p className="muted">{t('loading.charts')}</p>}>
        <ChartsView model={model} />
      </Suspense>
    </ViewRegion>
  );
}

/** An event or a place is chosen: the details have something to show. */
function hasSelection({ filters }: DashboardModel): boolean {
  return filters.event !== undefined || filters.place !== undefined;
}

/**
 * The details of the selection. On a desktop at the top of the right column, beside the map and
 * never over it, so a selected marker and its neighbours stay clickable; on a phone a sheet over
 * the bottom of the screen while something is selected (closed by its Close button, Escape or
 * Back, since the selection is a step in the history). The sheet is not modal: the focus stays
 * where the reader tapped, and the view's polite announcement reads the headline.
 */
function DetailsRegion({ model }: { model: DashboardModel }) {
  const { t } = useT();
  return (
    <ViewRegion name="details" label={t('view.details')} boundary={t('boundary.details')} extraClass={hasSelection(model) ? ' has-selection' : ''}>
      <DetailsView model={model} />
    </ViewRegion>
  );
}

interface DashboardProps {
  loaded: LoadedEvents;
  /** The Open file panel (App owns it: it reads files before any dashboard exists). */
  dataPanel?: ReactNode;
  /** Show the Open file panel open at first: right after a file was opened, it reports what loaded. */
  dataPanelOpen?: boolean;
}

/**
 * The only place views are composed. Each view gets the same model and sits in its own
 * landmark and error boundary, so a broken view never blanks the page. The layout (one screen
 * on a desktop, a scrolling column with a view switcher on a phone) is CSS in layout/layout.css.
 */
export function Dashboard({ loaded, dataPanel, dataPanelOpen = false }: DashboardProps) {
  const model = useDashboardModel(loaded.index);
  useEscapeClearsSelection(model);
  if (isEmbedMode()) return <EmbedDashboard loaded={loaded} model={model} />;
  return <FullDashboard loaded={loaded} model={model} dataPanel={dataPanel} dataPanelOpen={dataPanelOpen} />;
}

function FullDashboard({ loaded, model, dataPanel, dataPanelOpen }: DashboardProps & { model: DashboardModel }) {
  const { t } = useT();
  const [storyDock, setStoryDock] = useState<HTMLDivElement | null>(null);
  const [railCollapsed, setRailCollapsed] = useState(false);
  // Bumped by "Reset layout": the panels mount afresh with their default sizes.
  const [layoutGeneration, setLayoutGeneration] = useState(0);
  const railRef = useRef<PanelImperativeHandle | null>(null);
  const desktop = useMediaQuery(DESKTOP_QUERY);
  const { open: filtersOpen, show: showFilters, hide: hideFilters, sheetRef, closeRef, onKeyDown: onFiltersKeyDown } = useSheet();

  const toggleRail = () => {
    const rail = railRef.current;
    if (rail === null) return;
    if (rail.isCollapsed()) rail.expand();
    else rail.collapse();
  };
  const resetLayout = () => {
    clearPanelLayouts();
    setRailCollapsed(false);
    setLayoutGeneration((generation) => generation + 1);
  };

  const actions = (
    <>
      {dataPanel && (
        <Disclosure label={t('action.openFile')} panelLabel={t('action.openFilePanel')} initiallyOpen={dataPanelOpen} panelClassName="data-disclosure">
          {dataPanel}
        </Disclosure>
      )}
      <Disclosure label={t('action.share')} panelLabel={t('action.sharePanel')}>
        <ShareButtons model={model} />
      </Disclosure>
      <Disclosure label={t('action.export')} panelLabel={t('action.export')}>
        <ErrorBoundary label={t('boundary.export')}>
          <ExportMenu model={model} />
        </ErrorBoundary>
      </Disclosure>
    </>
  );

  const filters = (
    <section
      id="view-filters"
      ref={sheetRef}
      tabIndex={-1}
      className="region region-filters"
      aria-label={t('view.filters')}
      onKeyDown={onFiltersKeyDown}
    >
      <div className="rail-head">
        {desktop && (
          <button type="button" className="reset-layout" onClick={resetLayout}>
            {t('rail.resetLayout')}
          </button>
        )}
        <button type="button" className="rail-toggle" aria-expanded={!railCollapsed} aria-controls="filters-body" onClick={toggleRail}>
          {railCollapsed ? t('rail.show') : t('rail.hide')}
        </button>
        <button type="button" className="sheet-close" ref={closeRef} onClick={hideFilters}>
          <span aria-hidden="true">×</span> {t('rail.close')}<span className="visually-hidden">{t('rail.closeHidden')}</span>
        </button>
      </div>
      <div id="filters-body" className="rail-body">
        <ErrorBoundary label={t('boundary.filters')}>
          <FiltersView model={model} />
        </ErrorBoundary>
      </div>
    </section>
  );
  const timeline = <TimelineRegion model={model} fillHeight={desktop} />;
  const map = <MapRegion model={model} />;
  const storyCard = <div className="story-dock" ref={setStoryDock} />;
  const details = <DetailsRegion model={model} />;
  const charts = <ChartsRegion model={model} />;
  const events = <EventsRegion model={model} />;

  return (
    <div className={`layout layout-full${railCollapsed ? ' rail-collapsed' : ''}${filtersOpen ? ' filters-sheet-open' : ''}`}>
      <SkipLinks targets={SKIP_TARGETS} />
      <TopBar
        model={model}
        story={
          <ErrorBoundary label={t('boundary.story')}>
            <StoryBar model={model} dock={storyDock} />
          </ErrorBoundary>
        }
        actions={actions}
      />
      <PhoneBar model={model} filtersOpen={filtersOpen} onOpenFilters={showFilters} />
      <main className="dashboard">
        <Notes loaded={loaded} model={model} />
        {desktop ? (
          <ResizablePanels
            key={layoutGeneration}
            rail={filters}
            map={
              <>
                {map}
                {storyCard}
              </>
            }
            timeline={timeline}
            side={
              <div className="side-column">
                {details}
                {charts}
                {events}
              </div>
            }
            railRef={railRef}
            onRailCollapsed={setRailCollapsed}
          />
        ) : (
          <div className="dashboard-grid">
            {filters}
            {timeline}
            {map}
            {storyCard}
            <div className="side-column">
              {charts}
              {events}
            </div>
            {details}
          </div>
        )}
      </main>
    </div>
  );
}

const EMBED_SKIP_TARGETS = SKIP_TARGETS.filter(({ id }) => id !== 'view-events');
/** The embed shows no details until something is chosen, so it offers no skip link to them until then. */
const EMBED_SKIP_TARGETS_UNSELECTED = EMBED_SKIP_TARGETS.filter(({ id }) => id !== 'view-details');

/**
 * `?embed=1`: the view for an <iframe> in an article. Title, count, map (with the details card),
 * charts where there is room, and the timeline; no Open file, Share or Export. "Open the full
 * view" keeps the filters.
 */
function EmbedDashboard({ loaded, model }: { loaded: LoadedEvents; model: DashboardModel }) {
  const { t } = useT();
  return (
    <div className="layout layout-embed">
      <SkipLinks targets={hasSelection(model) ? EMBED_SKIP_TARGETS : EMBED_SKIP_TARGETS_UNSELECTED} />
      <header className="top-bar embed-bar">
        <div className="top-brand">
          <h1>{t('app.title')}</h1>
          <p className="dataset-title">
            <LocalizedText original={model.index.dataset.meta.title} translations={model.index.dataset.meta.title_i18n} originalLang={model.index.dataset.meta.lang} />
          </p>
        </div>
        <FilterSummary model={model} />
        <a className="full-view-link" href={fullViewHref()} target="_blank" rel="noopener">
          {t('embed.fullView')}
          <span className="visually-hidden">{t('common.newTab')}</span>
        </a>
      </header>
      <main className="dashboard">
        <Notes loaded={loaded} model={model} />
        <div className="dashboard-grid">
          <TimelineRegion model={model} fillHeight />
          <MapRegion model={model} />
          <ChartsRegion model={model} />
          <DetailsRegion model={model} />
        </div>
      </main>
    </div>
  );
}

import { lazy, memo, Suspense } from 'react';
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
import { useDashboardModel } from '../state/dashboard-model';
import { useEscapeClearsSelection } from '../state/escape-clears';

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

/** The views a keyboard user can jump to from the top of the dashboard, past the long filter panel. */
const SKIP_TARGETS = [
  { id: 'view-timeline', label: 'Timeline' },
  { id: 'view-map', label: 'Map' },
  { id: 'view-charts', label: 'Charts' },
  { id: 'view-events', label: 'Events' },
  { id: 'view-details', label: 'Event details' },
] as const;

/** Moves the focus to a view's landmark without touching the address bar (the URL holds the filters). */
function skipTo(id: string) {
  document.getElementById(id)?.focus();
}

/**
 * The only place views are composed. Each view gets the same model and sits in its own
 * landmark and error boundary, so a broken view never blanks the page.
 */
export function Dashboard({ loaded }: { loaded: LoadedEvents }) {
  const model = useDashboardModel(loaded.index);
  useEscapeClearsSelection(model);
  return (
    <main className="dashboard">
      <nav className="skip-links" aria-label="Skip to a view">
        {SKIP_TARGETS.map(({ id, label }) => (
          <a
            key={id}
            href={`#${id}`}
            onClick={(event) => {
              event.preventDefault();
              skipTo(id);
            }}
          >
            Skip to {label}
          </a>
        ))}
      </nav>
      <RejectionReport rejected={loaded.rejected} loadedCount={loaded.index.events.length} />
      {model.notices.length > 0 && (
        <div className="url-notices" role="note" aria-label="Link notices">
          {model.notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </div>
      )}
      <div className="story-bar">
        <ErrorBoundary label="The story">
          <StoryBar model={model} />
        </ErrorBoundary>
        <ShareButtons model={model} />
      </div>
      <section className="region region-filters" aria-label="Filters">
        <ErrorBoundary label="The filters">
          <FiltersView model={model} />
          <ExportMenu model={model} />
        </ErrorBoundary>
      </section>
      <section id="view-timeline" tabIndex={-1} className="region region-timeline" aria-label="Timeline">
        <ErrorBoundary label="The playback controls">
          <PlaybackControls model={model} />
        </ErrorBoundary>
        <ErrorBoundary label="The timeline">
          <TimelineView model={model} />
        </ErrorBoundary>
      </section>
      <section id="view-map" tabIndex={-1} className="region region-map" aria-label="Map">
        <ErrorBoundary label="The map">
          <Suspense fallback={<p className="muted">Loading the map…</p>}>
            <MapView model={model} />
          </Suspense>
        </ErrorBoundary>
      </section>
      <section id="view-charts" tabIndex={-1} className="region region-charts" aria-label="Charts">
        <ErrorBoundary label="The charts">
          <Suspense fallback={<p className="muted">Loading the charts…</p>}>
            <ChartsView model={model} />
          </Suspense>
        </ErrorBoundary>
      </section>
      <section id="view-events" tabIndex={-1} className="region region-events" aria-label="Events">
        <ErrorBoundary label="The events list">
          <EventsListView model={model} />
        </ErrorBoundary>
      </section>
      <section id="view-details" tabIndex={-1} className="region region-details" aria-label="Event details">
        <ErrorBoundary label="The event details">
          <DetailsView model={model} />
        </ErrorBoundary>
      </section>
    </main>
  );
}

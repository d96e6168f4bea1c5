import { useEvents } from '../api/events-query';
import { DEFAULT_EVENTS_URL } from '../api/fetch-events';
import { LoadError } from '../features/load-report/load-error';
import { Dashboard } from './dashboard';

/** Loads the events file and shows the dashboard, a loading note or a clear error with Retry. */
export function App({ eventsUrl = DEFAULT_EVENTS_URL }: { eventsUrl?: string }) {
  const query = useEvents(eventsUrl);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Talks &amp; Strikes</h1>
        <p className="tagline">US-brokered Russia–Ukraine peace talks, and the strikes that went on while they were held.</p>
      </header>
      {query.isPending ? (
        <p className="loading" role="status">
          Loading events…
        </p>
      ) : query.isError ? (
        <LoadError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
      ) : (
        <Dashboard loaded={query.data} />
      )}
    </div>
  );
}

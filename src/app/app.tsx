import type { ReactNode } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { eventsQueryOptions } from '../api/events-query';
import { DEFAULT_EVENTS_URL, type LoadedEvents } from '../api/fetch-events';
import { DataPanel } from '../features/data-files/data-panel';
import { useDataUrl } from '../features/data-files/data-url-query';
import { LoadError } from '../features/load-report/load-error';
import { useDataSource } from '../state/data-source';
import { Dashboard } from './dashboard';
import { isEmbedMode } from './embed-mode';

/**
 * Shows the dashboard for the data chosen in the Data panel (Open file, in the top bar): the default events file, the file
 * named by `?data=` in the address, or a file the reader opened. While a file loads there is a
 * loading note; when it cannot be loaded, a clear error with Retry.
 */
export function App({ eventsUrl = DEFAULT_EVENTS_URL }: { eventsUrl?: string }) {
  const source = useDataSource();
  const defaultQuery = useQuery({ ...eventsQueryOptions(eventsUrl), enabled: source.kind === 'default' });
  const urlQuery = useDataUrl(source.kind === 'url' ? source.url : undefined);
  const embed = isEmbedMode();
  const dataPanel = embed ? undefined : <DataPanel source={source} urlData={urlQuery.data} />;
  const loading = (content: ReactNode) => (
    <>
      <header className="app-header">
        <h1>Talks &amp; Strikes</h1>
        <p className="tagline">US-brokered Russia–Ukraine peace talks, and the strikes that went on while they were held.</p>
      </header>
      {dataPanel}
      {content}
    </>
  );
  return (
    <div className="app">
      {source.kind === 'file' ? (
        <Dashboard key={`file-${source.serial}`} loaded={source.opened.loaded} dataPanel={dataPanel} dataPanelOpen />
      ) : source.kind === 'url' ? (
        <Loading key={`url-${source.url}`} query={urlQuery} loaded={urlQuery.data?.loaded} dataPanel={dataPanel} frame={loading} />
      ) : (
        <Loading key="default" query={defaultQuery} loaded={defaultQuery.data} dataPanel={dataPanel} frame={loading} />
      )}
    </div>
  );
}

/** The loading note, the error with Retry, or the dashboard, for one query. */
function Loading({ query, loaded, dataPanel, frame }: LoadingProps) {
  if (query.isPending) {
    return frame(
      <p className="loading" role="status">
        Loading events…
      </p>,
    );
  }
  if (query.isError) return frame(<LoadError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />);
  return loaded ? <Dashboard loaded={loaded} dataPanel={dataPanel} /> : frame(null);
}

interface LoadingProps {
  query: UseQueryResult<unknown>;
  loaded: LoadedEvents | undefined;
  dataPanel: ReactNode;
  /** The page around a note or an error: title and Open file, until a dashboard (with its own top bar) can show. */
  frame(content: ReactNode): ReactNode;
}

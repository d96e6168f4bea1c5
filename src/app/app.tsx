import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { dataQueryOptions, DEFAULT_EVENTS_URL, foreignOrigin, keepOnlyCurrentData, type DataSource } from '../api/data-query';
import { UpdateNotice } from '../features/app-update/update-notice';
import { NeedsColumnMapping } from '../domain/importers/column-mapping';
import { MARK, MarkedText } from '../components/marked-text';
import { DataPanel } from '../features/data-files/data-panel';
import { LinkedFileColumns } from '../features/data-files/linked-file-columns';
import { LoadError } from '../features/load-report/load-error';
import { backToDefaultData, useDataSource } from '../state/data-source';
import { useDocumentLanguage, useT } from '../state/i18n';
import { pageUrl } from '../state/url';
import { Dashboard } from './dashboard';
import { isEmbedMode } from './embed-mode';

/** A key that changes with the data, so every view starts afresh on new data. */
function sourceKey(source: DataSource): string {
  switch (source.kind) {
    case 'default':
      return 'default';
    case 'url':
      return `url-${source.url}`;
    case 'file':
      return `file-${source.serial}`;
  }
}

/**
 * Shows the dashboard for the data chosen: the default events file, the file named by `?data=`
 * in the address, or a file the reader opened (Open file, in the top bar); all three are one
 * query (see api/data-query.ts). While a file loads there is a loading note (with Cancel for a
 * linked file); when it cannot be loaded, a clear error with Retry; a linked file in no known
 * layout asks for its columns first.
 */
export function App({ eventsUrl = DEFAULT_EVENTS_URL }: { eventsUrl?: string }) {
  const source = useDataSource();
  const { t } = useT();
  useDocumentLanguage();
  // Data from another site is loaded only once the reader agrees (for this tab).
  const [approvedOrigins, setApprovedOrigins] = useState<ReadonlySet<string>>(() => new Set());
  const origin = source.kind === 'url' ? foreignOrigin(source.url, pageUrl()) : undefined;
  const mustAsk = origin !== undefined && !approvedOrigins.has(origin);
  const query = useQuery({ ...dataQueryOptions(source, pageUrl(), eventsUrl), enabled: !mustAsk });
  const queryClient = useQueryClient();
  useEffect(() => keepOnlyCurrentData(queryClient, source, pageUrl()), [queryClient, source]);

  const embed = isEmbedMode();
  const dataPanel = embed ? undefined : <DataPanel source={source} loaded={query.data} />;
  /** The page around a note or an error: title and Open file, until a dashboard (with its own top bar) can show. */
  const frame = (content: ReactNode) => (
    <>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </header>
      {dataPanel}
      {content}
    </>
  );

  let content: ReactNode;
  if (mustAsk) {
    content = frame(
      <ForeignDataQuestion
        origin={origin}
        address={source.kind === 'url' ? source.url : ''}
        onLoad={() => setApprovedOrigins((approved) => new Set(approved).add(origin))}
      />,
    );
  } else if (query.isPending) {
    content = frame(
      <div className="loading" role="status">
        <p>{source.kind === 'url' ? t('app.loadingUrl', { url: source.url }) : t('app.loadingEvents')}</p>
        {source.kind === 'url' && (
          <button type="button" onClick={backToDefaultData}>
            {t('app.cancelLoading')}
          </button>
        )}
      </div>,
    );
  } else if (query.isError && query.error instanceof NeedsColumnMapping && source.kind === 'url') {
    content = frame(<LinkedFileColumns url={source.url} sample={query.error} current={source.mapping} />);
  } else if (query.isError) {
    content = frame(<LoadError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />);
  } else {
    content = <Dashboard key={sourceKey(source)} loaded={query.data} dataPanel={dataPanel} dataPanelOpen={source.kind === 'file'} />;
  }
  return (
    <div className="app">
      <UpdateNotice />
      {content}
    </div>
  );
}

/**
 * Asked before a link makes the browser contact another site for its data: that server learns
 * the reader's IP address and that they opened the file (no referrer is sent).
 */
function ForeignDataQuestion({ origin, address, onLoad }: { origin: string; address: string; onLoad: () => void }) {
  const host = new URL(origin).host;
  const { t } = useT();
  return (
    <section className="foreign-data panel-error" role="alertdialog" aria-labelledby="foreign-data-title" aria-describedby="foreign-data-text">
      <h2 id="foreign-data-title">{t('foreign.title', { host })}</h2>
      <p id="foreign-data-text">
        <MarkedText words={t('foreign.text', { host, address: MARK })}>
          <code>{address}</code>
        </MarkedText>
      </p>
      <div className="foreign-data-actions">
        <button type="button" onClick={onLoad}>
          {t('foreign.load', { host })}
        </button>
        <button type="button" onClick={backToDefaultData}>
          {t('foreign.default')}
        </button>
      </div>
    </section>
  );
}

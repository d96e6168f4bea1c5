/** The panel shown when the events file could not be loaded at all: what happened and a Retry. */
export function LoadError({ error, retrying, onRetry }: { error: Error; retrying: boolean; onRetry: () => void }) {
  return (
    <div role="alert" className="panel-error load-error">
      <h2>The events could not be loaded</h2>
      <p>{error.message}</p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}

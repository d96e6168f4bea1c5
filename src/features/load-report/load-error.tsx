import { describeError } from '../../domain/core/problem';
import { useT } from '../../state/i18n';

/** The panel shown when the events file could not be loaded at all: what happened and a Retry. */
export function LoadError({ error, retrying, onRetry }: { error: Error; retrying: boolean; onRetry: () => void }) {
  const tr = useT();
  const { t } = tr;
  return (
    <div role="alert" className="panel-error load-error">
      <h2>{t('loadError.title')}</h2>
      <p>{describeError(error, tr)}</p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('loadError.retrying') : t('loadError.retry')}
      </button>
    </div>
  );
}

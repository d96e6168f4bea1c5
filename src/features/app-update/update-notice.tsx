import { dismissUpdate, reloadToUpdate, useAppUpdate } from '../../state/app-update';
import { useT } from '../../state/i18n';

/**
 * Says when a new version of the app has been deployed and is ready: Reload switches to it,
 * Later keeps the page as it is (the new version is used on the next visit).
 */
export function UpdateNotice() {
  const { updateReady } = useAppUpdate();
  const { t } = useT();
  if (!updateReady) return null;
  return (
    <div className="update-notice" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" onClick={reloadToUpdate}>
        {t('update.reload')}
      </button>
      <button type="button" onClick={dismissUpdate}>
        {t('update.later')}
      </button>
    </div>
  );
}

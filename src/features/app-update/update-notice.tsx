import { dismissUpdate, reloadToUpdate, useAppUpdate } from '../../state/app-update';

/**
 * Says when a new version of the app has been deployed and is ready: Reload switches to it,
 * Later keeps the page as it is (the new version is used on the next visit).
 */
export function UpdateNotice() {
  const { updateReady } = useAppUpdate();
  if (!updateReady) return null;
  return (
    <div className="update-notice" role="status">
      <p>A new version of Talks &amp; Strikes is ready.</p>
      <button type="button" onClick={reloadToUpdate}>
        Reload to update
      </button>
      <button type="button" onClick={dismissUpdate}>
        Later
      </button>
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { citeView, localizedDatasetTitle } from '../../domain/share/citation';
import { MARK, MarkedText } from '../../components/marked-text';
import type { MessageId } from '../../domain/core/i18n/translator';
import type { DashboardModel } from '../../state/dashboard-model';
import { useT } from '../../state/i18n';
import { useOpenedFileName } from '../../state/data-source';
import { pageUrl } from '../../state/url';
import { embedCode } from './embed-code';
import './share.css';

type What = 'link' | 'citation' | 'embed code';

const COPIED: Record<What, MessageId> = { link: 'share.copied.link', citation: 'share.copied.citation', 'embed code': 'share.copied.embed' };
const FIELD_LABEL: Record<What, MessageId> = { link: 'share.field.link', citation: 'share.field.citation', 'embed code': 'share.field.embed' };
const NO_CLIPBOARD: Record<What, MessageId> = {
  link: 'share.noClipboard.link',
  citation: 'share.noClipboard.citation',
  'embed code': 'share.noClipboard.embed',
};

interface Fallback {
  what: What;
  text: string;
}

/** Writes to the clipboard; false when the browser has no clipboard or refuses (insecure page, no permission). */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Copy link" (the address of this exact view), "Copy citation" (dates, filters, permalink,
 * attribution, access date) and "Copy embed code" (an <iframe> of this view for an article). Without a clipboard, the text appears in a field, selected, to copy by hand.
 */
export function ShareButtons({ model }: { model: DashboardModel }) {
  const tr = useT();
  const { t } = tr;
  const [status, setStatus] = useState<MessageId | ''>('');
  const [fallback, setFallback] = useState<Fallback | undefined>(undefined);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  const noteId = useId();
  // An opened file lives only in this browser: a link cannot carry it, and must not pretend to.
  const openedFile = useOpenedFileName();
  const describedBy = openedFile ? noteId : undefined;

  const copy = async (what: What) => {
    const permalink = pageUrl();
    const text =
      what === 'link'
        ? permalink
        : what === 'citation'
          ? citeView(model.filters, model.index, permalink, new Date(), tr)
          : embedCode(permalink, localizedDatasetTitle(model.index, tr));
    setStatus(''); // So a second "Link copied" is announced again.
    if (await writeClipboard(text)) {
      setFallback(undefined);
      setStatus(COPIED[what]);
    } else {
      setFallback({ what, text });
      setStatus(NO_CLIPBOARD[what]);
    }
  };

  useEffect(() => {
    if (!fallback) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [fallback]);

  return (
    <div className="share" role="group" aria-label={t('share.label')}>
      {openedFile && (
        <p id={noteId} className="share-file-note">
          <MarkedText words={t('share.fileNote', { file: MARK })}>
            <strong>{openedFile}</strong>
          </MarkedText>
        </p>
      )}
      <div className="share-buttons">
        <button type="button" onClick={() => void copy('link')} aria-describedby={describedBy}>
          {openedFile ? t('share.copyLinkDefault') : t('share.copyLink')}
        </button>
        <button type="button" onClick={() => void copy('citation')} aria-describedby={describedBy}>
          {openedFile ? t('share.copyCitationDefault') : t('share.copyCitation')}
        </button>
        <button type="button" onClick={() => void copy('embed code')} aria-describedby={describedBy}>
          {openedFile ? t('share.copyEmbedDefault') : t('share.copyEmbed')}
        </button>
      </div>
      <p className="share-status" role="status">
        {status === '' ? '' : t(status)}
      </p>
      {fallback && (
        <div className="share-fallback">
          <label htmlFor={fieldId}>{t(FIELD_LABEL[fallback.what])}</label>
          <textarea id={fieldId} ref={fieldRef} readOnly rows={fallback.what === 'link' ? 2 : 4} value={fallback.text} />
        </div>
      )}
    </div>
  );
}


import { useEffect, useId, useRef, useState } from 'react';
import { citeView } from '../../domain/share/citation';
import type { DashboardModel } from '../../state/dashboard-model';
import { useOpenedFileName } from '../../state/data-source';
import { pageUrl } from '../../state/url';
import { embedCode } from './embed-code';
import './share.css';

type What = 'link' | 'citation' | 'embed code';

const COPIED: Record<What, string> = { link: 'Link copied', citation: 'Citation copied', 'embed code': 'Embed code copied' };
const FIELD_LABEL: Record<What, string> = { link: 'Link to this view', citation: 'Citation', 'embed code': 'Embed code' };

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
  const [status, setStatus] = useState('');
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
          ? citeView(model.filters, model.index, permalink, new Date())
          : embedCode(permalink, model.index.dataset.meta.title);
    setStatus(''); // So a second "Link copied" is announced again.
    if (await writeClipboard(text)) {
      setFallback(undefined);
      setStatus(COPIED[what]);
    } else {
      setFallback({ what, text });
      setStatus(`The clipboard is not available here: copy the ${what} from the field below.`);
    }
  };

  useEffect(() => {
    if (!fallback) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [fallback]);

  return (
    <div className="share" role="group" aria-label="Share this view">
      {openedFile && (
        <p id={noteId} className="share-file-note">
          This view shows <strong>{openedFile}</strong>, a file opened in this browser. A link cannot carry the file: whoever opens
          it sees the default data. To share what you see, export the data (Export, JSON) and send the file, or put it online and
          link to it with <code>?data=</code>.
        </p>
      )}
      <div className="share-buttons">
        <button type="button" onClick={() => void copy('link')} aria-describedby={describedBy}>
          {openedFile ? 'Copy link to the default data' : 'Copy link'}
        </button>
        <button type="button" onClick={() => void copy('citation')} aria-describedby={describedBy}>
          {openedFile ? 'Copy citation of the default data' : 'Copy citation'}
        </button>
        <button type="button" onClick={() => void copy('embed code')} aria-describedby={describedBy}>
          {openedFile ? 'Copy embed code for the default data' : 'Copy embed code'}
        </button>
      </div>
      <p className="share-status" role="status">
        {status}
      </p>
      {fallback && (
        <div className="share-fallback">
          <label htmlFor={fieldId}>{FIELD_LABEL[fallback.what]}</label>
          <textarea id={fieldId} ref={fieldRef} readOnly rows={fallback.what === 'link' ? 2 : 4} value={fallback.text} />
        </div>
      )}
    </div>
  );
}

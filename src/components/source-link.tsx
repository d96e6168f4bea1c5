import { isHttpUrl } from '../domain/core/dataset-schema';
import type { Source } from '../domain/core/model';
import { useT } from '../state/i18n';

/** A source as a link when (and only when) its url is http(s); otherwise plain text. */
export function SourceLink({ source }: { source: Source }) {
  const { t } = useT();
  // ACLED-style sources repeat the publisher as the title: name it once.
  const label = source.publisher && source.publisher !== source.title ? `${source.title} (${source.publisher})` : source.title;
  if (source.url !== undefined && isHttpUrl(source.url)) {
    return (
      <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
        {label}
        <span className="visually-hidden">{t('common.newTab')}</span>
      </a>
    );
  }
  return (
    <span>
      {label} <span className="muted">{t('common.noLink')}</span>
    </span>
  );
}

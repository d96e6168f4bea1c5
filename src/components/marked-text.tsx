import type { ReactNode } from 'react';

/** Stands in a catalog message for the part that is not plain text (a bold name, a code). */
export const MARK = '\u0000';

/**
 * A translated sentence with a rich part where the catalog put its placeholder, so each
 * language keeps its own word order: `<MarkedText words={t('timeline.selected', { title: MARK })}>`.
 */
export function MarkedText({ words, children }: { words: string; children: ReactNode }) {
  const [before = '', after = ''] = words.split(MARK);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}

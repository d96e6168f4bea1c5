/**
 * The words every way of sharing uses when the data shown came from a file opened in this
 * browser: a link never carries that file, so whoever opens the link sees the default data.
 * Copy link, Copy citation, the data exports and the published images all say it the same way.
 */
import { ENGLISH, type Translator } from '../core/i18n/translator';

/**
 * One plain sentence naming the file, in `tr`'s language.
 * @example fileNotInLinkNote('mine.csv') // 'This link opens the default data, not “mine.csv”: a file opened in this browser is not in the link.'
 */
export function fileNotInLinkNote(fileName: string, tr: Translator = ENGLISH): string {
  return tr.t('share.fileNotInLink', { file: fileName });
}

/**
 * The permalink as an export or an image prints it: unchanged for the default data or a `?data=`
 * link, followed by the note when an opened file is shown.
 * @example permalinkWithNote('https://x/?place=kyiv', undefined) // 'https://x/?place=kyiv'
 */
export function permalinkWithNote(permalink: string, openedFileName: string | undefined, tr: Translator = ENGLISH): string {
  return openedFileName === undefined ? permalink : `${permalink} (${fileNotInLinkNote(openedFileName, tr)})`;
}

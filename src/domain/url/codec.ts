/**
 * A URL codec owns a group of keys (the filters, the playback, the story, …): it declares them,
 * reads them with fallbacks (junk is dropped with a notice, never an error) and writes them
 * (defaults left out so links stay short). The URL state combines one codec per group.
 */
import type { Translator } from '../core/i18n/translator';

export interface UrlCodec<T> {
  /** Every key this codec reads and writes; writing first removes all of them. */
  readonly keys: readonly string[];
  /** Reads the group's value; ignored values are reported in reader-facing notices, in `tr`'s language (English by default). */
  decode(params: URLSearchParams, tr?: Translator): { value: T; notices: string[] };
  /** Sets the group's keys for `value` on `params` (whose keys of this group are already removed). */
  encode(value: T, params: URLSearchParams): void;
}

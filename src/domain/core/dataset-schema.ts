/**
 * The events data contract, version 1.1 (docs/data-format.md), as zod schemas. 1.1 adds only
 * optional translation maps and languages, so every 1.0 file is a valid 1.1 file.
 * The schemas describe the JSON on disk; `parse-dataset.ts` turns it into the records the app uses.
 */
import './zod-config';
import * as z from 'zod';
import { DATE_PRECISIONS, isCalendarDate } from './calendar-date';
import { isLanguageTag } from './localized';
import { schemaMessage } from './schema-problems';

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, schemaMessage('problem.schema.calendarDate'));

/** True for absolute http: or https: URLs, the only links the app will ever make clickable. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const nonEmptyText = z.string().trim().min(1, schemaMessage('problem.schema.notEmpty'));

/** The versions of the contract this app reads: 1 (1.0) and 1.1. */
export const SCHEMA_VERSIONS = [1, 1.1] as const;
/** The version the app writes. */
export const CURRENT_SCHEMA_VERSION = 1.1;

export const languageTagSchema = z
  .string()
  .refine(isLanguageTag, schemaMessage('problem.schema.languageTag'));

/**
 * Translations of one text keyed by language tag: `{ "uk": "…", "ru": "…" }`. A bad key (which
 * includes `__proto__`) is an issue, never a property of the parsed object.
 */
export const translationsSchema = z
  .record(z.string(), z.string().refine((text) => text.trim() !== '', schemaMessage('problem.schema.emptyTranslation')))
  .superRefine((translations, ctx) => {
    for (const tag of Object.keys(translations)) {
      if (!isLanguageTag(tag)) ctx.addIssue({ code: 'custom', path: [tag], ...schemaMessage('problem.schema.languageTagKey', { tag }) });
    }
  });

export const actorSchema = z.object({
  id: z.string().regex(KEBAB_ID, schemaMessage('problem.schema.actorId')),
  name: nonEmptyText,
  kind: z.enum(['state', 'person', 'organization']),
  affiliation: z.string().regex(KEBAB_ID).optional(),
  name_i18n: translationsSchema.optional(),
});

export const placeSchema = z.object({
  id: z.string().regex(KEBAB_ID, schemaMessage('problem.schema.placeId')),
  name: nonEmptyText,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  country: z.string(),
  name_i18n: translationsSchema.optional(),
});

const figureNumber = z.number().finite().nonnegative();

/** A figure on disk: a number, a `{min,max}` range, or `{value}`, each with an optional note. */
export const figureSchema = z.union([
  figureNumber,
  z
    .object({ min: figureNumber, max: figureNumber, note: z.string().optional() })
    .refine((range) => range.min <= range.max, schemaMessage('problem.schema.minAboveMax')),
  z.object({ value: figureNumber, note: z.string().optional() }),
]);

export const sourceSchema = z.object({
  title: nonEmptyText,
  publisher: z.string().optional(),
  url: z.string().refine(isHttpUrl, schemaMessage('problem.schema.httpUrl')).optional(),
});

export const eventActorSchema = z.object({
  id: z.string().regex(KEBAB_ID),
  role: z.string().trim().min(1),
});

export const eventSchema = z
  .object({
    id: nonEmptyText,
    date: calendarDateSchema,
    endDate: calendarDateSchema.optional(),
    datePrecision: z.enum(DATE_PRECISIONS),
    category: z.string().regex(KEBAB_ID, schemaMessage('problem.schema.category')),
    title: nonEmptyText,
    summary: z.string(),
    // 1.1: translations, and the language of title and summary when not the dataset's.
    title_i18n: translationsSchema.optional(),
    summary_i18n: translationsSchema.optional(),
    lang: languageTagSchema.optional(),
    actors: z.array(eventActorSchema),
    place: z.string().nullable(),
    geoNote: z.string().optional(),
    figures: z.record(z.string(), figureSchema),
    otherFigures: z.string().optional(),
    // Optional and ignored by older readers, so files with it stay version 1.
    attributes: z.record(z.string().min(1), z.string()).optional(),
    sources: z.array(sourceSchema).min(1, schemaMessage('problem.schema.noSource')),
    confidence: z.string(),
  })
  .refine((event) => event.endDate === undefined || event.endDate >= event.date, {
    ...schemaMessage('problem.schema.endBeforeDate'),
    path: ['endDate'],
  })
  .refine((event) => event.sources.some((source) => source.url !== undefined), {
    ...schemaMessage('problem.schema.noHttpSource'),
    path: ['sources'],
  });

export const datasetMetaSchema = z.object({
  schemaVersion: z.union([z.literal(SCHEMA_VERSIONS[0]), z.literal(SCHEMA_VERSIONS[1])]),
  title: nonEmptyText,
  description: z.string(),
  updated: calendarDateSchema,
  attribution: z.string(),
  /** The language of the file's texts (default "en"). */
  lang: languageTagSchema.optional(),
  title_i18n: translationsSchema.optional(),
  description_i18n: translationsSchema.optional(),
});

export type ActorInput = z.infer<typeof actorSchema>;
export type PlaceInput = z.infer<typeof placeSchema>;
export type FigureInput = z.infer<typeof figureSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type EventInput = z.infer<typeof eventSchema>;
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** The whole file as written on disk (what exporters produce). */
export interface DatasetFile extends DatasetMeta {
  actors: ActorInput[];
  places: PlaceInput[];
  events: EventInput[];
}

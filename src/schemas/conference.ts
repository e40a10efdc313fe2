/**
 * content/conferences/*.mdx — conference and meeting reports (hội nghị, sơ kết, tổng kết).
 * The JSDoc of each field is the editor's reference.
 */
import { z } from 'astro/zod';
import { isoDate, partialDate, partialDateOrUnknown, slug, slugList, text } from './fields.ts';

export const CONFERENCE_KINDS = {
  'so-ket': 'Sơ kết',
  'tong-ket': 'Tổng kết',
  'khao-sat': 'Khảo sát',
  hop: 'Cuộc họp',
  'hoi-nghi': 'Hội nghị',
  'bai-viet': 'Bài viết',
} as const;

/**
 * A feature article (`bai-viet`) reviews a period, not an event: it has no `held` and no
 * `organizer`. Every other kind reports an event and needs both (checked in src/validate/cross.ts,
 * where the whole entry is seen).
 */
export const ARTICLE_KINDS: ReadonlySet<string> = new Set(['bai-viet']);

/**
 * The date a report is listed, sorted and filed under: when the event was held, or, for a
 * feature article, when it was published; undefined when the sources give neither.
 */
export function reportDate(data: { held?: string; published?: string }): string | undefined {
  return data.held ?? data.published;
}

/** True when a report of this kind is about an event (held on a date, by an organizer). */
export function isEventKind(kind: string): boolean {
  return !ARTICLE_KINDS.has(kind);
}

export type ConferenceKind = keyof typeof CONFERENCE_KINDS;
const conferenceKinds = Object.keys(CONFERENCE_KINDS) as [ConferenceKind, ...ConferenceKind[]];

export const chairSchema = z.strictObject({
  /** Full name, e.g. `Lê Đức Thọ`. */
  name: text,
  /** Post as the report gives it, e.g. `Bí thư Tỉnh ủy`. */
  role: text,
});

export const sourceSchema = z.strictObject({
  /** Who published the report: a portal, newspaper or journal. */
  publisher: text,
  /** Address of the original, if public. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Author as credited. */
  author: text.optional(),
  /** Date the editor took it from the source, `YYYY-MM-DD`. */
  retrieved: isoDate.optional(),
});

export const imageSchema = z.strictObject({
  /** Path of the image file, relative to the article (e.g. `./anh/hoi-nghi.jpg`). */
  src: text,
  /** Text alternative describing what the image shows (required; a credit is not an alt text). */
  alt: text,
  /** Caption shown under the image. */
  caption: text.optional(),
  /** Credit, e.g. `Ảnh: Hồng Quốc`. */
  credit: text.optional(),
});

export const conferenceSchema = z.strictObject({
  /** Headline. */
  title: text,
  /**
   * `so-ket` (interim review), `tong-ket` (final review), `khao-sat` (survey), `hop` (meeting),
   * `hoi-nghi` (other conference): an event. `bai-viet`: a feature article about a period, when
   * no event took place (then no `held`, no `organizer`).
   */
  kind: z.enum(conferenceKinds),
  /**
   * Date of the event: `2021-09-23`, or `2021-09` / `2021` when the source gives only the month
   * or the year. Required for events; left out for `bai-viet`.
   */
  held: partialDate.optional(),
  /**
   * Date the report was published (often later than `held`), as far as the source gives it:
   * `2021-09-24`, `2021-09`, `2021`, or `unknown` when it carries no date (shown "chưa rõ ngày").
   */
  published: partialDateOrUnknown,
  /** Id of the locality the event concerns (`unknown-…` ids when the source does not say). */
  unit: slug,
  /** Body that held it. Required for events; left out for `bai-viet`. */
  organizer: text.optional(),
  /** Who chaired it: list of `{ name, role }`. */
  chairs: z.array(chairSchema).optional(),
  /** Ids of documents reviewed or implemented. */
  documents: slugList.optional(),
  /** Where the report comes from. */
  source: sourceSchema,
  /** Ids of rows in data/observations.csv that this report gives. */
  observations: slugList.optional(),
  /** One or two sentences for lists, feeds and the page description (tóm tắt). */
  summary: text.optional(),
  /** `true` to feature it on the home page (tin nổi bật). */
  featured: z.boolean().optional(),
  /** `true` keeps it out of the public site (preview only); a draft passes the check with warnings for what publication still needs. */
  draft: z.boolean().optional(),
  /** Photos: `{ src, alt, caption?, credit? }`. */
  images: z.array(imageSchema).optional(),
});

export type ConferenceData = z.output<typeof conferenceSchema>;

/**
 * content/conferences/*.mdx — conference and meeting reports (hội nghị, sơ kết, tổng kết).
 * The JSDoc of each field is the editor's reference.
 */
import { z } from 'astro/zod';
import { isoDate, slug, slugList, text } from './fields.ts';

export const CONFERENCE_KINDS = {
  'so-ket': 'Sơ kết',
  'tong-ket': 'Tổng kết',
  'khao-sat': 'Khảo sát',
  hop: 'Cuộc họp',
  'hoi-nghi': 'Hội nghị',
} as const;

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
  /** `so-ket` (interim review), `tong-ket` (final review), `khao-sat` (survey), `hop` (meeting), `hoi-nghi` (other). */
  kind: z.enum(conferenceKinds),
  /** Date of the event, `YYYY-MM-DD`. */
  held: isoDate,
  /** Date the report was published (often later than `held`). */
  published: isoDate,
  /** Id of the locality the event concerns (`unknown-…` ids when the source does not say). */
  unit: slug,
  /** Body that held it. */
  organizer: text,
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

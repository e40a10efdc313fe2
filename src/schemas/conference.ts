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
 * `organizer`. Every other kind reports an event and needs both (checked in src/checks/cross.ts,
 * where the whole entry is seen).
 */
const ARTICLE_KINDS: ReadonlySet<string> = new Set(['bai-viet']);

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
  /**
   * Full name, e.g. `Lê Đức Thọ`.
   * @label Họ và tên
   */
  name: text,
  /**
   * Post as the report gives it, e.g. `Bí thư Tỉnh ủy`.
   * @label Chức vụ
   * @hint Như bài viết ghi, ví dụ Bí thư Tỉnh ủy.
   */
  role: text,
});

export const sourceSchema = z.strictObject({
  /**
   * Who published the report: a portal, newspaper or journal.
   * @label Nơi đăng
   * @hint Cổng thông tin, báo hoặc tạp chí đã đăng bài gốc.
   */
  publisher: text,
  /**
   * Address of the original, if public.
   * @label Địa chỉ bài gốc
   * @hint Bắt đầu bằng https://, nếu bài gốc công khai.
   */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Author as credited.
   * @label Tác giả
   * @hint Như bài gốc ghi.
   */
  author: text.optional(),
  /**
   * Date the editor took it from the source, `YYYY-MM-DD`.
   * @label Ngày lấy tin
   */
  retrieved: isoDate.optional(),
});

export const imageSchema = z.strictObject({
  /**
   * Path of the image file, relative to the article (e.g. `./anh/hoi-nghi.jpg`).
   * @label Tệp ảnh
   * @widget image
   */
  src: text,
  /**
   * Text alternative describing what the image shows (required; a credit is not an alt text).
   * @label Mô tả ảnh (bắt buộc)
   * @hint Ảnh cho thấy gì, cho người không xem được ảnh. "Ảnh: Hồng Quốc" là tác giả, không phải mô tả.
   */
  alt: text,
  /**
   * Caption shown under the image.
   * @label Chú thích ảnh
   */
  caption: text.optional(),
  /**
   * Credit, e.g. `Ảnh: Hồng Quốc`.
   * @label Tác giả ảnh
   * @hint Ví dụ Ảnh: Hồng Quốc.
   */
  credit: text.optional(),
});

export const conferenceSchema = z.strictObject({
  /**
   * Headline.
   * @label Tiêu đề
   */
  title: text,
  /**
   * `so-ket` (interim review), `tong-ket` (final review), `khao-sat` (survey), `hop` (meeting),
   * `hoi-nghi` (other conference): an event. `bai-viet`: a feature article about a period, when
   * no event took place (then no `held`, no `organizer`).
   * @label Loại bài
   */
  kind: z.enum(conferenceKinds),
  /**
   * Date of the event: `2021-09-23`, or `2021-09` / `2021` when the source gives only the month
   * or the year. Required for events (a draft may leave it blank: a warning until `draft` is
   * removed); left out for `bai-viet`.
   * @label Ngày diễn ra
   * @hint Ngày, hoặc chỉ tháng (2021-09) hay năm (2021) nếu nguồn chỉ nói đến đó; để trống với bài viết (bai-viet).
   */
  held: partialDate.optional(),
  /**
   * Date the report was published (often later than `held`), as far as the source gives it:
   * `2021-09-24`, `2021-09`, `2021`, or `unknown` when it carries no date (shown "chưa rõ ngày").
   * @label Ngày đăng
   * @hint Thường sau ngày diễn ra; bài có ngày đăng trong tương lai chỉ xuất bản từ ngày đó. Ghi unknown nếu nguồn không ghi ngày.
   */
  published: partialDateOrUnknown,
  /**
   * Id of the locality the event concerns (`unknown-…` ids when the source does not say).
   * @label Địa phương
   * @hint Địa phương mà hội nghị nói về (data/units.csv).
   * @ref units
   */
  unit: slug,
  /**
   * Body that held it. Required for events; left out for `bai-viet`.
   * @label Cơ quan tổ chức
   */
  organizer: text.optional(),
  /**
   * Who chaired it: list of `{ name, role }`.
   * @label Người chủ trì
   */
  chairs: z.array(chairSchema).optional(),
  /**
   * Ids of documents reviewed or implemented.
   * @label Văn bản được sơ kết, thực hiện
   * @ref documents
   */
  documents: slugList.optional(),
  /**
   * Where the report comes from.
   * @label Nguồn tin
   * @hint Bài gốc lấy từ đâu.
   */
  source: sourceSchema,
  /**
   * Ids of rows in data/observations.csv that this report gives.
   * @label Số liệu bài nêu
   * @hint Chọn mã các dòng trong data/observations.csv; số liệu sửa trong bảng CSV, không sửa ở đây.
   * @ref observations
   */
  observations: slugList.optional(),
  /**
   * One or two sentences for lists, feeds and the page description (tóm tắt).
   * @label Tóm tắt
   * @hint Một, hai câu cho danh sách, RSS và mô tả trang.
   * @widget text
   */
  summary: text.optional(),
  /**
   * `true` to feature it on the home page (tin nổi bật).
   * @label Tin nổi bật
   * @hint Đưa lên mục tin nổi bật của trang chủ.
   */
  featured: z.boolean().optional(),
  /**
   * `true` keeps it out of the public site (preview only); a draft passes the check with warnings for what publication still needs.
   * @label Bản nháp
   * @hint Bật: chưa xuất bản, chỉ thấy khi xem trước. Tắt khi bài đã đủ để đăng.
   */
  draft: z.boolean().optional(),
  /**
   * Photos: `{ src, alt, caption?, credit? }`.
   * @label Ảnh
   */
  images: z.array(imageSchema).optional(),
});

export type ConferenceData = z.output<typeof conferenceSchema>;

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
   * `so-ket` (interim review), `tong-ket` (final review), `khao-sat` (survey), `hop` (meeting), `hoi-nghi` (other).
   * @label Loại bài
   */
  kind: z.enum(conferenceKinds),
  /**
   * Date of the event, `YYYY-MM-DD`.
   * @label Ngày diễn ra
   */
  held: isoDate,
  /**
   * Date the report was published (often later than `held`).
   * @label Ngày đăng
   * @hint Thường sau ngày diễn ra; bài có ngày đăng trong tương lai chỉ xuất bản từ ngày đó.
   */
  published: isoDate,
  /**
   * Id of the locality the event concerns (`unknown-…` ids when the source does not say).
   * @label Địa phương
   * @hint Địa phương mà hội nghị nói về (data/units.csv).
   * @ref units
   */
  unit: slug,
  /**
   * Body that held it.
   * @label Cơ quan tổ chức
   */
  organizer: text,
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
   * `true` keeps it out of the public site (preview only).
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

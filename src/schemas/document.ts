/**
 * content/documents/*.mdx — documents (văn bản): resolutions, conclusions, projects, plans,
 * schemes, decisions. One file per document; the file name is its id. The JSDoc of each field
 * is the editor's reference.
 */
import { z } from 'astro/zod';
import { isoDate, partialDateOrUnknown, slug, slugList, text } from './fields.ts';

/** Kinds of document and the type code each carries inside its number (`34-KL/TW` → KL). */
export const DOCUMENT_KINDS = {
  'nghi-quyet': { code: 'NQ', label: 'Nghị quyết' },
  'ket-luan': { code: 'KL', label: 'Kết luận' },
  'de-an': { code: 'ĐA', label: 'Đề án' },
  'ke-hoach': { code: 'KH', label: 'Kế hoạch' },
  'phuong-an': { code: 'PA', label: 'Phương án' },
  'quyet-dinh': { code: 'QĐ', label: 'Quyết định' },
  'chi-thi': { code: 'CT', label: 'Chỉ thị' },
  'quy-dinh': { code: 'QĐi', label: 'Quy định' },
  'huong-dan': { code: 'HD', label: 'Hướng dẫn' },
  'thong-bao': { code: 'TB', label: 'Thông báo' },
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;
export const documentKinds = Object.keys(DOCUMENT_KINDS) as [DocumentKind, ...DocumentKind[]];

export const DOCUMENT_STATUSES = {
  'in-force': 'Còn hiệu lực',
  superseded: 'Đã được thay thế',
  expired: 'Hết hiệu lực',
} as const;

export type DocumentStatus = keyof typeof DOCUMENT_STATUSES;
const documentStatuses = Object.keys(DOCUMENT_STATUSES) as [DocumentStatus, ...DocumentStatus[]];

export const DOCUMENT_SOURCE_TYPES = {
  'official-text': 'Văn bản gốc',
  gazette: 'Công báo',
  report: 'Bài viết viện dẫn văn bản',
} as const;

type DocumentSourceType = keyof typeof DOCUMENT_SOURCE_TYPES;
const documentSourceTypes = Object.keys(DOCUMENT_SOURCE_TYPES) as [DocumentSourceType, ...DocumentSourceType[]];

/**
 * Where a document's metadata comes from. Many documents are known only through a report that
 * cites them; a reader must be able to tell that from a date read off the official text.
 */
export const documentSourceSchema = z.strictObject({
  /**
   * `official-text` (the document itself), `gazette` (công báo or an official publication of
   * texts), `report` (an article of this site's reports that cites the document; name it in `report`).
   * @label Loại nguồn
   */
  type: z.enum(documentSourceTypes),
  /**
   * For `type: report`: id of the report in content/conferences that cites the document.
   * @label Bài viện dẫn
   * @hint Với loại nguồn report: mã bài (content/conferences) có nhắc đến văn bản.
   */
  report: slug.optional(),
  /**
   * Who publishes the text (for `official-text`, `gazette`): `Công báo`, a portal of legal texts.
   * @label Nơi công bố
   */
  publisher: text.optional(),
  /**
   * Address of the text or the gazette issue, if public.
   * @label Địa chỉ
   */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Date the editor read it, `YYYY-MM-DD`.
   * @label Ngày truy cập
   */
  retrieved: isoDate.optional(),
  /**
   * What the source gives and does not: `Nguồn không nêu ngày ban hành và trích yếu.`
   * @label Ghi chú về nguồn
   */
  note: text.optional(),
});

export const documentSchema = z.strictObject({
  /**
   * The number exactly as printed: `34-KL/TW`, `02-NQ/TU`, `3903/PA-UBND`, `01-ĐA/TU`.
   * @label Số hiệu
   * @hint Đúng như bản in: 34-KL/TW, 02-NQ/TU, 3903/PA-UBND, 01-ĐA/TU.
   */
  number: text,
  /**
   * Kind of document; must agree with the type code inside `number` (NQ → nghi-quyet, KL → ket-luan…).
   * @label Loại văn bản
   * @hint Phải khớp mã loại trong số hiệu: NQ là nghị quyết, KL là kết luận, ĐA là đề án…
   */
  kind: z.enum(documentKinds),
  /**
   * The body that issued it, as a reader would name it: `Bộ Chính trị`, `Tỉnh ủy Bến Tre`.
   * @label Cơ quan ban hành
   * @hint Như người đọc gọi: Bộ Chính trị, Tỉnh ủy Bến Tre, UBND tỉnh Bến Tre.
   */
  issuer: text,
  /**
   * Id of the locality (data/units.csv) whose body issued it; `viet-nam` for central documents.
   * @label Địa phương ban hành
   * @hint Chọn trong danh sách địa phương (data/units.csv); văn bản Trung ương chọn Việt Nam.
   * @ref units
   */
  unit: slug,
  /**
   * Date of issue as far as the sources give it: `2018-08-07`; `2021-09` when only the month is
   * known; `2021` when only the year is; `unknown` when no source dates it (shown "chưa rõ ngày").
   * Never the date of the meeting or article that cites it.
   * @label Ngày ban hành
   * @hint Ngày, hoặc chỉ tháng (2021-09) hay năm (2021) nếu nguồn chỉ nói đến đó; unknown nếu không nguồn nào cho biết.
   */
  issued: partialDateOrUnknown,
  /**
   * The summary line (trích yếu).
   * @label Trích yếu
   * @hint Dòng tóm tắt nội dung in dưới số hiệu.
   */
  title: text,
  /**
   * The Party term (khóa), e.g. `XII`.
   * @label Khóa
   * @hint Số La Mã, ví dụ XII. Để trống nếu không có.
   */
  term: z
    .string()
    .regex(/^[IVXLC]+$/, 'số La Mã: X, XII / a Roman numeral')
    .optional(),
  /**
   * Ids of documents this one carries out (a plan implementing a project), as a source states it.
   * The only way one document is shown as carrying out another: a document named in the summary
   * below is a link from this page, never a relation. A document cannot carry out one issued
   * after it (the check reports it).
   * @label Thực hiện văn bản
   * @hint Các văn bản mà văn bản này triển khai thực hiện, theo nguồn. Văn bản chỉ được nhắc trong phần tóm tắt không phải là quan hệ.
   * @ref documents
   */
  implements: slugList.optional(),
  /**
   * Ids of documents it replaces, as a source states it (never one issued after it).
   * @label Thay thế văn bản
   * @hint Các văn bản bị văn bản này thay thế, theo nguồn.
   * @ref documents
   */
  supersedes: slugList.optional(),
  /**
   * Legal force, only when a source says so: `in-force`, `superseded`, `expired`. No default:
   * left out, the site says nothing about legal force (no row on the page, nothing in its
   * structured data). A status needs `source` (where it comes from), shown beside it.
   * @label Hiệu lực
   * @hint Chỉ ghi khi có nguồn nói rõ (ghi cả Nguồn thông tin văn bản); để trống thì trang không nói gì về hiệu lực.
   */
  status: z.enum(documentStatuses).optional(),
  /**
   * Other names readers use for it, e.g. `Nghị quyết Trung ương 6 khóa XII`; used to recognise mentions.
   * @label Tên gọi khác
   * @hint Tên người đọc hay dùng, ví dụ Nghị quyết Trung ương 6 khóa XII; dùng để nhận ra khi bài viết nhắc đến.
   */
  names: z.array(text).optional(),
  /**
   * Free keywords, lowercase ASCII kebab-case.
   * @label Từ khóa
   * @hint Chữ thường không dấu, gạch ngang: kiem-nhiem.
   */
  tags: slugList.optional(),
  /**
   * Where this page's facts about the document (date, summary line, term, links to other
   * documents) come from: `{ type, report?, publisher?, url?, retrieved?, note? }`. Shown on
   * the page and in its structured data. See `documentSourceSchema`.
   * @label Nguồn thông tin văn bản
   * @hint Ngày, trích yếu, khóa của văn bản lấy từ đâu: văn bản gốc, công báo, hay bài viết có nhắc đến nó.
   */
  source: documentSourceSchema.optional(),
  /**
   * `true` keeps it out of the public site (preview only); a draft passes the check with warnings for what publication still needs.
   * @label Bản nháp
   * @hint Bật: chưa xuất bản, chỉ thấy khi xem trước. Tắt khi văn bản đã đủ để đăng.
   */
  draft: z.boolean().optional(),
});

export type DocumentData = z.output<typeof documentSchema>;

/**
 * content/documents/*.mdx — documents (văn bản): resolutions, conclusions, projects, plans,
 * schemes, decisions. One file per document; the file name is its id. The JSDoc of each field
 * is the editor's reference.
 */
import { z } from 'astro/zod';
import { isoDate, slug, slugList, text } from './fields.ts';

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

export const documentSchema = z.strictObject({
  /** The number exactly as printed: `34-KL/TW`, `02-NQ/TU`, `3903/PA-UBND`, `01-ĐA/TU`. */
  number: text,
  /** Kind of document; must agree with the type code inside `number` (NQ → nghi-quyet, KL → ket-luan…). */
  kind: z.enum(documentKinds),
  /** The body that issued it, as a reader would name it: `Bộ Chính trị`, `Tỉnh ủy Bến Tre`. */
  issuer: text,
  /** Id of the locality (data/units.csv) whose body issued it; `viet-nam` for central documents. */
  unit: slug,
  /** Date of issue, `YYYY-MM-DD`. */
  issued: isoDate,
  /** The summary line (trích yếu). */
  title: text,
  /** The Party term (khóa), e.g. `XII`. */
  term: z.string().regex(/^[IVXLC]+$/, 'số La Mã: X, XII / a Roman numeral').optional(),
  /** Ids of documents this one carries out (a plan implementing a project). */
  implements: slugList.optional(),
  /** Ids of documents it replaces. */
  supersedes: slugList.optional(),
  /** `in-force` (default), `superseded`, `expired`. */
  status: z.enum(['in-force', 'superseded', 'expired']).default('in-force'),
  /** Other names readers use for it, e.g. `Nghị quyết Trung ương 6 khóa XII`; used to recognise mentions. */
  names: z.array(text).optional(),
  /** Free keywords, lowercase ASCII kebab-case. */
  tags: slugList.optional(),
  /** `true` keeps it out of the public site (preview only); a draft passes the check with warnings for what publication still needs. */
  draft: z.boolean().optional(),
});

export type DocumentData = z.output<typeof documentSchema>;

/**
 * The text of a new article: every field of the contract with a Vietnamese comment, and
 * placeholders the check will point at until the editor fills them in. Dates are blank, never
 * today's: a day the editor forgets to change would be published as the day of issue or of the
 * event.
 *
 * The values are written as the web editor writes them (src/editor/frontmatter.ts): a required
 * field still blank is `''`, an optional one is left out, its comment showing how to add it. The
 * form drops the comments on its first save and changes nothing else.
 */
import { contractFields } from '../editor/contract.ts';
import { bodyText, commentedFrontMatter } from '../editor/frontmatter.ts';

export type ScaffoldKind = 'documents' | 'conferences';

const DOCUMENT_COMMENTS: Record<string, string[]> = {
  number: ['# Số hiệu đúng như bản in, ví dụ 34-KL/TW, 02-NQ/TU, 3903/PA-UBND'],
  kind: ['# Loại: nghi-quyet, ket-luan, de-an, ke-hoach, phuong-an, quyet-dinh, chi-thi, quy-dinh, huong-dan, thong-bao'],
  issuer: ['# Cơ quan ban hành, như người đọc gọi: Tỉnh ủy Bến Tre, Ban Thường vụ Tỉnh ủy…'],
  unit: ['# Mã địa phương trong data/units.csv (viet-nam cho văn bản Trung ương)'],
  issued: [
    '# Ngày ban hành theo nguồn: YYYY-MM-DD, YYYY-MM hoặc YYYY nếu nguồn chỉ cho biết tháng, năm; unknown nếu không nguồn nào cho biết',
  ],
  title: ['# Trích yếu'],
  term: ['# Khóa (tùy chọn), ví dụ XII', '# term: XII'],
  implements: ['# Mã các văn bản mà văn bản này thực hiện (tùy chọn)', '# implements:', '#   - 18-nq-tw-2017'],
  supersedes: ['# Mã các văn bản bị thay thế (tùy chọn)', '# supersedes:', '#   - …'],
  status: ['# Hiệu lực (tùy chọn, chỉ khi nguồn nói rõ, kèm source): in-force, superseded, expired', '# status: superseded'],
  tags: ['# Từ khóa (tùy chọn), chữ thường không dấu', '# tags:', '#   - kiem-nhiem'],
  draft: ['# Bản nháp: chưa xuất bản; trường còn trống chỉ là cảnh báo. Đổi thành false khi đã điền đủ.'],
};

const CONFERENCE_COMMENTS: Record<string, string[]> = {
  title: ['# Tiêu đề bài'],
  kind: ['# Loại: so-ket, tong-ket, khao-sat, hop, hoi-nghi'],
  held: ['# Ngày diễn ra theo nguồn, dạng YYYY-MM-DD (hoặc YYYY-MM, YYYY nếu nguồn chỉ cho biết tháng, năm)', '# held: YYYY-MM-DD'],
  published: ['# Ngày bài gốc được đăng (thường sau ngày diễn ra); unknown nếu bài không ghi ngày'],
  unit: ['# Mã địa phương trong data/units.csv'],
  organizer: ['# Cơ quan tổ chức', '# organizer: Ban Thường vụ Tỉnh ủy …'],
  chairs: ['# Người chủ trì (tùy chọn)', '# chairs:', '#   - name: Nguyễn Văn A', '#     role: Bí thư Tỉnh ủy'],
  documents: ['# Mã các văn bản được sơ kết, thực hiện (tùy chọn)', '# documents:', '#   - 34-kl-tw-2018'],
  source: ['# Nguồn tin: nơi đăng; thêm url: https://… và author: … (tác giả) nếu có'],
  observations: ['# Mã các dòng số liệu trong data/observations.csv (tùy chọn)', '# observations:', '#   - …'],
  summary: ['# Tóm tắt một, hai câu (tùy chọn)', '# summary: …'],
  featured: ['# Tin nổi bật trên trang chủ: true hoặc false'],
  draft: ['# Bản nháp: true để chưa xuất bản'],
  images: [
    '# Ảnh (tùy chọn): alt là bắt buộc',
    '# images:',
    '#   - src: ./anh/hoi-nghi.jpg',
    '#     alt: Quang cảnh hội nghị',
    '#     caption: …',
    "#     credit: 'Ảnh: …'",
  ],
};

export function scaffold(kind: ScaffoldKind, title: string): string {
  const fields = contractFields(kind);
  const [data, comments, body] =
    kind === 'documents'
      ? [
          { number: '', kind: 'nghi-quyet', issuer: '', unit: '', issued: '', title, draft: true },
          DOCUMENT_COMMENTS,
          'Tóm tắt nội dung văn bản và bình luận của biên tập viên.',
        ]
      : [
          { title, kind: 'hoi-nghi', published: '', unit: '', source: { publisher: '' }, featured: false, draft: true },
          CONFERENCE_COMMENTS,
          'Nội dung bài viết.',
        ];
  return commentedFrontMatter(data, fields, { fields: comments }) + bodyText(body);
}

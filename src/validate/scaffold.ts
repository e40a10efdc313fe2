/**
 * The text of a new article: every field of the contract with a Vietnamese comment, and
 * placeholders the check will point at until the editor fills them in. Dates are blank, never
 * today's: a day the editor forgets to change would be published as the day of issue or of the
 * event.
 */
export type ScaffoldKind = 'documents' | 'conferences';

const yamlString = (s: string) => JSON.stringify(s);

export function scaffold(kind: ScaffoldKind, title: string): string {
  if (kind === 'documents') {
    return `---
# Số hiệu đúng như bản in, ví dụ 34-KL/TW, 02-NQ/TU, 3903/PA-UBND
number: ""
# Loại: nghi-quyet, ket-luan, de-an, ke-hoach, phuong-an, quyet-dinh, chi-thi, quy-dinh, huong-dan, thong-bao
kind: nghi-quyet
# Cơ quan ban hành, như người đọc gọi: Tỉnh ủy Bến Tre, Ban Thường vụ Tỉnh ủy…
issuer: ""
# Mã địa phương trong data/units.csv (viet-nam cho văn bản Trung ương)
unit: ""
# Ngày ban hành theo nguồn: YYYY-MM-DD, YYYY-MM hoặc YYYY nếu nguồn chỉ cho biết tháng, năm; unknown nếu không nguồn nào cho biết
issued: ""
# Trích yếu
title: ${yamlString(title)}
# Khóa (tùy chọn), ví dụ XII
# term: XII
# Mã các văn bản mà văn bản này thực hiện (tùy chọn)
# implements: [18-nq-tw-2017]
# Mã các văn bản bị thay thế (tùy chọn)
# supersedes: []
# Hiệu lực (tùy chọn, chỉ khi nguồn nói rõ, kèm source): in-force, superseded, expired
# status: superseded
# Từ khóa (tùy chọn), chữ thường không dấu
# tags: [kiem-nhiem]
# Bản nháp: chưa xuất bản; trường còn trống chỉ là cảnh báo. Xóa dòng này khi đã điền đủ.
draft: true
---

Tóm tắt nội dung văn bản và bình luận của biên tập viên.
`;
  }
  return `---
# Tiêu đề bài
title: ${yamlString(title)}
# Loại: so-ket, tong-ket, khao-sat, hop, hoi-nghi
kind: hoi-nghi
# Ngày diễn ra theo nguồn, dạng YYYY-MM-DD (hoặc YYYY-MM, YYYY nếu nguồn chỉ cho biết tháng, năm)
held: ""
# Ngày bài gốc được đăng (thường sau ngày diễn ra); unknown nếu bài không ghi ngày
published: ""
# Mã địa phương trong data/units.csv
unit: ""
# Cơ quan tổ chức
organizer: ""
# Người chủ trì (tùy chọn)
# chairs:
#   - name: Nguyễn Văn A
#     role: Bí thư Tỉnh ủy
# Mã các văn bản được sơ kết, thực hiện (tùy chọn)
# documents: [34-kl-tw-2018]
# Nguồn tin
source:
  publisher: ""
  # url: https://…
  # author: …
# Mã các dòng số liệu trong data/observations.csv (tùy chọn)
# observations: []
# Tóm tắt một, hai câu (tùy chọn)
# summary: "…"
# Tin nổi bật trên trang chủ (tùy chọn)
# featured: true
# Bản nháp: true để chưa xuất bản
draft: true
# Ảnh (tùy chọn): alt là bắt buộc
# images:
#   - src: ./anh/hoi-nghi.jpg
#     alt: Quang cảnh hội nghị
#     caption: …
#     credit: "Ảnh: …"
---

Nội dung bài viết.
`;
}

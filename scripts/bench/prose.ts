/**
 * Vietnamese report prose from sentence templates: the words, diacritics and sentence lengths
 * of real conference reports, so parsing, search indexing and page weight are realistic.
 */
import type { Rng } from './prng.ts';

export interface ProseContext {
  /** `tỉnh Bến Tre`, `xã Tân Phú` */
  place: string;
  organizer: string;
  year: number;
}

const SUBJECTS = [
  'Ban Thường vụ',
  'Ban Chấp hành đảng bộ',
  'Ban Tổ chức',
  'Ban Dân vận',
  'Ủy ban Kiểm tra',
  'Mặt trận Tổ quốc',
  'Hội đồng nhân dân',
  'Ủy ban nhân dân',
  'các cấp ủy, tổ chức đảng',
  'đội ngũ cán bộ chủ chốt',
];
const TOPICS = [
  'mô hình kiêm nhiệm chức danh',
  'nhất thể hóa bí thư chi bộ kiêm trưởng ấp, khu phố',
  'sắp xếp tổ chức bộ máy tinh gọn',
  'công tác cán bộ nữ',
  'đào tạo, bồi dưỡng cán bộ cơ sở',
  'hợp nhất văn phòng cấp ủy và chính quyền',
  'luân chuyển cán bộ về cơ sở',
  'tinh giản biên chế gắn với cơ cấu lại đội ngũ',
];
const VERBS = ['triển khai', 'quán triệt', 'cụ thể hóa', 'tổ chức thực hiện', 'sơ kết', 'đánh giá', 'nhân rộng', 'rà soát'];
const RESULTS = [
  'bộ máy hoạt động hiệu lực, hiệu quả hơn',
  'giảm đầu mối trung gian',
  'tiết kiệm chi thường xuyên',
  'nâng cao trách nhiệm người đứng đầu',
  'phát huy vai trò hạt nhân chính trị ở cơ sở',
  'tăng cường sự đoàn kết, thống nhất trong nội bộ',
  'rút ngắn thời gian giải quyết công việc của người dân',
];
const LIMITS = [
  'một số nơi còn lúng túng trong việc phân công nhiệm vụ',
  'chế độ phụ cấp kiêm nhiệm chưa tương xứng',
  'chưa có quy định chung cho các chức danh được nhất thể hóa',
  'năng lực của một bộ phận cán bộ chưa đáp ứng yêu cầu',
  'công tác tuyên truyền có lúc chưa kịp thời',
  'việc bố trí cán bộ không phải người địa phương còn gặp khó khăn',
];

const SENTENCES: ((r: Rng, c: ProseContext) => string)[] = [
  (r, c) =>
    `Trong thời gian qua, ${r.pick(SUBJECTS)} ${c.place} đã ${r.pick(VERBS)} nghiêm túc chủ trương về ${r.pick(TOPICS)}, gắn với điều kiện thực tế của địa phương.`,
  (r) => `Qua ${r.int(2, 5)} năm thực hiện, ${r.pick(TOPICS)} đã góp phần ${r.pick(RESULTS)} và ${r.pick(RESULTS)}.`,
  (r) => `Hội nghị nhận định ${r.pick(LIMITS)}; bên cạnh đó, ${r.pick(LIMITS)}.`,
  (r, c) =>
    `${c.organizer} yêu cầu các cấp ủy tiếp tục ${r.pick(VERBS)} ${r.pick(TOPICS)}, lấy kết quả thực hiện làm tiêu chí đánh giá, xếp loại tổ chức đảng cuối năm.`,
  (r) =>
    `Nhiều ý kiến tham luận tập trung làm rõ nguyên nhân của hạn chế, trong đó nguyên nhân chủ quan là chính, nhất là ${r.pick(LIMITS)}.`,
  (r, c) =>
    `Đến cuối năm ${c.year}, toàn ${c.place.split(' ')[0]} có ${r.int(12, 98)} đơn vị thực hiện thí điểm, vượt ${r.int(2, 30)}% so với kế hoạch đề ra.`,
  (r) =>
    `Các đại biểu thống nhất cho rằng muốn ${r.pick(RESULTS)} thì phải đặt công tác cán bộ ở vị trí then chốt, làm từng bước vững chắc, có sơ kết, rút kinh nghiệm.`,
  (r, c) =>
    `Đồng chí chủ trì đề nghị ${r.pick(SUBJECTS)} ${c.place} phối hợp chặt chẽ với các cơ quan tham mưu, kịp thời tháo gỡ vướng mắc phát sinh ở cơ sở.`,
  (r) =>
    `Việc ${r.pick(VERBS)} ${r.pick(TOPICS)} được tiến hành công khai, dân chủ, đúng quy trình, tạo sự đồng thuận cao trong cán bộ, đảng viên và nhân dân.`,
  (r) =>
    `Thời gian tới, cần tập trung ${r.pick(VERBS)} ${r.pick(TOPICS)}, đồng thời kiến nghị cấp trên sớm ban hành hướng dẫn về chế độ, chính sách đối với người kiêm nhiệm.`,
  (r, c) =>
    `Năm ${c.year}, ${c.place} đã tổ chức ${r.int(3, 40)} lớp bồi dưỡng nghiệp vụ cho bí thư chi bộ, trưởng ấp, khu phố và cán bộ Mặt trận ở cơ sở.`,
  (r) => `Thực tiễn cho thấy ở những nơi cấp ủy quan tâm lãnh đạo sát sao, ${r.pick(TOPICS)} mang lại hiệu quả rõ rệt, ${r.pick(RESULTS)}.`,
];

export function sentence(rng: Rng, ctx: ProseContext): string {
  return rng.pick(SENTENCES)(rng, ctx);
}

/** A paragraph of `n` sentences. */
export function paragraph(rng: Rng, ctx: ProseContext, n = rng.int(3, 5)): string {
  return Array.from({ length: n }, () => sentence(rng, ctx)).join(' ');
}

export const HEADINGS = [
  'Kết quả đạt được',
  'Những mặt còn hạn chế',
  'Nguyên nhân',
  'Bài học kinh nghiệm',
  'Phương hướng, nhiệm vụ thời gian tới',
  'Kiến nghị, đề xuất',
  'Ý kiến chỉ đạo',
];

/** `2019-04-03` → `3/4/2019`, as reports print dates. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

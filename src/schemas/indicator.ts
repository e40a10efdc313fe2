/** data/indicators.csv — what is counted. */
import { z } from 'astro/zod';
import { optionalCell } from './fields.ts';
import { cells, column, defineTable } from './table.ts';
import { unitLevels } from './unit.ts';

export const MEASURES = {
  ratio: 'Tỉ lệ (số đếm trên tổng số)',
  count: 'Số lượng',
  percent: 'Phần trăm',
} as const;

export type Measure = keyof typeof MEASURES;
const measures = Object.keys(MEASURES) as [Measure, ...Measure[]];

/** Topics known to the site; other kebab-case topics are allowed and shown by their id. */
export const TOPICS: Record<string, string> = {
  'kiem-nhiem': 'Kiêm nhiệm chức danh',
  'nhat-the-hoa': 'Nhất thể hóa',
  'can-bo-nu': 'Cán bộ nữ',
  'dao-tao': 'Đào tạo, bồi dưỡng',
  'sap-xep-bo-may': 'Sắp xếp bộ máy',
};

/** The columns of data/indicators.csv, in their order. */
export const indicatorTable = defineTable({
  /** Stable id: `bi-thu-kiem-chu-tich-hdnd-xa`. */
  id: column(cells.slug, 'Mã chỉ tiêu'),
  /** Name as shown to readers. */
  name: column(cells.text, 'Tên chỉ tiêu'),
  /** `kiem-nhiem`, `nhat-the-hoa`, `can-bo-nu`, `dao-tao`, `sap-xep-bo-may`, … (extensible). */
  topic: column(cells.slug, 'Chủ đề'),
  /** `ratio` (count of a total, 16/17), `count` (1.017 cases), `percent`. */
  measure: column({ zod: z.enum(measures), type: 'string' }, 'Cách đo: ratio (số trên tổng số), count (số lượng), percent (phần trăm)'),
  /** Level of the posts counted (`tinh`, `huyen`, `xa`, `ap`), or empty. */
  level: column({ zod: optionalCell(z.enum(unitLevels)), type: 'string' }, 'Cấp của chức danh được đếm'),
  /** What exactly is counted, in a sentence or two. */
  description: column(cells.optionalText, 'Định nghĩa'),
});

export const indicatorColumns = indicatorTable.columns;
export const indicatorSchema = indicatorTable.schema;

export type Indicator = z.output<typeof indicatorSchema>;

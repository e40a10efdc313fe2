/** data/indicators.csv — what is counted. */
import { z } from 'astro/zod';
import { optionalCell, slug, text } from './fields.ts';
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

export const indicatorColumns = ['id', 'name', 'topic', 'measure', 'level', 'description'] as const;

export const indicatorSchema = z.strictObject({
  /** Stable id: `bi-thu-kiem-chu-tich-hdnd-xa`. */
  id: slug,
  /** Name as shown to readers. */
  name: text,
  /** `kiem-nhiem`, `nhat-the-hoa`, `can-bo-nu`, `dao-tao`, `sap-xep-bo-may`, … (extensible). */
  topic: slug,
  /** `ratio` (count of a total, 16/17), `count` (1.017 cases), `percent`. */
  measure: z.enum(measures),
  /** Level of the posts counted (`tinh`, `huyen`, `xa`, `ap`), or empty. */
  level: optionalCell(z.enum(unitLevels)),
  /** What exactly is counted, in a sentence or two. */
  description: optionalCell(text),
});

export type Indicator = z.output<typeof indicatorSchema>;

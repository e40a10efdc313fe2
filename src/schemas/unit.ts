/**
 * data/units.csv — localities (đơn vị hành chính). A unit keeps its id forever, through
 * mergers and renamings; `successor` names the unit that absorbed it.
 */
import { z } from 'astro/zod';
import { optionalCell } from './fields.ts';
import { cells, column, defineTable } from './table.ts';

export const UNIT_LEVELS = {
  'quoc-gia': 'Quốc gia',
  tinh: 'Tỉnh, thành phố',
  huyen: 'Huyện, quận, thị xã, thành phố thuộc tỉnh',
  xa: 'Xã, phường, thị trấn',
  ap: 'Ấp, thôn, bản, khu phố, tiểu khu',
} as const;

export type UnitLevel = keyof typeof UNIT_LEVELS;
export const unitLevels = Object.keys(UNIT_LEVELS) as [UnitLevel, ...UnitLevel[]];

/** A level as a sentence names it: "cấp tỉnh" (the one wording, for charts and summaries). */
export const UNIT_LEVEL_WORDS: Readonly<Record<UnitLevel, string>> = {
  'quoc-gia': 'cấp quốc gia',
  tinh: 'cấp tỉnh',
  huyen: 'cấp huyện',
  xa: 'cấp xã',
  ap: 'cấp thôn, ấp',
};

/** The one order of levels, from the country down: a parent ranks below its children. */
export const UNIT_LEVEL_RANK = Object.fromEntries(unitLevels.map((l, i) => [l, i])) as Readonly<Record<UnitLevel, number>>;

/** The columns of data/units.csv, in their order. */
export const unitTable = defineTable({
  /** Stable id, lowercase ASCII kebab-case: `ben-tre`. */
  id: column(cells.slug, 'Mã địa phương, không đổi qua sáp nhập'),
  /** Name as readers know it: `Bến Tre`, `Thành phố Bến Tre`. */
  name: column(cells.text, 'Tên'),
  /** `quoc-gia`, `tinh`, `huyen`, `xa`, `ap`. */
  level: column({ zod: z.enum(unitLevels), type: 'string' }, 'Cấp: quoc-gia, tinh, huyen, xa, ap'),
  /** Id of the unit one level up; empty only for `viet-nam`. */
  parent: column(cells.optionalSlug, 'Mã đơn vị cấp trên (units.id)'),
  /** First day the unit existed in this form, if known. */
  valid_from: column(cells.optionalIsoDate, 'Ngày bắt đầu tồn tại ở dạng này'),
  /** Last day the unit existed in this form (merged, abolished), if it no longer does. */
  valid_to: column(cells.optionalIsoDate, 'Ngày cuối cùng tồn tại ở dạng này'),
  /** Id of the unit that absorbed it. */
  successor: column(cells.optionalSlug, 'Mã đơn vị tiếp nhận khi sáp nhập (units.id)'),
  /** Official statistics code, where known. */
  code: column({ zod: optionalCell(z.string().regex(/^\d+$/, 'mã số / digits')), type: 'string' }, 'Mã số thống kê chính thức'),
});

export const unitColumns = unitTable.columns;
export const unitSchema = unitTable.schema;

export type Unit = z.output<typeof unitSchema>;

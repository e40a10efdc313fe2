/**
 * data/units.csv — localities (đơn vị hành chính). A unit keeps its id forever, through
 * mergers and renamings; `successor` names the unit that absorbed it.
 */
import { z } from 'astro/zod';
import { isoDate, optionalCell, slug, text } from './fields.ts';

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

export const unitColumns = ['id', 'name', 'level', 'parent', 'valid_from', 'valid_to', 'successor', 'code'] as const;

export const unitSchema = z.strictObject({
  /** Stable id, lowercase ASCII kebab-case: `ben-tre`. */
  id: slug,
  /** Name as readers know it: `Bến Tre`, `Thành phố Bến Tre`. */
  name: text,
  /** `quoc-gia`, `tinh`, `huyen`, `xa`, `ap`. */
  level: z.enum(unitLevels),
  /** Id of the unit one level up; empty only for `viet-nam`. */
  parent: optionalCell(slug),
  /** First day the unit existed in this form, if known. */
  valid_from: optionalCell(isoDate),
  /** Last day the unit existed in this form (merged, abolished), if it no longer does. */
  valid_to: optionalCell(isoDate),
  /** Id of the unit that absorbed it. */
  successor: optionalCell(slug),
  /** Official statistics code, where known. */
  code: optionalCell(z.string().regex(/^\d+$/, 'mã số / digits')),
});

export type Unit = z.output<typeof unitSchema>;

/** data/observations.csv — the figures: one row per figure a source gives. */
import { z } from 'astro/zod';
import { FAIL, optionalCell } from './fields.ts';
import { cells, column, defineTable, optionalColumn, type Cell } from './table.ts';
import { isQualifier, QUALIFIER_WORDS, QUALIFIERS } from '../core/qualifiers.ts';

/**
 * The fields of a figure an editor may have worked out rather than copied from the source; `date`
 * when the source gives none (an undated article's "đến nay") and the column holds a placeholder.
 */
export const DERIVABLE_FIELDS = ['value', 'total', 'target', 'date'] as const;
export type DerivableField = (typeof DERIVABLE_FIELDS)[number];

/** The fast typer's answers for the usual cells: one shared, frozen list each. */
const DERIVED_ONE: Readonly<Record<string, DerivableField[]>> = Object.fromEntries(
  DERIVABLE_FIELDS.map((f) => [f, Object.freeze([f]) as DerivableField[]]),
);

/** `target`, `value total`: the fields worked out, separated by spaces or `;`. */
const derivedCell = {
  zod: optionalCell(
    z
      .string()
      .transform((s) => [...new Set(s.split(/[\s;]+/).filter(Boolean))])
      .pipe(z.array(z.enum(DERIVABLE_FIELDS)).min(1)),
  ),
  fast: (v) => (v === '' ? undefined : Object.hasOwn(DERIVED_ONE, v) ? DERIVED_ONE[v] : FAIL),
  type: 'string',
} satisfies Cell;

/** Empty, or one of the qualifiers (core/qualifiers.ts). */
const qualifierCell = {
  zod: optionalCell(z.enum(QUALIFIERS)),
  fast: (v) => (isQualifier(v) ? v : v.trim() === '' ? undefined : FAIL),
  type: 'string',
} satisfies Cell;

/** The columns of data/observations.csv, in their order; `derived` may be left out of a header. */
export const observationTable = defineTable(
  {
    /** Stable id of the figure. */
    id: column(cells.slug, 'Mã dòng số liệu'),
    /** Id of the indicator (data/indicators.csv). */
    indicator: column(cells.slug, 'Mã chỉ tiêu (indicators.id)'),
    /** Id of the locality (data/units.csv). */
    unit: column(cells.slug, 'Mã địa phương (units.id)'),
    /**
     * Reference date of the figure as the source dates it: `2021-09-23`; `2020-03` for "đến tháng
     * 3-2020" (a month); `2018` for "năm 2018" (a year); `2015/2020` for a period, "từ năm 2015 đến
     * đầu năm 2020" ("đầu năm 2020" is the year 2020 at most). Never a day the source does not give.
     */
    date: column(cells.period, 'Thời điểm hoặc giai đoạn của số liệu'),
    /** The count, or the percent for `measure=percent`; a plain machine number (`1017`, `17.07`). Empty is "no data". */
    value: column(cells.number, 'Số đếm, hoặc phần trăm với chỉ tiêu đo bằng phần trăm; trống là không có số liệu'),
    /** Denominator of a ratio (16/17 → 17); required for `ratio`, empty otherwise. */
    total: column(cells.number, 'Tổng số (mẫu số) của tỉ lệ, ví dụ 17 trong 16/17'),
    /**
     * Empty when exact; otherwise the kind of bound the source gives (core/qualifiers.ts, the one
     * list): `over` (trên, hơn), `under` (dưới), `nearly` (gần: just under), `about` (khoảng, xấp
     * xỉ, chừng), `estimated` (ước), `at-least` (ít nhất), `at-most` (tối đa). Pages show the
     * source's own word, from `printed`.
     */
    qualifier: column(
      qualifierCell,
      `Loại giới hạn nguồn nêu: ${QUALIFIERS.map((q) => `${q} (${QUALIFIER_WORDS[q].join(', ')})`).join(', ')}; trống khi số chính xác. Từ của nguồn nằm trong cột printed`,
    ),
    /** The figure exactly as the source printed it: `38,6%`, `1.017`, `trên 5.120`. */
    printed: column(cells.optionalText, 'Số liệu đúng như nguồn in'),
    /** Target the source states, in percent. */
    target: column(cells.number, 'Chỉ tiêu nguồn đề ra, tính bằng phần trăm'),
    /** Id of the observation this row is a part of (the four level rows of 1.017). */
    part_of: column(cells.optionalSlug, 'Mã dòng tổng mà dòng này là một phần (observations.id)'),
    /** Id of the conference report that gives the figure. */
    conference: column(cells.slug, 'Mã báo cáo nêu số liệu (conferences.id)'),
    /** Free note. */
    note: column(cells.optionalText, 'Ghi chú'),
    /**
     * The fields of this row an editor worked out rather than copied (`target` obtained by
     * subtracting "vượt 2,07%" from the rate; a `value` summed from parts; a `date` the source does
     * not give, written as a placeholder): shown as worked out ("tính ra") or as a placeholder
     * ("tạm ghi") wherever they appear, never as the source's figure or date. Added to the contract after
     * portals adopted it: a table may leave the column out, and every row then reads it as empty.
     */
    derived: optionalColumn(
      derivedCell,
      'Các trường biên tập viên tính ra chứ không chép từ nguồn (value, total, target; date khi nguồn không nêu thời điểm và cột date chỉ ghi tạm), cách nhau bằng dấu cách; trống khi mọi số đều chép từ nguồn',
    ),
  },
  { fast: true },
);

export const observationColumns = observationTable.columns;
export const observationOptionalColumns = observationTable.optional;
export const observationSchema = observationTable.schema;
/** The open data's fields of the table (src/site/outputs/open-data.ts). */
export const observationFields = observationTable.fields;

export type Observation = z.output<typeof observationSchema>;

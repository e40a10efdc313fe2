/** data/observations.csv — the figures: one row per figure a source gives. */
import { z } from 'astro/zod';
import {
  FAIL, isPartialDateOrPeriodCell, isSlug, partialDateOrPeriod, numberCell, numberCellFast, optionalCell, optionalSlugFast, optionalTextFast, registerFastRow, slug, text,
} from './fields.ts';
import { isQualifier, QUALIFIERS, type Qualifier } from '../core/qualifiers.ts';

export const observationColumns = [
  'id', 'indicator', 'unit', 'date', 'value', 'total', 'qualifier', 'printed', 'target', 'part_of', 'conference', 'note',
] as const;

/**
 * Columns a table may leave out (added to the contract after portals adopted it): without the
 * column every row reads it as empty. `derived` comes after the twelve above.
 */
export const observationOptionalColumns = ['derived'] as const;

/** The fields of a figure an editor may have worked out rather than copied from the source. */
export const DERIVABLE_FIELDS = ['value', 'total', 'target'] as const;
export type DerivableField = (typeof DERIVABLE_FIELDS)[number];

/** `target`, `value total`: the fields worked out, separated by spaces or `;`. */
const derivedCell = optionalCell(
  z
    .string()
    .transform((s) => [...new Set(s.split(/[\s;]+/).filter(Boolean))])
    .pipe(z.array(z.enum(DERIVABLE_FIELDS)).min(1)),
);

/** The fast typer's answers for the usual cells: one shared, frozen list each. */
const DERIVED_ONE: Readonly<Record<string, DerivableField[]>> = Object.fromEntries(DERIVABLE_FIELDS.map((f) => [f, Object.freeze([f]) as DerivableField[]]));

export const observationSchema = z.strictObject({
  /** Stable id of the figure. */
  id: slug,
  /** Id of the indicator (data/indicators.csv). */
  indicator: slug,
  /** Id of the locality (data/units.csv). */
  unit: slug,
  /**
   * Reference date of the figure as the source dates it: `2021-09-23`; `2020-03` for "đến tháng
   * 3-2020" (a month); `2018` for "năm 2018" (a year); `2015/2020` for a period, "từ năm 2015 đến
   * đầu năm 2020" ("đầu năm 2020" is the year 2020 at most). Never a day the source does not give.
   */
  date: partialDateOrPeriod,
  /** The count, or the percent for `measure=percent`; a plain machine number (`1017`, `17.07`). Empty is "no data". */
  value: numberCell,
  /** Denominator of a ratio (16/17 → 17); required for `ratio`, empty otherwise. */
  total: numberCell,
  /**
   * Empty when exact; otherwise the kind of bound the source gives (core/qualifiers.ts, the one
   * list): `over` (trên, hơn), `under` (dưới), `nearly` (gần: just under), `about` (khoảng, xấp
   * xỉ, chừng), `estimated` (ước), `at-least` (ít nhất), `at-most` (tối đa). Pages show the
   * source's own word, from `printed`.
   */
  qualifier: optionalCell(z.enum(QUALIFIERS)),
  /** The figure exactly as the source printed it: `38,6%`, `1.017`, `trên 5.120`. */
  printed: optionalCell(text),
  /** Target the source states, in percent. */
  target: numberCell,
  /** Id of the observation this row is a part of (the four level rows of 1.017). */
  part_of: optionalCell(slug),
  /** Id of the conference report that gives the figure. */
  conference: slug,
  /** Free note. */
  note: optionalCell(text),
  /**
   * The fields of this row an editor worked out rather than copied (`target` obtained by
   * subtracting "vượt 2,07%" from the rate; a `value` summed from parts): shown as worked out
   * ("tính ra") wherever they appear, never as the source's figure. Optional column.
   */
  derived: derivedCell,
});

export type Observation = z.output<typeof observationSchema>;

/**
 * The schema above, hand-written for the million-row table: the same output for every row it
 * accepts, undefined (zod decides, and names the findings) for anything else.
 */
export function typeObservationRow(cells: readonly string[], at: readonly number[], above: Observation | undefined): Observation | undefined {
  const id = cells[at[0]!]!, indicator = cells[at[1]!]!, unit = cells[at[2]!]!, date = cells[at[3]!]!, conference = cells[at[10]!]!;
  if (!isSlug(id)) return undefined;
  // Cells equal to the row above passed these very checks there.
  if (above === undefined || indicator !== above.indicator || unit !== above.unit || date !== above.date || conference !== above.conference) {
    if (!isSlug(indicator) || !isSlug(unit) || !isPartialDateOrPeriodCell(date) || !isSlug(conference)) return undefined;
  }
  const value = numberCellFast(cells[at[4]!]!);
  const total = numberCellFast(cells[at[5]!]!);
  const target = numberCellFast(cells[at[8]!]!);
  if (value === FAIL || total === FAIL || target === FAIL) return undefined;
  const q = cells[at[6]!]!;
  let qualifier: Qualifier | undefined;
  if (isQualifier(q)) qualifier = q;
  else if (q.trim() !== '') return undefined;
  const partCell = cells[at[9]!]!;
  // The first part of a whole names the row above: its id, the very string, already hashed.
  const part_of =
    above === undefined ? optionalSlugFast(partCell) : partCell === above.part_of ? above.part_of : partCell === above.id ? above.id : optionalSlugFast(partCell);
  if (part_of === FAIL) return undefined;
  // The optional column: absent from the header, its position is -1.
  const derivedAt = at[12] ?? -1;
  const derivedText = derivedAt < 0 ? '' : cells[derivedAt]!;
  let derived: DerivableField[] | undefined;
  if (derivedText !== '') {
    if (!Object.hasOwn(DERIVED_ONE, derivedText)) return undefined;
    derived = DERIVED_ONE[derivedText];
  }
  const row: Observation = {
    id, indicator, unit, date, value, total, qualifier,
    printed: optionalTextFast(cells[at[7]!]!), target, part_of, conference, note: optionalTextFast(cells[at[11]!]!),
  };
  // As zod gives it: the key only when the table has the column.
  if (derivedAt >= 0) row.derived = derived;
  return row;
}

registerFastRow(observationSchema, typeObservationRow);

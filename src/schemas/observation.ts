/** data/observations.csv — the figures: one row per figure a source gives. */
import { z } from 'astro/zod';
import {
  FAIL, isPartialDateCell, isSlug, partialDate, numberCell, numberCellFast, optionalCell, optionalSlugFast, optionalTextFast, registerFastRow, slug, text,
} from './fields.ts';
import { qualifierWords, type Qualifier } from '../core/format.ts';

/** How a source hedges a figure, and the word it prints: the one list, from the core. */
export const QUALIFIERS = qualifierWords;

export type { Qualifier };
const qualifiers = Object.keys(QUALIFIERS) as [Qualifier, ...Qualifier[]];

export const observationColumns = [
  'id', 'indicator', 'unit', 'date', 'value', 'total', 'qualifier', 'printed', 'target', 'part_of', 'conference', 'note',
] as const;

export const observationSchema = z.strictObject({
  /** Stable id of the figure. */
  id: slug,
  /** Id of the indicator (data/indicators.csv). */
  indicator: slug,
  /** Id of the locality (data/units.csv). */
  unit: slug,
  /**
   * Reference date of the figure as the source dates it: `2021-09-23`; `2020-03` for "đến tháng
   * 3-2020" (a month); `2018` for "năm 2018" (a year). Never a day the source does not give.
   */
  date: partialDate,
  /** The count, or the percent for `measure=percent`; a plain machine number (`1017`, `17.07`). Empty is "no data". */
  value: numberCell,
  /** Denominator of a ratio (16/17 → 17); required for `ratio`, empty otherwise. */
  total: numberCell,
  /** Empty when exact; `over` (trên), `under` (dưới), `about` (khoảng, gần) for bounds and estimates. */
  qualifier: optionalCell(z.enum(qualifiers)),
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
    if (!isSlug(indicator) || !isSlug(unit) || !isPartialDateCell(date) || !isSlug(conference)) return undefined;
  }
  const value = numberCellFast(cells[at[4]!]!);
  const total = numberCellFast(cells[at[5]!]!);
  const target = numberCellFast(cells[at[8]!]!);
  if (value === FAIL || total === FAIL || target === FAIL) return undefined;
  const q = cells[at[6]!]!;
  let qualifier: Qualifier | undefined;
  if (Object.hasOwn(QUALIFIERS, q)) qualifier = q as Qualifier;
  else if (q.trim() !== '') return undefined;
  const partCell = cells[at[9]!]!;
  // The first part of a whole names the row above: its id, the very string, already hashed.
  const part_of =
    above === undefined ? optionalSlugFast(partCell) : partCell === above.part_of ? above.part_of : partCell === above.id ? above.id : optionalSlugFast(partCell);
  if (part_of === FAIL) return undefined;
  return {
    id, indicator, unit, date, value, total, qualifier,
    printed: optionalTextFast(cells[at[7]!]!), target, part_of, conference, note: optionalTextFast(cells[at[11]!]!),
  };
}

registerFastRow(observationSchema, typeObservationRow);

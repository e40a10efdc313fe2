/** data/observations.csv — the figures: one row per figure a source gives. */
import { z } from 'astro/zod';
import { isoDate, numberCell, optionalCell, slug, text } from './fields.ts';

export const QUALIFIERS = {
  over: 'trên',
  under: 'dưới',
  about: 'khoảng',
} as const;

export type Qualifier = keyof typeof QUALIFIERS;
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
  /** Reference date of the figure, `YYYY-MM-DD`. */
  date: isoDate,
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

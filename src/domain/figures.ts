/**
 * Figures as the site shows them: each observation with its indicator, unit and source report,
 * its rate, and the source's own arithmetic errors flagged. One derivation for the pages (from
 * the collections) and for `<Chart>` in articles (from the validated corpus, before the
 * collections exist).
 */
import type { Indicator } from '../schemas/indicator.ts';
import type { Observation } from '../schemas/observation.ts';
import type { Unit } from '../schemas/unit.ts';
import { assessPrinted, checkParts } from './arithmetic.ts';
import { unitLabels } from './unit-labels.ts';

export interface DerivedFigure<C> extends Observation {
  /** Row in data/observations.csv: the editor's order (tỉnh, huyện, xã, ấp), kept in charts. */
  row: number;
  indicatorData: Indicator;
  unitData: Unit;
  /** The unit as readers see it beside others: its name, told apart from namesakes (`unit-labels.ts`). */
  unitLabel: string;
  conferenceEntry: C;
  /** value / total in percent, for ratios. */
  rate?: number;
  /** The source's printed figure disagrees with its counts. */
  flagged: boolean;
  /** What the counts give, as printed, when flagged (`30,56%`). */
  computedText?: string;
  /** Parts (by level) of this figure, when it is a whole. */
  parts: DerivedFigure<C>[];
  /** Parts do not add up to this whole. */
  partsFlagged: boolean;
}

/**
 * Only rows whose report is in `conferences` are kept: figures of drafts and reports scheduled
 * for later are no more public than the reports themselves.
 */
export function deriveFigures<C>(
  rows: { row: number; data: Observation }[],
  indicators: Map<string, Indicator>,
  units: Map<string, Unit>,
  conferences: Map<string, C>,
): DerivedFigure<C>[] {
  const kept = rows.filter((r) => conferences.has(r.data.conference) && indicators.has(r.data.indicator) && units.has(r.data.unit));
  const partsFlagged = new Set(checkParts(kept).map((p) => p.whole));
  const labels = unitLabels([...units.values()]);
  const figures = kept.map(({ row, data: o }): DerivedFigure<C> => {
    const indicatorData = indicators.get(o.indicator)!;
    const a = assessPrinted(o, indicatorData.measure);
    return {
      ...o,
      row,
      indicatorData,
      unitData: units.get(o.unit)!,
      unitLabel: labels.get(o.unit)!.label,
      conferenceEntry: conferences.get(o.conference)!,
      rate: o.value !== undefined && o.total ? (o.value / o.total) * 100 : undefined,
      flagged: a ? !a.ok : false,
      computedText: a && !a.ok ? a.computedText : undefined,
      parts: [],
      partsFlagged: partsFlagged.has(o.id),
    };
  });
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const f of figures) if (f.part_of) byId.get(f.part_of)?.parts.push(f);
  return figures;
}

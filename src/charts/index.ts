/** Build-time charts: pure functions from a `ChartSpec` to an SVG or HTML string. */
export type { ChartKind, ChartRow, ChartSpec } from './types.ts';
export { ratioBars, ratioBarsDefaults } from './ratio-bars.ts';
export { composition, compositionDefaults } from './composition.ts';
export { progress, progressDefaults } from './progress.ts';
export { timeSeries, timeSeriesDefaults } from './time-series.ts';
export { chartTable } from './table.ts';
export { describeComposition, describeProgress, describeRatio, describeSeries } from './describe.ts';
export { chartCss, chartIds, contrastRatio, escapeXml, frameDefaults, palette } from './common.ts';
export { checkSpec } from './derive.ts';

import type { ChartKind, ChartSpec } from './types.ts';
import { ratioBars } from './ratio-bars.ts';
import { composition } from './composition.ts';
import { progress } from './progress.ts';
import { timeSeries } from './time-series.ts';

/** Each chart kind's renderer, for pages that pick the kind from data. */
export const charts: Readonly<Record<ChartKind, (spec: ChartSpec) => string>> = {
  'ratio-bars': ratioBars,
  composition,
  progress,
  'time-series': timeSeries,
};

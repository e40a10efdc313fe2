/** Build-time charts: pure functions from a `ChartSpec` to an SVG or HTML string. */
export type { ChartKind, ChartSpec } from './types.ts';
export { chartTable } from './table.ts';
export { chartCss, escapeXml } from './common.ts';

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

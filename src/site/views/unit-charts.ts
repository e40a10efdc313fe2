/**
 * A locality page's charts: only the unit's own figures, drawn per source report, from the
 * newest reports until a few charts are drawn. A province can be named by hundreds of reports;
 * drawing every report whole made its page grow with the corpus. The table has every figure.
 */
import { allCharts, reportCharts, slugify, type ChartItem, type FigureInput } from '../../charts/specs.ts';
import { groupBy } from '../../core/group.ts';

/** Charts a locality page draws at most: whole reports, newest first (the newest one cut to this if need be). */
export const UNIT_CHARTS_MAX = 6;

interface UnitChart {
  chart: ChartItem;
  /** True when the chart is the very one published with its own CSV; else the page links the full table. */
  ownData: boolean;
}

export interface UnitCharts {
  charts: UnitChart[];
  /** Reports drawn, and reports that give a figure about the unit. */
  drawn: number;
  reports: number;
}

const key = (c: ChartItem) => [c.kind, c.whole?.id ?? '', ...c.figures.map((f) => f.id)].join(' ');

/** The published charts by slug, derived once per figures array (once per build). */
const publishedBySlug = new WeakMap<object, Map<string, string>>();
function published(all: FigureInput[], indicators: FigureInput['indicatorData'][]): Map<string, string> {
  let m = publishedBySlug.get(all);
  if (!m) publishedBySlug.set(all, (m = new Map(allCharts(all, indicators).map((c) => [c.spec.slug, key(c)]))));
  return m;
}

/**
 * `own` are the unit's figures; `all` and `indicators` the site's, to tell which charts are the
 * published ones. A chart that differs from the published chart of its slug (a report comparing
 * units, cut down to this one) gets a slug scoped to its report, so ids stay unique on the page,
 * and links the full observations table instead of a CSV of its own.
 */
export function unitCharts(unitId: string, own: FigureInput[], all: FigureInput[], indicators: FigureInput['indicatorData'][]): UnitCharts {
  const byReport = groupBy(own, (f) => f.conference);
  const newest = (g: FigureInput[]) => g.reduce((d, f) => (f.date > d ? f.date : d), '');
  const groups = [...byReport].sort(([a, ga], [b, gb]) => newest(gb).localeCompare(newest(ga)) || a.localeCompare(b));
  const pub = published(all, indicators);
  const charts: UnitChart[] = [];
  let drawn = 0;
  for (const [conf, g] of groups) {
    const made = reportCharts(g);
    if (made.length === 0) continue;
    if (drawn > 0 && charts.length + made.length > UNIT_CHARTS_MAX) break;
    drawn++;
    for (const c of made.slice(0, UNIT_CHARTS_MAX - charts.length)) {
      const ownData = pub.get(c.spec.slug) === key(c);
      charts.push({ chart: ownData ? c : { ...c, spec: { ...c.spec, slug: slugify(`${unitId}-${conf}-${c.spec.slug}`) } }, ownData });
    }
  }
  return { charts, drawn, reports: groups.filter(([, g]) => reportCharts(g).length > 0).length };
}

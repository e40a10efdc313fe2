/**
 * Which charts a set of figures makes, as data: pure functions from figures (query.ts) to
 * `{ kind, spec }`, with the figures, sources and flags behind each chart. Pages, the article
 * renderer and the open-data endpoints all call these, so a chart's slug (and so its CSV URL)
 * is the same wherever it appears.
 */
import type { ChartKind, ChartRow, ChartSpec } from './types.ts';
import { UNIT_LEVEL_RANK, UNIT_LEVEL_WORDS, type UnitLevel } from '../schemas/unit.ts';
import type { DerivedFigure } from '../domain/figures.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { DerivableField } from '../schemas/observation.ts';
import type { Unit } from '../schemas/unit.ts';
import { formatNumber, formatQualified } from '../core/format.ts';
import { figureDateLabel, markDerived } from '../core/provenance.ts';
import { groupBy } from '../core/group.ts';

/** A report as a chart names it: `{ id, data: { title } }`, an entry of the collection or less. */
type ChartReport = { id: string; data: { title: string } };

/**
 * What a chart needs of a figure: domain/figures.ts's `DerivedFigure` (what query.ts and
 * checks/corpus-figures.ts give), with only the fields of its indicator, unit and report a chart
 * reads, and the row order and the unit's label optional for figures made by hand.
 */
export type FigureInput = Omit<DerivedFigure<ChartReport>, 'indicatorData' | 'unitData' | 'unitLabel' | 'row' | 'parts' | 'derived'> & {
  indicatorData: Pick<Indicator, 'id' | 'name' | 'measure' | 'topic'>;
  unitData: Pick<Unit, 'id' | 'name'> & Partial<Pick<Unit, 'level' | 'parent'>>;
  /** The unit told apart from its namesakes (`domain/unit-labels.ts`); the name when absent. */
  unitLabel?: string;
  /** Fields an editor worked out (data/observations.csv `derived`). */
  derived?: readonly DerivableField[];
  parts: FigureInput[];
  /** Row in data/observations.csv: the editor's order (tỉnh, huyện, xã, ấp), kept in charts. */
  row?: number;
};

export interface ChartItem {
  kind: ChartKind;
  spec: ChartSpec;
  /** The figures behind `spec.rows`, in the same order. */
  figures: FigureInput[];
  /** Composition only: the whole the parts belong to. */
  whole?: FigureInput;
  /** Reports the figures come from, in order of first use. */
  sources: { id: string; title: string }[];
  /** Distinct reference dates, ascending. */
  dates: string[];
  /** Where the source's arithmetic does not hold, in words, for the visible note. */
  flags: string[];
}

type Fig = FigureInput;
/** How a chart names a figure's unit: the site-wide label, one rule everywhere. */
const place = (f: Fig): string => f.unitLabel ?? f.unitData.name;
/** The editor's row order, whatever order the collection store returns. */
const inRowOrder = (figs: Fig[]) => [...figs].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.id.localeCompare(b.id));
const hasValue = (f: Fig): f is Fig & { value: number } => typeof f.value === 'number' && Number.isFinite(f.value);
const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Labels name whatever varies between rows: the unit, the indicator, or both. */
function labeller(figs: Fig[]): (f: Fig) => string {
  const oneIndicator = unique(figs.map((f) => f.indicator)).length <= 1;
  const oneUnit = unique(figs.map((f) => f.unit)).length <= 1;
  if (oneIndicator) return (f) => place(f);
  if (oneUnit) return (f) => f.indicatorData.name;
  return (f) => `${place(f)}: ${f.indicatorData.name}`;
}

function row(f: Fig & { value: number }, label: string, withTotal = true): ChartRow {
  const r: ChartRow = { label, value: f.value, date: f.date };
  if (withTotal && f.total !== undefined) r.total = f.total;
  if (f.target !== undefined) r.target = f.target;
  if (f.printed !== undefined) r.printed = f.printed;
  if (f.flagged) r.flagged = true;
  if (f.qualifier) r.qualifier = f.qualifier;
  if (f.derived?.length) r.derived = f.derived;
  return r;
}

function sourceText(sources: ChartItem['sources'], dates: string[], figures: readonly Fig[]): string {
  // A date an editor wrote where the source gives none is said as such, as in the tables.
  const when = dates.map((d) => figureDateLabel(d, figures)).join(', ');
  return `${sources.map((s) => s.title).join('; ')}${when ? `, số liệu tại ${when}` : ''}`;
}

function item(
  kind: ChartKind,
  slug: string,
  title: string,
  figs: Fig[],
  rows: ChartRow[],
  extra: Partial<ChartSpec> = {},
  whole?: Fig,
): ChartItem {
  const all = whole ? [whole, ...figs] : figs;
  const seen = new Map<string, string>();
  for (const f of all) if (!seen.has(f.conference)) seen.set(f.conference, f.conferenceEntry.data.title);
  const sources = [...seen].map(([id, t]) => ({ id, title: t }));
  const dates = unique(all.map((f) => f.date)).sort();
  const flags = all
    .filter((f) => f.flagged)
    .map((f) => `${labeller(figs)(f)}: nguồn in ${f.printed}, tính lại ${f.computedText ?? 'khác'}`);
  if (whole?.partsFlagged) flags.push(`Các phần không cộng lại bằng tổng số nguồn nêu (${whole.printed ?? whole.value})`);
  const spec: ChartSpec = { slug: slugify(slug), title, source: sourceText(sources, dates, all), rows, ...extra };
  return { kind, spec, figures: figs, whole, sources, dates, flags };
}

/** Slugs come from ids only (ASCII kebab-case), so they are stable across builds. */
export function slugify(s: string): string {
  const clean = s
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (clean.length <= 80) return clean;
  // Long id lists: keep a readable head and a hash of the whole, still deterministic.
  let h = 0x811c9dc5;
  for (let i = 0; i < clean.length; i++) h = Math.imul(h ^ clean.charCodeAt(i), 0x01000193) >>> 0;
  return `${clean.slice(0, 70).replace(/-$/, '')}-${h.toString(36)}`;
}

/** A whole with its parts (1.017 = 2 + 26 + 180 + 809); labels from each part's note. */
export function compositionChart(whole: Fig, title?: string): ChartItem | undefined {
  const parts = inRowOrder(whole.parts).filter(hasValue);
  if (!hasValue(whole) || parts.length === 0) return undefined;
  // A bounded whole ("trên 5.120") is not an exact total: it is shown as printed, and the parts'
  // sum beside it, marked worked out; a whole the editor worked out is no stated total either.
  const stated = !whole.qualifier && !whole.derived?.includes('value');
  const total = stated ? whole.value : undefined;
  const totalText = stated
    ? undefined
    : whole.qualifier
      ? (whole.printed ?? formatQualified(whole.value, whole))
      : markDerived(formatNumber(whole.value), 'value', whole.derived);
  const rows = parts.map((p) => row(p, p.note ?? place(p), false));
  const name = title ?? `${whole.indicatorData.name}, ${place(whole)}: các thành phần`;
  return item(
    'composition',
    `co-cau-${whole.id}`,
    name,
    parts,
    rows,
    { total, ...(totalText ? { totalText } : {}), subject: whole.indicatorData.name.toLowerCase() },
    whole,
  );
}

/** Rates against targets: one bar per figure, printed and computed both shown when flagged. */
function progressChart(figs: Fig[], slug: string, title: string): ChartItem | undefined {
  const rows = figs.filter(hasValue);
  if (rows.length === 0) return undefined;
  const label = labeller(rows);
  return item(
    'progress',
    slug,
    title,
    rows,
    rows.map((f) => row(f, label(f))),
  );
}

/** Counts of totals side by side (16/17, 55/86): one bar per figure. */
function ratioChart(figs: Fig[], slug: string, title: string): ChartItem | undefined {
  const rows = figs.filter((f) => hasValue(f) && f.total !== undefined) as (Fig & { value: number })[];
  if (rows.length === 0) return undefined;
  const label = labeller(rows);
  return item(
    'ratio-bars',
    slug,
    title,
    rows,
    rows.map((f) => row(f, label(f))),
  );
}

/** Dates a series draws at most: the newest; a unit reporting for decades keeps a readable line. */
const SERIES_MAX = 20;

/** One indicator in one unit over time (its SERIES_MAX newest dates); shares when every point has a total. */
function seriesChart(figs: Fig[]): ChartItem | undefined {
  const all = figs.filter(hasValue).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const dates = unique(all.map((f) => f.date));
  if (dates.length < 2) return undefined;
  const rows = all.filter((f) => f.date >= dates[Math.max(0, dates.length - SERIES_MAX)]!);
  const withTotal = rows.every((f) => f.total !== undefined);
  const f0 = rows[0]!;
  const title = `${f0.indicatorData.name}, ${place(f0)}: diễn biến qua ${dates.length > SERIES_MAX ? `${SERIES_MAX} mốc gần nhất` : 'các mốc'}`;
  return item(
    'time-series',
    `dien-bien-${f0.indicator}-${f0.unit}`,
    title,
    rows,
    rows.map((f) => row(f, place(f), withTotal)),
  );
}

const isRatio = (f: Fig) => hasValue(f) && f.total !== undefined;

/**
 * A report's charts: each whole with parts as a composition; rates with targets as progress
 * (per unit and date); ratios of one indicator across units as bars, the remaining ratios of
 * one unit together; an indicator+unit with several dates as a time series.
 */
export function reportCharts(input: Fig[]): ChartItem[] {
  const figures = inRowOrder(input);
  const out: ChartItem[] = [];
  const tops = figures.filter((f) => !f.part_of || !figures.some((w) => w.id === f.part_of));
  for (const w of tops) if (w.parts.length) out.push(compositionChart(w)!);
  const conf = figures[0]?.conference ?? 'bao-cao';

  const targeted = tops.filter((f) => isRatio(f) && f.target !== undefined);
  for (const [key, g] of groupBy(targeted, (f) => `${f.unit}-${f.date}`)) {
    out.push(progressChart(g, `dat-chi-tieu-${conf}-${key}`, `Tỷ lệ so với chỉ tiêu đề ra, ${place(g[0]!)}`)!);
  }
  const ratios = tops.filter((f) => isRatio(f) && f.target === undefined);
  const byIndicator = groupBy(ratios, (f) => f.indicator);
  const singles: Fig[] = [];
  for (const [ind, g] of byIndicator) {
    if (unique(g.map((f) => f.unit)).length > 1)
      out.push(ratioChart(g, `ty-le-${conf}-chi-tieu-${ind}`, `${g[0]!.indicatorData.name}: so sánh các địa phương`)!);
    else singles.push(...g);
  }
  for (const [key, g] of groupBy(singles, (f) => `${f.unit}-${f.date}`)) {
    out.push(
      ratioChart(
        g,
        `ty-le-${conf}-don-vi-${key}`,
        g.length === 1 ? `${g[0]!.indicatorData.name}, ${place(g[0]!)}` : `Tỷ lệ kiêm nhiệm, nhất thể hóa, ${place(g[0]!)}`,
      )!,
    );
  }
  for (const g of groupBy(tops, (f) => `${f.indicator}|${f.unit}`).values()) {
    const s = seriesChart(g);
    if (s) out.push(s);
  }
  return out.filter(Boolean);
}

/** The latest figure per unit (ties: the later id), whole figures only. */
export function latestPerUnit(figures: Fig[]): Fig[] {
  const latest = new Map<string, Fig>();
  for (const f of figures.filter((x) => !x.part_of && hasValue(x))) {
    const cur = latest.get(f.unit);
    if (!cur || f.date > cur.date || (f.date === cur.date && f.id > cur.id)) latest.set(f.unit, f);
  }
  return [...latest.values()].sort((a, b) => place(a).localeCompare(place(b), 'vi'));
}

/** Bars a comparison draws at most: more are not readable on a phone. */
export const COMPARISON_MAX = 25;
/** Further charts (compositions, series) an indicator page draws at most, of each kind. */
const INDICATOR_EXTRA_MAX = 3;

const newestFirst = (a: Fig, b: Fig) => b.date.localeCompare(a.date) || place(a).localeCompare(place(b), 'vi') || a.id.localeCompare(b.id);

/** At most `max` of the figures, the most recent first, kept in their given order. */
export function newestOf(figs: Fig[], max = COMPARISON_MAX): Fig[] {
  if (figs.length <= max) return figs;
  const keep = new Set([...figs].sort(newestFirst).slice(0, max));
  return figs.filter((f) => keep.has(f));
}

/** The schema's one order of levels; a unit without a known level ranks last. */
const levelRank = (l: string) => (l in UNIT_LEVEL_RANK ? UNIT_LEVEL_RANK[l as keyof typeof UNIT_LEVEL_RANK] : Infinity);
/** What a comparison ranks by: the share of a ratio, or the percent itself. */
const rankOf = (f: Fig) => (f.total !== undefined ? (f.total > 0 ? (f.value! / f.total) * 100 : -1) : (f.value ?? -1));
/** Highest first, ties by label in Vietnamese order, then by id: the same order every build. */
const byValue = (a: Fig, b: Fig) => rankOf(b) - rankOf(a) || place(a).localeCompare(place(b), 'vi') || a.id.localeCompare(b.id);

/**
 * The units a comparison sets side by side: like with like, the level with the most units
 * (ties: the higher level), the COMPARISON_MAX most recent at most, ranked by value; and, when
 * they all belong to one unit that has a figure too, that parent to read them against.
 */
function comparisonRows(latest: Fig[]): { rows: Fig[]; parent?: Fig; level?: string; mixed: boolean } {
  const byLevel = groupBy(latest, (f) => f.unitData.level ?? '');
  const level = [...byLevel.keys()].sort((a, b) => byLevel.get(b)!.length - byLevel.get(a)!.length || levelRank(a) - levelRank(b))[0];
  const rows = newestOf(byLevel.get(level ?? '') ?? []).sort(byValue);
  const parents = unique(rows.map((f) => f.unitData.parent));
  const parent = parents.length === 1 && parents[0] ? latest.find((f) => f.unit === parents[0]) : undefined;
  return { rows, parent, level, mixed: byLevel.size > 1 };
}

/**
 * The statistics overview's chart for one indicator, comparing units of one level on their
 * latest figure (see `comparisonRows`): ratios as bars (progress when targets exist), percents
 * as progress; a count only charts as its parts (one unit) or over time, since counts of
 * different units share no scale.
 */
export function indicatorComparison(indicator: FigureInput['indicatorData'], figures: Fig[]): ChartItem | undefined {
  // In row order whatever the caller's order: every page that shows this chart, and the data
  // files written for it, must pick the same one.
  const own = inRowOrder(figures.filter((f) => f.indicator === indicator.id));
  const latest = latestPerUnit(own);
  if (latest.length === 0) return undefined;
  const slug = `so-sanh-${indicator.id}`;
  if (indicator.measure === 'ratio' || indicator.measure === 'percent') {
    const pool = indicator.measure === 'ratio' ? latest.filter(isRatio) : latest;
    if (pool.length === 0) return undefined;
    const { rows, parent, level, mixed } = comparisonRows(pool);
    const words = level && level in UNIT_LEVEL_WORDS ? UNIT_LEVEL_WORDS[level as UnitLevel] : undefined;
    const who = mixed && words ? `các địa phương ${words}` : 'các địa phương';
    const title = `${indicator.name}: so sánh ${who} (số liệu mới nhất)`;
    const figs = parent ? [parent, ...rows] : rows;
    const kind = indicator.measure === 'percent' || figs.some((f) => f.target !== undefined) ? 'progress' : 'ratio-bars';
    const drawn = (kind === 'ratio-bars' ? figs.filter(isRatio) : figs.filter(hasValue)) as (Fig & { value: number })[];
    const chartRows = drawn.map((f) => (f === parent ? { ...row(f, `${place(f)} · cấp trên`), reference: true } : row(f, place(f))));
    return drawn.length ? item(kind, slug, title, drawn, chartRows) : undefined;
  }
  const whole = latest.find((f) => f.parts.length > 0);
  if (latest.length === 1 && whole) return compositionChart(whole);
  for (const g of groupBy(
    own.filter((f) => !f.part_of),
    (f) => f.unit,
  ).values()) {
    const s = seriesChart(g);
    if (s) return s;
  }
  return undefined;
}

/**
 * An indicator page's charts: the comparison, then the parts of the newest wholes and the
 * series of the units with the newest figures, INDICATOR_EXTRA_MAX of each at most, so the
 * page stays the same size however many units report; the table has every figure.
 */
export function indicatorCharts(indicator: FigureInput['indicatorData'], figures: Fig[]): ChartItem[] {
  const own = inRowOrder(figures.filter((f) => f.indicator === indicator.id));
  const out: (ChartItem | undefined)[] = [indicatorComparison(indicator, own)];
  for (const w of newestOf(
    own.filter((f) => !f.part_of && hasValue(f) && f.parts.length),
    INDICATOR_EXTRA_MAX,
  ))
    out.push(compositionChart(w));
  const series = [
    ...groupBy(
      own.filter((f) => !f.part_of),
      (f) => f.unit,
    ).values(),
  ]
    .map(seriesChart)
    .filter((c): c is ChartItem => !!c);
  const newest = new Set(
    newestOf(
      series.map((c) => c.figures.at(-1)!),
      INDICATOR_EXTRA_MAX,
    ),
  );
  out.push(...series.filter((c) => newest.has(c.figures.at(-1)!)));
  const seen = new Set<string>();
  return out.filter((c): c is ChartItem => !!c && !seen.has(c.spec.slug) && !!seen.add(c.spec.slug));
}

/** Figures by id, made once per figures array: every article with a chart asks of the same one. */
const byIdOf = new WeakMap<Fig[], Map<string, Fig>>();
function figuresById(figures: Fig[]): Map<string, Fig> {
  let m = byIdOf.get(figures);
  if (!m) byIdOf.set(figures, (m = new Map(figures.map((f) => [f.id, f]))));
  return m;
}

/** The observation ids of a `<Chart observations="a b, c">` attribute, as editors separate them. */
export function chartIds(observations: string): string[] {
  return observations.split(/[\s,]+/).filter(Boolean);
}

/**
 * The chart an editor asks for with `<Chart observations="a b" type="…" title="…" />`; without
 * a type it is read from the figures. Undefined when the figures cannot make that chart.
 */
export function chartFromIds(ids: string[], figures: Fig[], opts: { type?: string; title?: string; scope: string }): ChartItem | undefined {
  const byId = figuresById(figures);
  const figs = ids.map((id) => byId.get(id)).filter((f): f is Fig => !!f);
  if (figs.length === 0) return undefined;
  const slug = `${opts.scope}-${ids.join('-')}`;
  const title =
    opts.title ??
    (figs.length === 1 ? `${figs[0]!.indicatorData.name}, ${place(figs[0]!)}` : unique(figs.map((f) => f.indicatorData.name)).join('; '));
  const type =
    opts.type ??
    (figs.length === 1 && figs[0]!.parts.length
      ? 'composition'
      : figs.every(isRatio)
        ? figs.some((f) => f.target !== undefined)
          ? 'progress'
          : 'ratio-bars'
        : unique(figs.map((f) => f.date)).length > 1
          ? 'time-series'
          : 'composition');
  if (type === 'composition') {
    const whole = figs.find((f) => f.parts.length);
    if (whole) return compositionChart(whole, opts.title);
    const parts = figs.filter(hasValue);
    return parts.length
      ? item(
          'composition',
          slug,
          title,
          parts,
          parts.map((f) => row(f, f.note ?? labeller(parts)(f), false)),
        )
      : undefined;
  }
  if (type === 'progress') return progressChart(figs, slug, title);
  if (type === 'ratio-bars') return ratioChart(figs, slug, title);
  if (type === 'time-series') {
    const s = seriesChart(figs);
    return s && { ...s, spec: { ...s.spec, slug: slugify(slug), title } };
  }
  return undefined;
}

/** Every chart the site publishes (reports, indicators, overview), once per slug: the chart CSVs. */
export function allCharts(input: Fig[], indicators: FigureInput['indicatorData'][]): ChartItem[] {
  const figures = inRowOrder(input);
  const out = new Map<string, ChartItem>();
  const add = (c: ChartItem) => out.has(c.spec.slug) || out.set(c.spec.slug, c);
  for (const g of groupBy(figures, (f) => f.conference).values()) reportCharts(g).forEach(add);
  for (const ind of indicators) indicatorCharts(ind, figures).forEach(add);
  return [...out.values()];
}

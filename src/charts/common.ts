/**
 * Pieces every chart shares: escaping, coordinate rounding, text measuring and wrapping,
 * the accessible `<svg>` frame and the empty-chart fallback. No DOM: strings in, strings out.
 */
import type { ChartKind, ChartSpec } from './types.ts';
import { paint } from './style.ts';

export { chartCss, contrastRatio, palette } from './style.ts';

/** Layout defaults shared by all charts, in viewBox user units. */
export const frameDefaults = {
  width: 480,
  minWidth: 280,
  maxWidth: 1600,
  /** Label text; at width 480 rendered 320px wide it is still ~10px, the floor for phones. */
  fontSize: 15,
  /** Values, notes, axis labels. */
  smallFontSize: 14,
  lineHeight: 1.3,
  /** Average glyph advance of a sans-serif Vietnamese text, in ems; used to wrap and place text. */
  glyphWidth: 0.56,
  margin: { top: 8, right: 12, bottom: 8, left: 12 },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  emptyText: 'Chưa có số liệu',
} as const;

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML element content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => xmlEntities[c]!);
}

/**
 * A coordinate rounded to at most one decimal, as a string. Throws rather than writing
 * "NaN" into an SVG: a bad number is a bug upstream, not something to draw.
 */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`chart coordinate is not a finite number: ${n}`);
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Estimated advance width of `text` at `fontSize`; deterministic, so layout is too. */
export function textWidth(text: string, fontSize: number): number {
  return Array.from(text.normalize('NFC')).length * fontSize * frameDefaults.glyphWidth;
}

/** Greedy word wrap into lines no wider than `maxWidth` (a longer single word gets its own line). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces break: a no-break space (U+00A0) keeps "2 + 26 = 28" on one line.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v!)}"`)
    .join('');
}

/** `<rect>`, `<line>`, `<circle>`, `<path>` with a class and its light-palette fallback colours. */
export function shape(tag: 'rect' | 'line' | 'circle' | 'path', className: string, a: Attrs): string {
  return `<${tag} class="${escapeXml(className)}"${attrs(a)} ${paint(tag, className)}/>`;
}

/** A `<text>` element; numeric attributes are rounded, content is escaped. */
export function text(className: string, x: number, y: number, content: string, extra: Attrs = {}): string {
  return `<text class="${escapeXml(className)}"${attrs({ x, y, ...extra })} ${paint('text', className)}>${escapeXml(content)}</text>`;
}

/** One `<text>` per line, the first baseline at `y`; returns the markup and the height used. */
export function textLines(
  className: string,
  x: number,
  y: number,
  lines: string[],
  fontSize: number,
  extra: Attrs = {},
): { markup: string[]; height: number } {
  const step = fontSize * frameDefaults.lineHeight;
  const size = fontSize === frameDefaults.fontSize ? {} : { 'font-size': fontSize };
  const markup = lines.map((line, i) => text(className, x, y + i * step, line, { ...size, ...extra }));
  return { markup, height: lines.length * step };
}

const slugPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The ids a chart's `<title>` and `<desc>` carry, derived from its slug alone. */
export function chartIds(slug: string): { title: string; desc: string } {
  if (typeof slug !== 'string' || !slugPattern.test(slug)) {
    throw new TypeError(`chart slug must be ASCII letters, digits, "-" or "_", got ${JSON.stringify(slug)}`);
  }
  return { title: `${slug}-title`, desc: `${slug}-desc` };
}

/** viewBox width of a spec, checked. */
export function chartWidth(spec: ChartSpec): number {
  const w = spec.width ?? frameDefaults.width;
  if (!Number.isFinite(w) || w < frameDefaults.minWidth || w > frameDefaults.maxWidth) {
    throw new RangeError(`chart width must be from ${frameDefaults.minWidth} to ${frameDefaults.maxWidth}, got ${w}`);
  }
  return w;
}

export interface Frame {
  spec: ChartSpec;
  kind: ChartKind;
  desc: string;
  height: number;
  body: string[];
}

/**
 * The accessible frame: `role="img"`, `<title>` and `<desc>` first and named by
 * `aria-labelledby`; no width/height attributes, so CSS `width:100%;height:auto` scales it.
 */
export function svgFrame({ spec, kind, desc, height, body }: Frame): string {
  const ids = chartIds(spec.slug);
  const width = chartWidth(spec);
  const root = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${num(width)} ${num(height)}`,
    class: `chart chart-${kind}`,
    role: 'img',
    'aria-labelledby': `${ids.title} ${ids.desc}`,
    'font-family': frameDefaults.fontFamily,
    'font-size': frameDefaults.fontSize,
  });
  return [
    `<svg${root}>`,
    `<title id="${ids.title}">${escapeXml(spec.title)}</title>`,
    `<desc id="${ids.desc}">${escapeXml(desc)}</desc>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** The chart drawn when a spec has no rows: it says so instead of drawing an empty axis. */
export function emptyChart(spec: ChartSpec, kind: ChartKind): string {
  const width = chartWidth(spec);
  const height = 48;
  return svgFrame({
    spec,
    kind,
    desc: `${frameDefaults.emptyText}.`,
    height,
    body: [text('muted', width / 2, height / 2 + 5, frameDefaults.emptyText, { 'text-anchor': 'middle' })],
  });
}

/**
 * Chart colours, as data. Elements carry classes (`bar`, `bar flagged`, `target`…); `chartCss`
 * maps classes to colours per medium, and the light palette is also written as presentation
 * attributes so a chart opened on its own (feed reader, file preview) still reads. CSS always
 * wins over presentation attributes, so dark mode and print restyle them.
 *
 * Contrast (WCAG 2.x): text roles ≥ 4.5:1 and graphic roles ≥ 3:1 against the page background
 * of their scheme — white for light and print, #111 for dark. `style.test.ts` checks it.
 */

export interface Palette {
  background: string;
  /** Labels and values. */
  text: string;
  /** Axis labels, legends. */
  muted: string;
  /** Bars, line and points. */
  bar: string;
  /** Flagged bars and points (the ⚑ and words carry the meaning; colour only repeats it). */
  flag: string;
  /** ⚑ notes: text, so held to 4.5:1. */
  flagText: string;
  /** Target ticks and the 100% mark. */
  rule: string;
  /** Decorative: the 0–100% track behind bars and grid lines; not information-bearing. */
  track: string;
  grid: string;
}

export const palette: Readonly<Record<'light' | 'dark' | 'print', Palette>> = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    muted: '#57606a',
    bar: '#1f6feb',
    flag: '#bc4c00',
    flagText: '#9a3d00',
    rule: '#1f2328',
    track: '#e8ecf0',
    grid: '#d0d7de',
  },
  dark: {
    background: '#111111',
    text: '#e6edf3',
    muted: '#a0aab5',
    bar: '#4c9aff',
    flag: '#f0883e',
    flagText: '#ffa657',
    rule: '#e6edf3',
    track: '#262c33',
    grid: '#30363d',
  },
  print: {
    background: '#ffffff',
    text: '#000000',
    muted: '#333333',
    bar: '#555555',
    flag: '#000000',
    flagText: '#000000',
    rule: '#000000',
    track: '#eeeeee',
    grid: '#bbbbbb',
  },
};

/** Which palette role paints which class, as fill or stroke. */
const roles: ReadonlyArray<[selector: string, property: 'fill' | 'stroke', role: keyof Palette]> = [
  ['text', 'fill', 'text'],
  ['text.muted', 'fill', 'muted'],
  ['text.flag', 'fill', 'flagText'],
  ['.track', 'fill', 'track'],
  ['.grid', 'stroke', 'grid'],
  ['.bar', 'fill', 'bar'],
  ['.bar.flagged', 'fill', 'flag'],
  // The parent a comparison is read against: drawn apart, in the muted colour.
  ['.bar.reference', 'fill', 'muted'],
  ['.point', 'fill', 'bar'],
  ['.point.flagged', 'fill', 'flag'],
  ['.line', 'stroke', 'bar'],
  ['.target', 'stroke', 'rule'],
  ['.mark-100', 'stroke', 'rule'],
  // Drawn over the track and over flagged bars alike, so it takes the rule colour, not the flag's.
  ['.printed-mark', 'stroke', 'rule'],
];

/** Light-palette presentation attributes for a `tag` element of the given classes. */
export function paint(tag: string, className: string): string {
  const classes = className.split(' ');
  let fill: string | undefined;
  let stroke: string | undefined;
  for (const [selector, property, role] of roles) {
    const [selTag, ...names] = selector.split('.');
    if (selTag && selTag !== tag) continue;
    if (!names.every((c) => classes.includes(c))) continue;
    if (property === 'fill') fill = palette.light[role];
    else stroke = palette.light[role];
  }
  return [fill && `fill="${fill}"`, stroke && `stroke="${stroke}"`].filter(Boolean).join(' ');
}

function rules(p: Palette): string {
  return roles.map(([selector, property, role]) => `.chart ${selector}{${property}:${p[role]}}`).join('\n');
}

/** Styles for every chart; include once per page (e.g. in the base layout). */
export const chartCss = `.chart{display:block;width:100%;height:auto;max-width:100%;overflow:visible}
.chart .target{stroke-width:2;stroke-dasharray:4 2}
.chart .mark-100{stroke-width:1.5}
.chart .line{fill:none;stroke-width:2}
.chart .printed-mark{fill:none;stroke-width:2}
${rules(palette.light)}
.chart .point{stroke:${palette.light.background}}
@media (prefers-color-scheme: dark){
${rules(palette.dark)}
.chart .point{stroke:${palette.dark.background}}
}
@media print{
${rules(palette.print)}
.chart .bar.flagged{fill:${palette.print.background};stroke:${palette.print.flag};stroke-width:2;stroke-dasharray:3 2}
.chart .point{stroke:${palette.print.background}}
}
`;

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new TypeError(`expected a colour #rrggbb, got ${hex}`);
  const channel = (i: number) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG 2.x contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

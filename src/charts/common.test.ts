import { describe, expect, it } from 'vitest';
import { chartCss, chartIds, contrastRatio, escapeXml, num, palette, wrapText } from './common.ts';
import { charts } from './index.ts';
import { benTreLevels, benTreSeries, benTreWomen, concurrentRatios, expectWellFormedChart } from '../../tests/chart-fixtures.ts';

describe('common', () => {
  it('escapeXml(text) escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });

  it('num(n) rounds to one decimal and never writes -0', () => {
    expect(num(12.345)).toBe('12.3');
    expect(num(1 / 3)).toBe('0.3');
    expect(num(-0.04)).toBe('0');
    expect(num(100)).toBe('100');
  });

  it('num(n) refuses NaN instead of drawing it', () => {
    expect(() => num(Number.NaN)).toThrow(/not a finite number: NaN/);
  });

  it('wrapText(text, maxWidth, fontSize) breaks at spaces but not at no-break spaces', () => {
    expect(wrapText('một hai ba bốn năm sáu', 60, 15)).toEqual(['một hai', 'ba bốn', 'năm sáu']);
    expect(wrapText('1\u00a0+\u00a02\u00a0=\u00a03', 10, 15)).toEqual(['1\u00a0+\u00a02\u00a0=\u00a03']);
  });

  it('chartIds(slug) derives the title and desc ids from the slug alone', () => {
    expect(chartIds('ben-tre-2021')).toEqual({ title: 'ben-tre-2021-title', desc: 'ben-tre-2021-desc' });
    expect(() => chartIds('')).toThrow(/got ""/);
  });

  it('charts[kind](spec) escapes markup in titles and labels', () => {
    const spec = { ...benTreLevels, title: 'A < B', rows: [{ label: '<script>', value: 1 }] };
    const svg = charts.composition(spec);
    expect(svg).toContain('<title id="ben-tre-kiem-nhiem-theo-cap-title">A &lt; B</title>');
    expect(svg).not.toContain('<script>');
  });

  it('charts[kind](spec) honours a narrower or wider viewBox width', () => {
    for (const width of [320, 640]) {
      const spec = { ...benTreWomen, width };
      const svg = charts.progress(spec);
      expect(svg).toMatch(new RegExp(`viewBox="0 0 ${width} `));
      expectWellFormedChart(svg, spec);
    }
    expect(() => charts.progress({ ...benTreWomen, width: 100 })).toThrow(/chart width must be from 280/);
  });

  it('charts[kind](spec) gives each kind its own class for page styles', () => {
    expect(charts['ratio-bars'](concurrentRatios)).toContain('class="chart chart-ratio-bars"');
    expect(charts['time-series'](benTreSeries)).toContain('class="chart chart-time-series"');
  });
});

describe('palette and chartCss', () => {
  const roles = { text: 4.5, muted: 4.5, flagText: 4.5, bar: 3, flag: 3, rule: 3 } as const;

  for (const scheme of ['light', 'dark', 'print'] as const) {
    it(`palette.${scheme} passes WCAG AA against its background (text 4.5:1, graphics 3:1)`, () => {
      const p = palette[scheme];
      for (const [role, min] of Object.entries(roles)) {
        expect(contrastRatio(p[role as keyof typeof roles], p.background), `${scheme}.${role}`).toBeGreaterThanOrEqual(min);
      }
    });
  }

  it('palette bars and flags pass 3:1 against both white and #111', () => {
    for (const p of [palette.light, palette.dark]) {
      expect(contrastRatio(p.bar, p.background)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(p.flag, p.background)).toBeGreaterThanOrEqual(3);
    }
  });

  it('contrastRatio(a, b) gives 21 for black on white and 1 for equal colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('chartCss restyles the classes for dark mode and print', () => {
    expect(chartCss).toContain('@media (prefers-color-scheme: dark){');
    expect(chartCss).toContain('@media print{');
    expect(chartCss).toContain(`.chart .bar.flagged{fill:${palette.dark.flag}}`);
    expect(chartCss).toContain('.chart{display:block;width:100%;height:auto;');
  });
});

/**
 * Nothing on a page that no source said, for figures: each qualifier word keeps its meaning and
 * survives as printed to the page text, chart, table, spoken description, CSV and JSON; a value
 * the build or an editor worked out is labelled so and never stands in for the printed figure; a
 * period (`2015/2020`) round-trips through the check, the page text, JSON-LD and open data.
 * Plain functions on a throwaway project (the minimal fixture with generated rows).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { QUALIFIER_WORDS, QUALIFIERS, qualifierBounds, qualifierWord, leadingQualifier, type Qualifier } from '../src/core/qualifiers.ts';
import { formatQualified } from '../src/core/format.ts';
import { parsePrinted } from '../src/core/printed.ts';
import { dateLabel, datePhrase, periodEnds, temporalCoverage, isPeriod, compareOldestFirst } from '../src/core/partial-date.ts';
import { checkParts } from '../src/domain/arithmetic.ts';
import { validateProject } from '../src/checks/engine.ts';
import { corpusFigures } from '../src/articles/chart-html.ts';
import { chartRows, tableRows, TABLES, CHART_FIELDS, toCsv, toJson } from '../src/site/outputs/open-data.ts';
import { chartFromIds, compositionChart } from '../src/charts/specs.ts';
import { charts } from '../src/charts/index.ts';
import { chartTable } from '../src/charts/table.ts';
import { readFigures } from '../src/extract/figures.ts';
import { unitSummary } from '../src/site/views/unit-summary.ts';
import type { Observation } from '../src/schemas/observation.ts';
import { FIXTURES, projectWith } from './helpers.ts';

const HEADER = 'id,indicator,unit,date,value,total,qualifier,printed,target,part_of,conference,note,derived';

/** One whole per qualifier word ("gần 80" with parts 30 + 45), a hedged ratio, a worked-out target, a period. */
function rows(): { csv: string; words: { id: string; q: Qualifier; word: string }[] } {
  // The minimal project's own rows (its report names them), with the new column empty.
  const own = readFileSync(join(FIXTURES, 'minimal', 'data', 'observations.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  const lines = [HEADER, ...own.map((l) => `${l},`)];
  const words: { id: string; q: Qualifier; word: string }[] = [];
  QUALIFIERS.forEach((q) =>
    QUALIFIER_WORDS[q].forEach((word, i) => {
      const id = `q-${q}-${i}`;
      words.push({ id, q, word });
      lines.push(`${id},so-truong-hop,tinh-a,2021-09-23,80,,${q},${word} 80,,,hoi-nghi-a,,`);
      lines.push(`${id}-a,so-truong-hop,tinh-a,2021-09-23,30,,,30,,${id},hoi-nghi-a,Phần A,`);
      lines.push(`${id}-b,so-truong-hop,tinh-a,2021-09-23,45,,,45,,${id},hoi-nghi-a,Phần B,`);
    }),
  );
  lines.push('tong-ban-tinh,so-truong-hop,tinh-a,2021-09-23,5123,,,,,,hoi-nghi-a,Tổng các phần do biên tập viên cộng,value');
  lines.push('ti-le-vuot,ti-le-kiem-nhiem,tinh-a,2021-09-23,7,41,,"17,07%",15,,hoi-nghi-a,"Nguồn ghi vượt chỉ tiêu 2,07%",target');
  lines.push('giai-doan,so-truong-hop,tinh-a,2015/2020,5120,,over,trên 5.120,,,hoi-nghi-a,Từ năm 2015 đến đầu năm 2020,');
  return { csv: `${lines.join('\n')}\n`, words };
}

const project = projectWith();
afterAll(() => project.cleanup());
const { csv, words } = rows();
writeFileSync(join(project.root, 'data', 'observations.csv'), csv);
const result = validateProject(project.root);
const figures = corpusFigures(result.corpus, () => true);
const byId = new Map(figures.map((f) => [f.id, f]));

describe('qualifiers: one list, each word its own meaning', () => {
  it('the check accepts every qualifier with its own word, and reads each word back to its qualifier', () => {
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    for (const { q, word } of words) {
      expect(parsePrinted(`${word} 80%`)?.qualifier, word).toBe(q);
      expect(leadingQualifier(`${word} 1.017`)?.word, word).toBe(word);
      // Running text: the same list, the same reading.
      expect(readFigures(`Có ${word} 1.017 trường hợp.`)[0]?.qualifier, word).toBe(q);
    }
    // "ngoài" is not one: "ngoài 5 xã" also reads "besides the 5 communes".
    expect(parsePrinted('ngoài 5')?.qualifier).toBeUndefined();
  });

  it('any figure printed with any qualifier word reads back to that qualifier and number, and prints with that word', () => {
    const pairs = QUALIFIERS.flatMap((q) => QUALIFIER_WORDS[q].map((w) => [q, w] as const));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.integer({ min: 0, max: 10_000_000 }), fc.boolean(), ([q, w], n, percent) => {
        const printed = formatQualified(n, { qualifier: q, printed: `${w} 1` }, percent ? 'percent' : 'count');
        expect(printed.startsWith(`${w} `)).toBe(true);
        expect(parsePrinted(printed)).toMatchObject({ qualifier: q, number: n, percent });
        const [lo, hi] = qualifierBounds(q, n);
        expect(lo <= n && n <= hi).toBe(true);
      }),
    );
  });

  it('the words live in one place: no other module of src/ spells out the list', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(dir, e.name))
          : /\.(ts|astro)$/.test(e.name) && !e.name.endsWith('.test.ts')
            ? [join(dir, e.name)]
            : [],
      );
    const spelled = files(join(import.meta.dirname, '..', 'src')).filter((f) =>
      /xấp\s*xỉ|chưa\s+tới|tối\s+thiểu/.test(readFileSync(f, 'utf8')),
    );
    expect(spelled.map((f) => f.slice(f.indexOf('src/')))).toEqual(['src/core/qualifiers.ts']);
  });

  it('"gần 80%" is at most 80: parts of 85 do not fit it, though they fit "khoảng 80"', () => {
    expect(qualifierBounds('nearly', 80)[1]).toBe(80);
    const table = (q: Qualifier) => [
      { row: 2, data: { id: 'w', value: 80, qualifier: q } as Observation },
      { row: 3, data: { id: 'a', value: 40, part_of: 'w' } as Observation },
      { row: 4, data: { id: 'b', value: 45, part_of: 'w' } as Observation },
    ];
    expect(checkParts(table('nearly')).map((p) => p.issue.code)).toEqual(['parts-sum-mismatch']);
    expect(checkParts(table('about'))).toEqual([]);
    expect(checkParts(table('at-most')).map((p) => p.issue.code)).toEqual(['parts-sum-mismatch']);
    expect(checkParts(table('at-least'))).toEqual([]);
  });

  it('each word survives to the page text, chart, table and spoken description, never a synonym', () => {
    for (const { id, q, word } of words) {
      const f = byId.get(id)!;
      expect(f.qualifier).toBe(q);
      expect(formatQualified(80, f), word).toBe(`${word} 80`);
      expect(formatQualified(80, { qualifier: q, printed: `${word} 80%` }, 'percent'), word).toBe(`${word} 80%`);
      expect(
        unitSummary(
          { id: 'tinh-a', name: 'Tỉnh A', level: 'tinh' } as never,
          undefined,
          [{ ...f, indicatorData: { name: 'Số', measure: 'count' } }],
          { reports: 1, documents: 0 },
        ),
      ).toContain(`${word} 80`);
      const item = compositionChart(f)!;
      const svg = charts.composition(item.spec);
      const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!;
      const table = chartTable(item.spec, 'composition');
      for (const [where, text] of [
        ['svg', svg],
        ['desc', desc],
        ['table', table],
      ] as const) {
        expect(text, `${word} in ${where}`).toContain(`${word} 80`);
        // The whole is a bound: the parts' sum (75) is never shown as its total.
        expect(text, `${word} in ${where}`).not.toMatch(/Tổng(?: số)?[^:]*: 75\b/);
      }
      if (word !== QUALIFIER_WORDS[q][0]) expect(svg, word).not.toContain(`${QUALIFIER_WORDS[q][0]} 80`);
      expect(qualifierWord(q, f.printed)).toBe(word);
    }
  });

  it('each word survives to the open data CSV and JSON, and to each chart’s data file', () => {
    const input = {
      units: result.corpus.units.map((u) => u.data as never),
      indicators: result.corpus.indicators.map((i) => i.data as never),
      conferences: result.corpus.conferences as never,
      figures,
      pageUrl: (id: string) => `https://x/${id}/`,
    };
    const tables = tableRows(input);
    const fields = TABLES.find((t) => t.name === 'observations')!.fields;
    const csvRows = new Map(
      Papa.parse<Record<string, string>>(toCsv(fields, tables.observations).replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      }).data.map((r) => [r.id, r]),
    );
    const json = new Map((JSON.parse(toJson(fields, tables.observations)) as Record<string, unknown>[]).map((r) => [r.id, r]));
    for (const { id, q, word } of words) {
      expect(csvRows.get(id), id).toMatchObject({ qualifier: q, printed: `${word} 80` });
      expect(json.get(id), id).toMatchObject({ qualifier: q, printed: `${word} 80` });
      const chart = chartRows(compositionChart(byId.get(id)!)!);
      const whole = Papa.parse<Record<string, string>>(toCsv(CHART_FIELDS, chart).replace(/^\uFEFF/, ''), { header: true }).data[0]!;
      expect(whole, id).toMatchObject({ role: 'whole', qualifier: q, printed: `${word} 80` });
    }
    // The data package names every qualifier and its words.
    const description = fields.find((x) => x.name === 'qualifier')!.description;
    for (const q of QUALIFIERS) for (const w of QUALIFIER_WORDS[q]) expect(description).toContain(w);
  });
});

describe('the text of a report against its rows', () => {
  it('"khoảng 80%" in the text where the row prints "gần 80%" is a located warning', () => {
    const p = projectWith();
    try {
      const conf = join(p.root, 'content', 'conferences', 'hoi-nghi-a.mdx');
      writeFileSync(
        conf,
        readFileSync(conf, 'utf8').replace('  - ti-le\n', '  - ti-le\n  - gan\n') + '\nKhoảng 80 trường hợp kiêm nhiệm là bí thư.\n',
      );
      const own = readFileSync(join(FIXTURES, 'minimal', 'data', 'observations.csv'), 'utf8');
      writeFileSync(
        join(p.root, 'data', 'observations.csv'),
        `${own}gan,so-truong-hop,tinh-a,2021-09-23,80,,nearly,gần 80,,,hoi-nghi-a,\n`,
      );
      const found = validateProject(p.root).issues.filter((i) => i.code === 'text-figure-mismatch');
      expect(found.map((i) => [i.file, i.line, i.value, i.severity])).toEqual([
        ['content/conferences/hoi-nghi-a.mdx', 26, 'Khoảng 80', 'warning'],
      ]);
      expect(found[0]!.message.vi).toContain('gần 80');
    } finally {
      p.cleanup();
    }
  });
});

describe('worked-out values are labelled, never in place of a printed figure', () => {
  it('a composition whose whole is "trên 5.120" shows it as printed, the parts’ sum beside it marked worked out', () => {
    const f = byId.get(words.find((w) => w.word === 'trên')!.id)!;
    const item = compositionChart(f)!;
    const table = chartTable(item.spec, 'composition');
    expect(table).toContain('<th scope="row">Tổng</th><td>trên 80</td>');
    expect(table).toContain('<th scope="row">Cộng các phần</th><td>75 (tính ra)</td>');
    expect(charts.composition(item.spec)).toContain('Cộng các phần: 75 (tính ra)');
  });

  it('a whole an editor summed (derived: value) and a target worked out by subtraction (derived: target) say so', () => {
    const whole = byId.get('tong-ban-tinh')!;
    expect(whole.derived).toEqual(['value']);
    const rate = byId.get('ti-le-vuot')!;
    expect(rate.derived).toEqual(['target']);
    const progress = chartFromIds(['ti-le-vuot'], figures, { scope: 't', type: 'progress' })!;
    expect(chartTable(progress.spec, 'progress')).toContain('15% (tính ra: biên tập viên tính)');
    expect(charts.progress(progress.spec)).toContain('tính ra');
    const tables = tableRows({ units: [], indicators: [], conferences: [], figures, pageUrl: () => '' });
    expect(tables.observations.find((r) => r.id === 'ti-le-vuot')!.derived).toBe('target');
  });

  it('a derived field that is empty is a finding', () => {
    const p = projectWith();
    try {
      writeFileSync(join(p.root, 'data', 'observations.csv'), `${HEADER}\nx,so-truong-hop,tinh-a,2021-09-23,5,,,5,,,hoi-nghi-a,,target\n`);
      const r = validateProject(p.root);
      expect(r.issues.filter((i) => i.field === 'derived').map((i) => [i.code, i.row])).toEqual([['constraint-error', 2]]);
    } finally {
      p.cleanup();
    }
  });
});

describe('periods', () => {
  it('"từ năm 2015 đến đầu năm 2020" is 2015/2020, shown 2015–2020; its coverage is its own ends', () => {
    expect(isPeriod('2015/2020')).toBe(true);
    expect(isPeriod('2020/2015')).toBe(false);
    expect(periodEnds('2015/2020')).toEqual(['2015', '2020']);
    expect(dateLabel('2015/2020')).toBe('2015–2020');
    expect(dateLabel('2015-06/2020-03')).toBe('6/2015–3/2020');
    expect(datePhrase('2015/2020')).toBe('giai đoạn 2015–2020');
    expect(temporalCoverage(['2020-03'])).toBe('2020-03');
    expect(temporalCoverage(['2015/2020', '2018', '2020-03'])).toBe('2015/2020');
    expect(temporalCoverage(['2018', '2021-09-23'])).toBe('2018/2021-09-23');
    expect(['2020-03', '2015/2020', '2014'].sort(compareOldestFirst)).toEqual(['2014', '2015/2020', '2020-03']);
  });

  it('a period round-trips through the check and the open data', () => {
    const f = byId.get('giai-doan')!;
    expect(f.date).toBe('2015/2020');
    const fields = TABLES.find((t) => t.name === 'observations')!.fields;
    const date = fields.find((x) => x.name === 'date')!;
    expect(new RegExp(`^(?:${date.constraints!.pattern})$`).test('2015/2020')).toBe(true);
    const tables = tableRows({ units: [], indicators: [], conferences: [], figures, pageUrl: () => '' });
    expect(toCsv(fields, tables.observations)).toContain(',2015/2020,5120,,over,trên 5.120,');
    expect(JSON.parse(toJson(fields, tables.observations)).find((r: { id: string }) => r.id === 'giai-doan').date).toBe('2015/2020');
  });

  it('a period the check cannot read is an error with the form to write', () => {
    const p = projectWith();
    try {
      writeFileSync(join(p.root, 'data', 'observations.csv'), `${HEADER}\nx,so-truong-hop,tinh-a,2020/2015,5,,,5,,,hoi-nghi-a,,\n`);
      const r = validateProject(p.root);
      const found = r.issues.filter((i) => i.field === 'date');
      expect(found.map((i) => [i.code, i.row])).toEqual([['type-error', 2]]);
      expect(found[0]!.expected).toContain('2015/2020');
    } finally {
      p.cleanup();
    }
  });
});

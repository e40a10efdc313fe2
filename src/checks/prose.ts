/**
 * Prose and data agree: the figures a report's text states are read (src/extract/) and compared
 * with the data rows of that report. A figure that a row gives (as value, ratio, printed rate,
 * computed rate, target, or in the row's note) is recorded. One that clearly speaks of a row —
 * same shape, the words of its indicator (and note) in its clause, and for a ratio the same count
 * or total — but disagrees with it is `text-figure-mismatch`; one that speaks of an indicator no
 * row of the report gives is `text-figure-unrecorded`. Figures of no known indicator are left
 * alone: a warning on every "3 lớp" would teach editors to ignore warnings.
 */
import { readFigures, type TextFigure } from '../extract/figures.ts';
import { fits, overlap, suggestIndicator, tokens } from '../extract/match.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Observation } from '../schemas/observation.ts';
import type { CsvRow } from '../corpus/csv.ts';
import type { Corpus } from '../corpus/corpus.ts';
import { makeIssue, type Issue } from '../core/issues.ts';
import { agreesWithPrinted, parsePrinted } from '../core/printed.ts';
import { formatNumber } from '../core/format.ts';
import { groupBy } from '../core/group.ts';
import { remember } from '../core/memo.ts';

type Row = CsvRow<Observation>;

/** The figure as a row states it: `15/17`, `1.015`, `38,6%`. */
export function rowFigure(o: Observation): string {
  if (o.total !== undefined) return `${o.value}/${o.total}${o.printed && o.printed !== `${o.value}/${o.total}` ? ` (${o.printed})` : ''}`;
  return o.printed ?? formatNumber(o.value ?? 0);
}

function noteHas(o: Observation, f: TextFigure): boolean {
  if (!o.note) return false;
  const n = f.printed.replace(/^\D+/, '').replace(/\s+/g, '');
  return new RegExp(`(?<![\\d.,])${n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\d]|[.,]\\d)`).test(
    o.note.replace(/\s*%/g, '%').replace(/\s*\/\s*/g, '/'),
  );
}

/** True when some row of the report gives this figure, in any of the ways a report repeats one. */
function recorded(f: TextFigure, rows: Row[], measure: (o: Observation) => string | undefined): boolean {
  return rows.some(({ data: o }) => {
    if (o.value === undefined) return false;
    if (noteHas(o, f)) return true;
    if (f.total !== undefined) return o.value === f.value && o.total === f.total;
    if (f.percent) {
      const p = o.printed ? parsePrinted(o.printed) : undefined;
      const rate = p?.percent && p.number !== undefined ? p.number : undefined;
      const computed = o.total ? (o.value / o.total) * 100 : measure(o) === 'percent' ? o.value : undefined;
      const near = (x: number | undefined) => x !== undefined && agreesWithPrinted(x, f.value, f.decimals);
      return (
        near(rate) || near(computed) || o.target === f.value || (rate !== undefined && o.target !== undefined && near(rate - o.target))
      );
    }
    return o.value === f.value;
  });
}

/**
 * A row giving this hedged figure's number under a qualifier of another kind, when no row gives
 * it under the text's own: the text and the data word the source differently.
 */
function rewordedRow(f: TextFigure, rows: Row[]): Row | undefined {
  const same = rows.filter(({ data: o }) => o.value === f.value && o.total === f.total && o.printed);
  if (same.some(({ data: o }) => o.qualifier === f.qualifier)) return undefined;
  return same.find(({ data: o }) => o.qualifier !== undefined && o.qualifier !== f.qualifier);
}

/** The one row this figure speaks of, if one clearly does. */
function counterpart(f: TextFigure, rows: Row[], figures: TextFigure[], indicators: Map<string, Indicator>): Row | undefined {
  const ctx = tokens(`${f.label} ${f.context} ${f.noun}`);
  // A total whose listed parts the rows give: the whole those rows are part of.
  const parts = figures.filter((p) => p.partOf !== undefined && figures[p.partOf] === f);
  if (parts.length) {
    const wholes = new Set(parts.map((p) => rows.find((r) => r.data.part_of && r.data.value === p.value)?.data.part_of));
    const [whole] = wholes;
    if (wholes.size === 1 && whole) return rows.find((r) => r.data.id === whole);
  }
  const scored = rows
    .filter(({ data: o }) => fits(f, indicators.get(o.indicator)?.measure) && o.value !== undefined)
    .filter(({ data: o }) => f.total === undefined || o.total === f.total || o.value === f.value)
    .filter(({ data: o }) => (f.partOf !== undefined) === (o.part_of !== undefined))
    .map((r) => {
      const name = tokens(indicators.get(r.data.indicator)?.name ?? '');
      const note = tokens(r.data.note ?? '');
      // A part is told apart from its siblings by its label ("cấp xã"), which the row's note holds.
      const score =
        f.partOf !== undefined ? overlap(tokens(f.label), note) : Math.max(overlap(ctx, name), overlap(ctx, new Set([...name, ...note])));
      return { r, score };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < 0.6 || (second && second.score >= best.score - 1e-9)) return undefined;
  return best.r;
}

export function checkProse(c: Corpus): Issue[] {
  const issues: Issue[] = [];
  const indicators = new Map(c.indicators.map((i) => [i.data.id, i.data]));
  const allIndicators = c.indicators.map((i) => i.data);
  const byConference = groupBy(c.observations, (r) => r.data.conference);
  const measure = (o: Observation) => indicators.get(o.indicator)?.measure;
  // What a report's findings depend on: its text and place, its rows, and the indicators.
  const indicatorsText = JSON.stringify(allIndicators);
  for (const conf of c.conferences) {
    const rows = byConference.get(conf.id) ?? [];
    const key = JSON.stringify([conf.file, conf.bodyLine, conf.body, rows, indicatorsText]);
    for (const issue of remember('prose', key, () => reportProse(conf, rows, indicators, allIndicators, measure))) issues.push(issue);
  }
  return issues;
}

function reportProse(
  conf: Corpus['conferences'][number],
  rows: Row[],
  indicators: Map<string, Indicator>,
  allIndicators: Indicator[],
  measure: (o: Observation) => string | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const figures = readFigures(conf.body);
  for (const f of figures) {
    if (f.role) continue;
    // The same number hedged with another kind of word ("khoảng 80%" where the row's source
    // prints "gần 80%"): one of the two rewords the source.
    const reworded = f.qualifier ? rewordedRow(f, rows) : undefined;
    if (reworded) {
      issues.push(
        makeIssue('text-figure-mismatch', {
          file: conf.file,
          line: conf.bodyLine + f.line - 1,
          field: 'body',
          value: f.printed,
          expected: `${reworded.data.printed} (data/observations.csv, dòng / row ${reworded.row}: ${reworded.data.id})`,
          message: {
            vi: `Bài viết ghi ${f.printed} nhưng dòng số liệu ${reworded.data.id} ghi ${reworded.data.printed}: từ hạn định khác nghĩa`,
            en: `The text says ${f.printed} but data row ${reworded.data.id} says ${reworded.data.printed}: a qualifier of another meaning`,
          },
        }),
      );
      continue;
    }
    if (recorded(f, rows, measure)) continue;
    const where = {
      file: conf.file,
      line: conf.bodyLine + f.line - 1,
      field: 'body',
      value: f.rate ? `${f.printed} (${f.rate.printed})` : f.printed,
    };
    const row = counterpart(f, rows, figures, indicators);
    if (row) {
      const stated = rowFigure(row.data);
      issues.push(
        makeIssue('text-figure-mismatch', {
          ...where,
          expected: `${stated} (data/observations.csv, dòng / row ${row.row}: ${row.data.id})`,
          message: {
            vi: `Bài viết ghi ${f.printed} nhưng dòng số liệu ${row.data.id} (dòng ${row.row}) ghi ${stated}`,
            en: `The text says ${f.printed} but data row ${row.data.id} (row ${row.row}) says ${stated}`,
          },
        }),
      );
      continue;
    }
    const ind = suggestIndicator(f, allIndicators);
    if (!ind) continue;
    issues.push(
      makeIssue('text-figure-unrecorded', {
        ...where,
        expected: `một dòng trong data/observations.csv, chỉ tiêu gợi ý: ${ind.id} / a data row; suggested indicator: ${ind.id}`,
        message: {
          vi: `Bài viết nêu ${f.printed} (${ind.name}) nhưng chưa có dòng số liệu nào của bài ghi số này`,
          en: `The text states ${f.printed} (${ind.name}) but no data row of this report gives it`,
        },
      }),
    );
  }
  return issues;
}

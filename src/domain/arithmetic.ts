/**
 * The arithmetic of figures: what a printed figure says against the counts beside it, and
 * whether parts can add up to their whole, each qualified figure read as the bound it is.
 * One reading for the check and for the pages that flag the source's errors.
 */
import { formatNumber } from '../core/format.ts';
import { makeIssue, type Issue } from '../core/issues.ts';
import { agreesWithPrinted, parsePrinted, type PrintedFigure } from '../core/printed.ts';
import { qualifierBounds } from '../core/qualifiers.ts';
import { PATHS } from '../schemas/files.ts';
import type { Observation } from '../schemas/observation.ts';

/** A number as a finding prints it; never throws, even on a bound such as Infinity. */
const viNumber = (n: number) => (Number.isFinite(n) ? formatNumber(n) : String(n));

/** Computed value of a figure, in the unit the source printed it in. */
function computedFigure(o: Observation, measure: string | undefined, percent: boolean): number | undefined {
  if (o.value === undefined) return undefined;
  if (percent && measure === 'ratio') return o.total ? (o.value / o.total) * 100 : undefined;
  return o.value;
}

/** How a printed figure compares with the machine numbers beside it. */
export interface PrintedAssessment {
  ok: boolean;
  /** The value the figures give, in the printed unit (percent when the source printed a rate). */
  computed?: number;
  percent: boolean;
  /** `30,56%` or `16/17`: the computed figure as a reader would print it. */
  computedText?: string;
}

export function assessPrinted(o: Observation, measure: string | undefined): PrintedAssessment | undefined {
  // Without the indicator's measure (unknown id, unreadable file) a rate cannot be computed.
  if (!o.printed || o.value === undefined || measure === undefined) return undefined;
  const a = assess(o, measure, parsePrinted(o.printed));
  if (!a) return undefined;
  // Formatting is the costly part and matters only where the figures disagree: done on demand.
  const text = () => computedText(o, a);
  return a.computed === undefined
    ? {
        ok: a.ok,
        percent: false,
        get computedText() {
          return text();
        },
      }
    : {
        ok: a.ok,
        computed: a.computed,
        percent: a.percent,
        get computedText() {
          return text();
        },
      };
}

/** assessPrinted without the text, for a figure already parsed. */
export function assess(o: Observation, measure: string, p: PrintedFigure | undefined): Omit<PrintedAssessment, 'computedText'> | undefined {
  if (!p || o.value === undefined) return undefined;
  if (p.ratio) return { ok: p.ratio.value === o.value && (o.total === undefined || p.ratio.total === o.total), percent: false };
  const computed = computedFigure(o, measure, p.percent);
  if (computed === undefined || p.number === undefined) return undefined;
  // A qualified figure is the bound it names: its printed number is the value itself.
  const ok = o.qualifier || p.qualifier ? p.number === o.value : agreesWithPrinted(computed, p.number, p.decimals);
  return { ok, computed, percent: p.percent };
}

export function computedText(o: Observation, a: Omit<PrintedAssessment, 'computedText'>): string {
  return a.computed === undefined ? `${o.value}/${o.total ?? '?'}` : `${viNumber(a.computed)}${a.percent ? '%' : ''}`;
}

/** The least and the most a figure can be, each qualified figure read as the bound it is (core/qualifiers.ts). */
function low(o: Observation): number {
  return qualifierBounds(o.qualifier, o.value!)[0];
}

function high(o: Observation): number {
  return qualifierBounds(o.qualifier, o.value!)[1];
}

/** Parts must be able to add up to their whole, each qualified figure read as the bound it is. */
export function checkParts(
  rows: { row: number; data: Observation }[],
  incomplete = new Set<string>(),
  /** The rows by id (last row of an id wins), when the caller has built it already. */
  byId: Map<string, { row: number; data: Observation }> = new Map(rows.map((r) => [r.data.id, r])),
): { whole: string; issue: Issue }[] {
  const issues: { whole: string; issue: Issue }[] = [];
  const parts = new Map<string, Observation[]>();
  // Parts of one whole come one after another: the list of the row above serves without a lookup.
  let lastWhole: string | undefined;
  let lastList: Observation[] = [];
  for (const { data } of rows) {
    if (!data.part_of || data.value === undefined) continue;
    let list = data.part_of === lastWhole ? lastList : parts.get(data.part_of);
    if (list) list.push(data);
    else parts.set(data.part_of, (list = [data]));
    lastWhole = data.part_of;
    lastList = list;
  }
  for (const [wholeId, list] of parts) {
    const whole = byId.get(wholeId);
    if (!whole || whole.data.value === undefined || incomplete.has(wholeId)) continue;
    let lo = 0;
    let hi = 0;
    for (const p of list) {
      lo += low(p);
      hi += high(p);
    }
    if (hi < low(whole.data) - 1e-9 || lo > high(whole.data) + 1e-9) {
      const exact = list.map((p) => p.value).join(' + ');
      issues.push({
        whole: wholeId,
        issue: makeIssue('parts-sum-mismatch', {
          file: PATHS.observations,
          row: whole.row,
          field: 'value',
          value: `${whole.data.printed ?? whole.data.value}`,
          expected: `${exact} = ${viNumber(list.reduce((s, p) => s + p.value!, 0))}`,
          message: {
            vi: `Các phần (${exact}) không cộng lại bằng tổng ${whole.data.printed ?? whole.data.value}`,
            en: `The parts (${exact}) do not add up to the whole ${whole.data.printed ?? whole.data.value}`,
          },
        }),
      });
    }
  }
  return issues;
}

/**
 * What the import finds in an article and checks at once: its figures (with a suggested
 * indicator), the documents it cites (resolved against the registry with the article's
 * locality), the source's own arithmetic errors through the check's own rules (a printed rate
 * that disagrees with its counts: `printed-mismatch`; parts that do not add up:
 * `parts-sum-mismatch`), its locality, organiser and kind.
 */
import { findMentions, resolveMention, type Registry } from '../docnumber/index.ts';
import { readFigures, type TextFigure } from '../extract/figures.ts';
import { suggestIndicator, type IndicatorLike } from '../extract/match.ts';
import { foldKeep } from '../extract/scan.ts';
import type { Observation } from '../schemas/observation.ts';
import { assessPrinted, checkParts } from '../domain/arithmetic.ts';
import { parsePrinted } from '../core/printed.ts';
import { makeIssue, type Issue } from '../core/issues.ts';
import { reviewRow, type ReviewRow } from './draft.ts';

export interface FoundDocument {
  number: string;
  date?: string;
  resolved?: string;
  raw: string;
  typeWord?: string;
}

export interface UnitLike {
  id: string;
  name: string;
  level: string;
  parent?: string;
}

const LEVEL_WORD = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|ấp|khu phố)\s+/iu;
const RANK: Record<string, number> = { 'quoc-gia': 0, tinh: 1, huyen: 2, xa: 3, ap: 4 };

function count(hay: string, needle: string): number {
  if (!needle) return 0;
  const re = new RegExp(`(?<![a-z0-9])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`, 'g');
  return hay.match(re)?.length ?? 0;
}

/** The locality the text speaks of most, by full name ("thành phố Bến Tre") and short name. */
export function guessUnit(text: string, units: readonly UnitLike[]): string | undefined {
  const t = foldKeep(text.normalize('NFC'));
  let best: { id: string; score: number; rank: number } | undefined;
  for (const u of units) {
    if (u.level === 'quoc-gia' || u.id.startsWith('unknown-')) continue;
    const full = foldKeep(u.name);
    const short = foldKeep(u.name.replace(LEVEL_WORD, ''));
    const fullHits = count(t, full);
    const score = fullHits * 2 + (count(t, short) - fullHits);
    const rank = RANK[u.level] ?? 9;
    if (score > 0 && (!best || score > best.score || (score === best.score && rank < best.rank))) best = { id: u.id, score, rank };
  }
  return best?.id;
}

const ORGANIZER =
  /(?:Ban Thường vụ |Thường trực |Ban Chấp hành )?(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Ban Chỉ đạo|Ban Tổ chức|Sở Nội vụ|Trường Chính trị)(?:(?: tỉnh| thành phố| huyện| thị xã| quận)?(?: [\p{Lu}][\p{Ll}]+){1,3})?/u;

export function guessOrganizer(title: string, lead: string): string | undefined {
  return ORGANIZER.exec(lead)?.[0] ?? ORGANIZER.exec(title)?.[0];
}

export function guessKind(title: string, lead: string): string {
  const t = foldKeep(`${title} ${lead.slice(0, 300)}`);
  if (/\bso ket\b/.test(t)) return 'so-ket';
  if (/\btong ket\b/.test(t)) return 'tong-ket';
  if (/\bkhao sat\b/.test(t)) return 'khao-sat';
  if (/(?<![\p{L}])họp(?![\p{L}])/iu.test(`${title} ${lead.slice(0, 300)}`)) return 'hop';
  return 'hoi-nghi';
}

export function findDocuments(
  text: string,
  registry: Registry,
  ctx: { unit: string; unitAncestors: string[]; date?: string },
): FoundDocument[] {
  const out: FoundDocument[] = [];
  const seen = new Set<string>();
  for (const m of findMentions(text)) {
    if (!m.parsed?.complete && !m.name) continue;
    const number = m.parsed?.canonical ?? m.raw;
    const key = `${number}|${m.dateIso ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const doc: FoundDocument = { number, raw: m.raw };
    if (m.dateIso) doc.date = m.dateIso;
    if (m.typeWord) doc.typeWord = m.typeWord;
    const r = resolveMention(m, registry, ctx);
    if (r.status === 'resolved') doc.resolved = r.doc.id;
    out.push(doc);
  }
  // The same number cited with and without its date is one document.
  return out.filter((d) => d.date || !out.some((o) => o !== d && o.number === d.number && o.date));
}

const TYPE_WORDS: Record<string, string> = {
  'nghi-quyet': 'Nghị quyết',
  'ket-luan': 'Kết luận',
  'de-an': 'Đề án',
  'ke-hoach': 'Kế hoạch',
  'phuong-an': 'Phương án',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'quy-dinh': 'Quy định',
  'huong-dan': 'Hướng dẫn',
  'thong-bao': 'Thông báo',
  'nghi-dinh': 'Nghị định',
};

/** The command that creates the document's file, with its number (and date) as the title to complete. */
export function newDocumentCommand(d: FoundDocument): string {
  // A document named without a number ("Nghị quyết Trung ương 6 (khóa XII)") already says its kind.
  const named = d.typeWord !== undefined && d.number.startsWith(TYPE_WORDS[d.typeWord] ?? '\0');
  const word = d.typeWord && !named ? `${TYPE_WORDS[d.typeWord]} số ` : '';
  const date = d.date ? ` ngày ${Number(d.date.slice(8))}/${Number(d.date.slice(5, 7))}/${d.date.slice(0, 4)}` : '';
  return `npm run new -- van-ban "${word}${d.number}${date}"`;
}

export interface FigureAnalysis {
  figures: TextFigure[];
  rows: ReviewRow[];
  findings: Issue[];
}

/**
 * The figures of the draft's body, as review rows and with the check's arithmetic run on them;
 * `bodyLine` is the draft line the body starts on, so findings point into the draft.
 */
export function analyseFigures(
  body: string,
  opts: { file: string; bodyLine: number; slug: string; unit: string; date: string; indicators: readonly IndicatorLike[] },
): FigureAnalysis {
  const figures = readFigures(body);
  const line = (f: TextFigure) => opts.bodyLine + f.line - 1;
  const base = opts.slug.slice(0, 48).replace(/-+$/, '');
  const ids = figures.map((_, i) => `${base}-${String(i + 1).padStart(2, '0')}`);
  const rows: ReviewRow[] = [];
  const observations: { row: number; data: Observation }[] = [];
  const findings: Issue[] = [];
  figures.forEach((f, i) => {
    if (f.role === 'excess') return;
    // A part counts what its total counts ("cấp xã 95" of "312 trường hợp kiêm nhiệm").
    const ind =
      suggestIndicator(f, opts.indicators, 0.5) ??
      (f.partOf !== undefined ? suggestIndicator(figures[f.partOf]!, opts.indicators, 0.5) : undefined);
    const excess = figures.find((e) => e.role === 'excess' && e.excessOf === i);
    const target = f.rate && excess ? Math.round((f.rate.value - excess.value) * 100) / 100 : undefined;
    const o: Observation = {
      id: ids[i]!,
      indicator: ind?.id ?? 'chua-ro',
      unit: opts.unit,
      date: f.period ?? opts.date,
      conference: opts.slug,
      value: f.role === 'target' ? undefined : f.value,
      total: f.total,
      qualifier: f.qualifier,
      // `printed` holds what the check can read back ("38,6%", "14/15", "trên 5.120"); a ratio written
      // with words between its counts, or a number written as a word, is in `sentence` as printed.
      printed: f.rate ? f.rate.printed : parsePrinted(f.printed) ? f.printed : undefined,
      target: f.role === 'target' && f.percent ? f.value : target,
      part_of: f.partOf !== undefined ? ids[f.partOf] : undefined,
    } as Observation;
    if (f.rate) {
      const a = assessPrinted(o, 'ratio');
      if (a && !a.ok)
        findings.push(
          makeIssue('printed-mismatch', {
            file: opts.file,
            line: line(f),
            field: 'body',
            value: `${f.printed} → ${f.rate.printed}`,
            expected: a.computedText,
            message: {
              vi: `Nguồn in ${f.rate.printed} cho ${f.printed} nhưng tính ra ${a.computedText}`,
              en: `The source prints ${f.rate.printed} for ${f.printed} but the figures give ${a.computedText}`,
            },
          }),
        );
    }
    if (o.value !== undefined) observations.push({ row: line(f), data: o });
    const note = [
      f.rate ? `Nguồn ghi ${f.printed}` : '',
      f.subsetOf !== undefined ? `một phần của ${ids[f.subsetOf]} (trong đó)` : '',
      f.change ? (f.change === 'decrease' ? 'mức giảm, không phải số hiện có' : 'mức tăng, không phải số hiện có') : '',
      f.role === 'target' ? 'chỉ tiêu, mục tiêu (không phải kết quả)' : '',
      excess ? `vượt ${excess.printed}` : '',
      f.label || f.noun ? `${f.label} … ${f.noun}`.trim() : '',
    ]
      .filter(Boolean)
      .join('; ');
    rows.push(reviewRow({ ...o, indicator: ind?.id ?? '', unit: opts.unit, conference: opts.slug, note }, f.sentence));
  });
  for (const p of checkParts(observations)) {
    const whole = observations.find((o) => o.data.id === p.whole)!;
    findings.push({ ...p.issue, file: opts.file, line: whole.row, row: undefined, field: 'body' } as Issue);
  }
  for (const f of findings) if (f.row === undefined) delete f.row;
  return { figures, rows, findings };
}

/**
 * Writes what the import found: the draft report as MDX (front matter with a comment on every
 * guess, the body as plain Markdown that MDX reads as text) and the review file of candidate
 * figures (the observation columns plus the sentence each comes from).
 */
import { inertText } from '../core/inert-cell.ts';
import { MACHINE_NUMBER } from '../schemas/fields.ts';
import { observationColumns, observationTable } from '../schemas/observation.ts';
import type { Block } from './blocks.ts';
import type { ImportedImage } from './article.ts';
import { contractFields } from '../editor/contract.ts';
import { commentedFrontMatter } from '../editor/frontmatter.ts';

/**
 * One value in a comment line (the images offered for use): an id or a date plain, anything else
 * double-quoted with line breaks and control characters escaped, so the comment stays one line.
 */
function yamlValue(v: string | string[]): string {
  if (Array.isArray(v)) return `[${v.map(yamlValue).join(', ')}]`;
  // An id or a date reads the same plain; anything else is quoted by the YAML library.
  if (/^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) && !RESERVED.has(v)) return v;
  if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(v)) return v;
  // JSON's string is YAML's double-quoted scalar with every control character escaped; the two
  // separators JSON leaves raw (and YAML 1.1 reads as line breaks) are escaped too.
  return JSON.stringify(v).replace(/[\u2028\u2029\u0085]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Plain words YAML (1.1 or 1.2) reads as something other than text. */
const RESERVED = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'y', 'n', 'nan', 'inf']);

/**
 * Text for a `#` comment: every line break (YAML's and Unicode's), every control character and
 * bidi control made a space, so a comment always ends where the import ends it.
 */
export function commentText(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/g, ' ').trim();
}

/** A line that MDX would read as code (an ESM `import`/`export`) starts with a character reference instead. */
const ESM_START = /^(import|export)(?=[\s{*]|$)/;

/** Text as MDX reads it: no expressions, no tags, no ESM, no accidental headings, quotes, lists or tables. */
function escapeMdx(text: string): string {
  return escapeBlockStart(escapeInline(text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')));
}

/** Inside a line: backslashes, braces and `<` never start MDX syntax. */
function escapeInline(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[{}]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;');
}

/** At the start of a block: what Markdown or MDX would read as structure is made text. */
function escapeBlockStart(text: string): string {
  return text.replace(ESM_START, (w) => `&#${w.charCodeAt(0)};${w.slice(1)}`).replace(/^(#|>|[-+*]\s|\d+[.)]\s|\||=+\s*$|-+\s*$)/, '\\$1');
}

export function renderBody(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(`${'#'.repeat(Math.min(Math.max(b.level, 2), 4))} ${escapeMdx(b.text)}`);
    else if (b.kind === 'item') out.push(`- ${escapeMdx(b.text)}`);
    else if (b.kind === 'table') {
      const width = Math.max(...b.rows.map((r) => r.length));
      const cell = (s: string) => escapeInline(s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')).replace(/\|/g, '\\|');
      const row = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => cell(r[i] ?? '')).join(' | ')} |`;
      out.push([row(b.rows[0]!), `|${' --- |'.repeat(width)}`, ...b.rows.slice(1).map(row)].join('\n'));
    } else if (b.kind === 'para' || b.kind === 'caption') out.push(escapeMdx(b.text));
  }
  // Consecutive list items form one list.
  return out.join('\n\n').replace(/^(- .*)\n\n(?=- )/gm, '$1\n') + '\n';
}

export interface DraftFields {
  /** The source's headline; undefined when it has none (the field is left empty for the editor). */
  title?: string;
  /** Offered beside an empty title: the lead's first sentence, never written as the headline. */
  titleSuggestion?: string;
  kind: string;
  /** Undefined when the article names no event date: the field is left empty, never guessed. */
  held?: string;
  heldFrom: string;
  published: string;
  publishedFrom: string;
  unit: string;
  organizer: string;
  documents: string[];
  unresolved: { number: string; command: string }[];
  publisher: string;
  author?: string;
  url?: string;
  summary: string;
  images: ImportedImage[];
  sourceFile: string;
  reviewFile: string;
  /** The article's content fingerprint, by which a later run recognises it. */
  fingerprint?: string;
}

/** The comment line that carries an imported article's fingerprint. */
export const FINGERPRINT_COMMENT = '# Dấu nội dung (content fingerprint):';

/** The file name an image would get under ./anh/: letters, digits, `.`, `-`, `_` of its address's last part. */
function imageFileName(src: string, i: number): string {
  const embedded = /^data:image\/(png|webp)[,;]/.exec(src)?.[1];
  if (src.startsWith('data:')) return `anh-${i + 1}.${embedded ?? 'jpg'}`;
  const last =
    src
      .split(/[/\\?#]/)
      .filter(Boolean)
      .at(-1) ?? '';
  const name = last
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 80);
  return /\.(?:jpe?g|png|webp)$/i.test(name) ? name : `anh-${i + 1}.jpg`;
}

/**
 * The front matter: the values as the web editor writes them (src/editor/frontmatter.ts), every
 * comment one line of inert text before the field it is about. The form drops the comments on its
 * first save and changes nothing else.
 */
export function renderFrontMatter(f: DraftFields): string {
  const c = (s: string) => `# ${commentText(s)}`;
  const head = [
    c(`Nhập từ ${f.sourceFile}: mọi trường dưới đây là đề xuất, hãy đối chiếu với bản gốc.`),
    c(`Số liệu tìm thấy: ${f.reviewFile} (giữ dòng đúng rồi chạy npm run import -- --accept ${f.reviewFile}).`),
  ];
  if (f.fingerprint) head.push(`${FINGERPRINT_COMMENT} ${commentText(f.fingerprint)}`);
  const comments: Record<string, string[]> = {
    title: f.title
      ? []
      : [
          c(
            'CHƯA CÓ TIÊU ĐỀ: bản gốc không có dòng tiêu đề. Điền tiêu đề của nguồn; bản nháp được kiểm tra với cảnh báo, bỏ draft thì bị từ chối.',
          ),
          ...(f.titleSuggestion ? [c(`Gợi ý (câu mở đầu của bài, không phải tiêu đề của nguồn): ${f.titleSuggestion}`)] : []),
        ],
    kind: ['# Loại: so-ket, tong-ket, khao-sat, hop, hoi-nghi, bai-viet (đoán từ tiêu đề)'],
    held: [c(`Ngày diễn ra: ${f.heldFrom}`)],
    published: [c(`Ngày đăng: ${f.publishedFrom}`)],
    documents: f.unresolved.length
      ? ['# Văn bản bài nhắc đến nhưng chưa có trong kho; tạo bằng:', ...f.unresolved.map((u) => `#   ${commentText(u.command)}`)]
      : [],
    images: [],
  };
  if (f.images.length) {
    comments.images!.push(
      '# Ảnh trong bài gốc: tải về, đặt vào content/conferences/anh/, viết alt (mô tả ảnh), rồi bỏ dấu # để dùng:',
      '# images:',
    );
    f.images.forEach((img, i) => {
      const from =
        img.src && !img.src.startsWith('data:')
          ? `  ${c(`bản gốc: ${img.src.slice(0, 300)}`)}`
          : img.src
            ? '  # ảnh nhúng trong tệp Word'
            : '';
      comments.images!.push(`#   - src: ${yamlValue(`./anh/${imageFileName(img.src, i)}`)}${from}`);
      // yamlValue escapes every line break; commentText takes out what YAML leaves (U+2028, bidi controls).
      comments.images!.push(`#     alt: ${commentText(yamlValue(img.alt))}`);
      if (img.caption) comments.images!.push(`#     caption: ${commentText(yamlValue(img.caption))}`);
      if (img.credit) comments.images!.push(`#     credit: ${commentText(yamlValue(img.credit))}`);
    });
  }
  const data = {
    title: f.title ?? '',
    kind: f.kind,
    held: f.held,
    published: f.published,
    unit: f.unit,
    organizer: f.organizer,
    documents: f.documents,
    source: { publisher: f.publisher, url: f.url, author: f.author },
    summary: f.summary,
    featured: false,
    draft: true,
  };
  return commentedFrontMatter(data, contractFields('conferences'), { head, fields: comments });
}

/**
 * A row of the review file: every column data/observations.csv's header must have, as the text
 * of its cell (the table's declaration, schemas/observation.ts), then the sentence the figure
 * was read from.
 */
export type ReviewRow = Record<(typeof observationColumns)[number] | 'sentence', string>;

/** A figure's row of the review file: each declared column as the CSV writes it, from the figure's fields. */
export function reviewRow(fields: Partial<Record<string, unknown>>, sentence: string): ReviewRow {
  const row = { sentence } as ReviewRow;
  for (const c of observationColumns) {
    const v = fields[c];
    row[c] = v === undefined || v === null ? '' : Array.isArray(v) ? v.join(' ') : String(v as string | number);
  }
  return row;
}

/** Columns written as numbers (the table's number columns): a real −5 stays a number; every other cell is text. */
const NUMERIC = new Set<string>(observationColumns.filter((c) => observationTable.declared[c].type === 'number'));

/** A cell as RFC 4180 quotes it; a text a spreadsheet would run as a formula made inert (the open data's rule). */
function csvCell(column: string, s: string): string {
  const v = NUMERIC.has(column) && MACHINE_NUMBER.test(s) ? s : inertText(s);
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A review file's text cell as the editor kept it, the inert mark taken off again. */
export function fromInert(s: string): string {
  return /^'[\s\u00A0\u3000]*[=+\-@]|^'[\t\r\n]/.test(s) ? s.slice(1) : s;
}

export function renderReviewCsv(rows: ReviewRow[]): string {
  const columns = [...observationColumns, 'sentence'] as const;
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(c, r[c])).join(','))].join('\n') + '\n';
}

/**
 * Writes what the import found: the draft report as MDX (front matter with a comment on every
 * guess, the body as plain Markdown that MDX reads as text) and the review file of candidate
 * figures (the observation columns plus the sentence each comes from).
 */
import { observationColumns } from '../schemas/observation.ts';
import type { Block } from './blocks.ts';
import type { ImportedImage } from './article.ts';

const q = (s: string) => JSON.stringify(s);

/** Text as MDX reads it: no expressions, no tags, no accidental headings or lists. */
export function escapeMdx(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[{}]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/^(#|>|[-+*]\s|\d+[.)]\s|\|)/, '\\$1');
}

export function renderBody(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(`${'#'.repeat(Math.min(Math.max(b.level, 2), 4))} ${escapeMdx(b.text)}`);
    else if (b.kind === 'item') out.push(`- ${escapeMdx(b.text).replace(/^\\/, '')}`);
    else if (b.kind === 'table') {
      const width = Math.max(...b.rows.map((r) => r.length));
      const cell = (s: string) => escapeMdx(s).replace(/^\\/, '').replace(/\|/g, '\\|');
      const row = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => cell(r[i] ?? '')).join(' | ')} |`;
      out.push([row(b.rows[0]!), `|${' --- |'.repeat(width)}`, ...b.rows.slice(1).map(row)].join('\n'));
    } else if (b.kind === 'para' || b.kind === 'caption') out.push(escapeMdx(b.text));
  }
  // Consecutive list items form one list.
  return out.join('\n\n').replace(/^(- .*)\n\n(?=- )/gm, '$1\n') + '\n';
}

export interface DraftFields {
  title: string;
  kind: string;
  held: string;
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
}

export function renderFrontMatter(f: DraftFields): string {
  const lines = [
    '---',
    `# Nhập từ ${f.sourceFile}: mọi trường dưới đây là đề xuất, hãy đối chiếu với bản gốc.`,
    `# Số liệu tìm thấy: ${f.reviewFile} (chuyển dòng đã duyệt vào data/observations.csv).`,
    `title: ${q(f.title)}`,
    '# Loại: so-ket, tong-ket, khao-sat, hop, hoi-nghi (đoán từ tiêu đề)',
    `kind: ${f.kind}`,
    `# Ngày diễn ra: ${f.heldFrom}`,
    `held: ${f.held}`,
    `# Ngày đăng: ${f.publishedFrom}`,
    `published: ${f.published}`,
    `unit: ${q(f.unit)}`,
    `organizer: ${q(f.organizer)}`,
  ];
  if (f.documents.length) lines.push(`documents: [${f.documents.join(', ')}]`);
  if (f.unresolved.length) {
    lines.push('# Văn bản bài nhắc đến nhưng chưa có trong kho; tạo bằng:');
    for (const u of f.unresolved) lines.push(`#   ${u.command}`);
  }
  lines.push('source:', `  publisher: ${q(f.publisher)}`);
  if (f.url) lines.push(`  url: ${q(f.url)}`);
  if (f.author) lines.push(`  author: ${q(f.author)}`);
  if (f.summary) lines.push(`summary: ${q(f.summary)}`);
  lines.push('draft: true');
  if (f.images.length) {
    lines.push('# Ảnh trong bài gốc: tải về, đặt vào content/conferences/anh/, viết alt (mô tả ảnh), rồi bỏ dấu # để dùng:', '# images:');
    f.images.forEach((img, i) => {
      lines.push(`#   - src: ./anh/${img.src ? img.src.split(/[/\\?#]/).filter(Boolean).at(-1) : `anh-${i + 1}.jpg`}${img.src ? `  # bản gốc: ${img.src}` : ''}`);
      lines.push(`#     alt: ${q(img.alt)}`);
      if (img.caption) lines.push(`#     caption: ${q(img.caption)}`);
      if (img.credit) lines.push(`#     credit: ${q(img.credit)}`);
    });
  }
  lines.push('---', '');
  return lines.join('\n');
}

export interface ReviewRow {
  id: string;
  indicator: string;
  unit: string;
  date: string;
  value: string;
  total: string;
  qualifier: string;
  printed: string;
  target: string;
  part_of: string;
  conference: string;
  note: string;
  sentence: string;
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function renderReviewCsv(rows: ReviewRow[]): string {
  const columns = [...observationColumns, 'sentence'] as const;
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}

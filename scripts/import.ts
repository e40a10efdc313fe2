/**
 * npm run import -- FILE [--json] [--publisher TÊN] [--url URL] [--root DIR]
 * Turns a portal's news article (.txt, .html) or a Word report (.docx) into a draft report
 * content/conferences/<slug>.mdx (never overwriting), with the documents it cites resolved, its
 * figures in import/<slug>.figures.csv for review, and the check run on all of it at once.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRegistry, findMentions, type RegistryDoc } from '../src/docnumber/index.ts';
import { eventDate, type DateMention } from '../src/extract/dates.ts';
import { assemble } from '../src/import/article.ts';
import { analyseFigures, findDocuments, guessKind, guessOrganizer, guessUnit, newDocumentCommand } from '../src/import/analyse.ts';
import { renderBody, renderFrontMatter, renderReviewCsv } from '../src/import/draft.ts';
import { readSource, SOURCE_EXTENSIONS } from '../src/import/read.ts';
import { suggestSlug } from '../src/core/slug.ts';
import { today } from '../src/domain/publishing.ts';
import { validateProject } from '../src/validate/engine.ts';
import { formatReport } from '../src/validate/report.ts';
import { sortIssues } from '../src/core/issues.ts';

const USAGE = [
  'Cách dùng (usage): npm run import -- TỆP [--json] [--publisher "Tên cơ quan đăng"] [--url https://…] [--root THƯ-MỤC]',
  '  TỆP (FILE): bài .txt, trang .html đã lưu, hoặc báo cáo Word .docx / a .txt article, a saved .html page or a Word .docx report',
].join('\n');

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, publisher: { type: 'string' }, url: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (e) {
  fail(`Tùy chọn không hợp lệ (invalid option): ${(e as Error).message}`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length !== 1) fail('Cần đúng một tệp nguồn (exactly one source file is needed).');
const file = positionals[0]!;
const root = values.root ?? process.cwd();
if (!SOURCE_EXTENSIONS.includes(extname(file).toLowerCase())) fail(`Không đọc được loại tệp ${extname(file) || '(không có đuôi)'}: chỉ ${SOURCE_EXTENSIONS.join(', ')} (unsupported file type).`);
if (!existsSync(file)) fail(`Không tìm thấy tệp ${file} (file not found).`, 1);

const source = await readSource(file);
const article = assemble(source.blocks, { title: source.title, siteName: source.siteName });
if (!article.title || !article.body.length) fail(`Không tìm thấy tiêu đề và nội dung bài trong ${file} (no headline and body found).`, 1);

const before = validateProject(root);
const { corpus } = before;
const units = corpus.units.map((u) => u.data);
const parents = new Map(units.map((u) => [u.id, u.parent]));
const ancestors = (unit: string) => {
  const out: string[] = [];
  for (let u: string | undefined = unit; u && !out.includes(u); u = parents.get(u)) out.push(u);
  if (!out.includes('viet-nam')) out.push('viet-nam');
  return out;
};
const registry = createRegistry(
  corpus.documents.map<RegistryDoc>((d) => ({ id: d.id, number: d.data.number, kind: d.data.kind, unit: d.data.unit, issued: d.data.issued, issuer: d.data.issuer, title: d.data.title, term: d.data.term, names: d.data.names })),
);

const body = renderBody(article.body);
const plain = article.body.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : b.text)).join('\n');
// A date right after a document number is the document's, not the event's.
const mentions = findMentions(plain);
const isDocDate = (d: DateMention) => mentions.some((m) => m.end <= d.start && /^\s*,?\s*\(?\s*(?:ngày\s*)?$/iu.test(plain.slice(m.end, d.start)));
const heldFound = eventDate(plain, article.published, isDocDate);
const published = article.published ?? heldFound ?? today();
const held = heldFound ?? published;
const unit = guessUnit(`${article.title}\n${plain}`, units) ?? '';
const documents = findDocuments(plain, registry, { unit, unitAncestors: ancestors(unit), date: published });

let slug = suggestSlug(article.title).slice(0, 80).replace(/-+$/, '') || 'bai-nhap';
const taken = (s: string) => ['.mdx', '.md'].some((e) => existsSync(join(root, 'content', 'conferences', `${s}${e}`))) || existsSync(join(root, 'import', `${s}.figures.csv`));
if (taken(slug)) {
  let n = 2;
  while (taken(`${slug}-${n}`) && n < 100) n++;
  if (n >= 100) fail(`Đã có quá nhiều bài tên ${slug}: không ghi đè (too many drafts of this name; nothing overwritten).`, 1);
  slug = `${slug}-${n}`;
}
const draftRel = `content/conferences/${slug}.mdx`;
const reviewRel = `import/${slug}.figures.csv`;
const front = renderFrontMatter({
  title: article.title,
  kind: guessKind(article.title, article.lead),
  held,
  heldFrom: heldFound ? 'đọc từ nội dung bài' : 'bài không ghi rõ, tạm lấy ngày đăng — cần kiểm tra',
  published,
  publishedFrom: article.published ? 'đọc từ dòng ngày tháng của trang' : heldFound ? 'trang không ghi, tạm lấy ngày diễn ra — cần kiểm tra' : 'nguồn không ghi ngày nào: tạm lấy hôm nay — phải sửa',
  unit,
  // Unknown is said as unknown, as the sample reports do, never guessed.
  organizer: guessOrganizer(article.title, article.lead) ?? 'Chưa xác định (bài không nêu cơ quan tổ chức)',
  documents: [...new Set(documents.flatMap((d) => (d.resolved ? [d.resolved] : [])))],
  unresolved: documents.filter((d) => !d.resolved).map((d) => ({ number: d.number, command: newDocumentCommand(d) })),
  publisher: values.publisher ?? article.publisher ?? `Chưa xác định (bản nhập từ ${basename(file)} không ghi cơ quan đăng)`,
  author: article.author,
  url: values.url,
  summary: article.lead.split(/(?<=[.!?])\s+(?=\p{Lu})/u).slice(0, 2).join(' ').slice(0, 400),
  images: article.images,
  sourceFile: basename(file),
  reviewFile: reviewRel,
});
const bodyLine = front.split('\n').length + 1;
const analysis = analyseFigures(body, { file: draftRel, bodyLine, slug, unit, date: held, indicators: corpus.indicators.map((i) => i.data) });

mkdirSync(join(root, 'content', 'conferences'), { recursive: true });
mkdirSync(join(root, 'import'), { recursive: true });
writeFileSync(join(root, draftRel), `${front}\n${body}`, { flag: 'wx' });
writeFileSync(join(root, reviewRel), renderReviewCsv(analysis.rows), { flag: 'wx' });

// The draft as the check sees it; its figures are listed above, so the per-figure warnings are not repeated.
const after = validateProject(root);
const draftIssues = after.issues.filter((i) => i.file === draftRel && !i.code.startsWith('text-figure-'));
const findings = sortIssues([...analysis.findings, ...draftIssues]);

if (values.json) {
  const out = {
    draft: draftRel,
    published,
    held,
    documents: documents.map((d) => ({ number: d.number, ...(d.date ? { date: d.date } : {}), ...(d.resolved ? { resolved: d.resolved } : {}) })),
    figures: analysis.figures.map((f) => ({
      value: f.value,
      ...(f.total !== undefined ? { total: f.total } : {}),
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      printed: f.rate ? f.rate.printed : f.printed,
      sentence: f.sentence,
      line: bodyLine + f.line - 1,
    })),
    findings,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  const resolved = documents.filter((d) => d.resolved).length;
  process.stdout.write(
    [
      `Đã tạo bản nháp (draft created): ${draftRel}`,
      `Số liệu để duyệt (figures to review): ${reviewRel} — ${analysis.rows.length} dòng (rows)`,
      `Văn bản (documents): ${documents.length}, đã có trong kho (in the registry): ${resolved}`,
      ...documents.filter((d) => !d.resolved).map((d) => `  chưa có (missing): ${d.number} → ${newDocumentCommand(d)}`),
      `Ngày đăng (published): ${published} · ngày diễn ra (held): ${held}`,
      formatReport(findings, { files: 1, ms: 0 }).replace(/\n.*Checked 1 files in 0 ms.*$/m, ''),
      '',
    ].join('\n'),
  );
}

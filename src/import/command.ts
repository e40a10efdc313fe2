/**
 * The import's command line, as a function of its arguments: `scripts/import.ts` runs it for
 * `npm run import`, and the tests run it in their own process.
 *
 * npm run import -- FILE|FOLDER… [--json] [--publisher TÊN] [--url URL] [--root DIR]
 * npm run import -- --accept import/<slug>.figures.csv [--root DIR]
 * Turns portal news articles (.txt, .html) and Word reports (.docx) into draft reports
 * content/conferences/<slug>.mdx (never overwriting; an article already imported, recognised by
 * its content, is not imported again), with the documents they cite resolved, their figures in
 * import/<slug>.figures.csv for review, and the check run on each draft. A folder or several
 * files are one run: a progress line per file, one table at the end; a file that fails never
 * stops the others. `--accept` appends the rows an editor kept in a review file to
 * data/observations.csv, unless the check would then find a new error.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createRegistry, findMentions } from '../docnumber/index.ts';
import { registryDoc } from '../checks/references.ts';
import { eventDate, type DateMention } from '../extract/dates.ts';
import { assemble } from './article.ts';
import { analyseFigures, findDocuments, guessKind, guessOrganizer, guessUnit, newDocumentCommand, type FoundDocument } from './analyse.ts';
import { commentText, renderBody, renderFrontMatter, renderReviewCsv } from './draft.ts';
import { readSource, SourceTooLarge, SOURCE_EXTENSIONS } from './read.ts';
import { fingerprint, knownFingerprints, listSources, outcomeTable, type FileOutcome } from './archive.ts';
import { acceptRows } from './accept.ts';
import { suggestSlug } from '../core/slug.ts';
import { validateProject } from '../checks/engine.ts';
import { formatReport } from '../checks/report.ts';
import { makeIssue, sortIssues, type Issue } from '../core/issues.ts';

const USAGE = [
  'Cách dùng (usage): npm run import -- TỆP|THƯ-MỤC… [--json] [--publisher "Tên cơ quan đăng"] [--url https://…] [--root THƯ-MỤC]',
  '  TỆP (FILE): bài .txt, trang .html đã lưu, hoặc báo cáo Word .docx; THƯ-MỤC (FOLDER): mọi tệp như vậy trong đó / a .txt article, a saved .html page, a Word .docx report, or a folder of them',
  '         npm run import -- --accept import/<slug>.figures.csv [--root THƯ-MỤC]',
  '  --accept: thêm các dòng số liệu đã duyệt vào data/observations.csv / append the reviewed figures to data/observations.csv',
].join('\n');

/** What the command writes to and where it runs. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  /** The folder that relative paths on the command line are read from. */
  cwd: string;
  /** Whether standard error is a terminal (a progress bar rather than a line per file). */
  tty: boolean;
}

/** Thrown to end the command with an exit code, after its message is written. */
class Exit {
  readonly code: number;
  constructor(code: number) {
    this.code = code;
  }
}

/** A file refused: why, in both languages, and the finding that says so where there is one. */
class Refused extends Error {
  readonly issues: Issue[];
  constructor(message: string, issues: Issue[] = []) {
    super(message);
    this.issues = issues;
  }
}

interface Imported {
  outcome: FileOutcome;
  /** The single-file report (--json and text). */
  detail?: Record<string, unknown>;
  text?: string;
}

/** Runs `npm run import` with `argv` (the words after the script's name); the exit code. */
export async function runImport(argv: readonly string[], io: CommandIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof Exit) return e.code;
    throw e;
  }
}

async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  function fail(message: string, code = 2): never {
    io.err(`${message}\n${USAGE}\n`);
    throw new Exit(code);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        publisher: { type: 'string' },
        url: { type: 'string' },
        root: { type: 'string' },
        accept: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail(`Tùy chọn không hợp lệ (invalid option): ${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const root = resolve(io.cwd, values.root ?? '.');
  const sources = positionals.map((p) => resolve(io.cwd, p));

  /**
   * The check on the project as it would be with `files` (path under the root → text) replaced:
   * a throwaway root holding those files and links to everything else the check reads, so the
   * project itself is never touched and a draft is checked with the registry and the data.
   */
  function checkWith(files: Record<string, string>, links: string[]): Issue[] {
    const tmp = mkdtempSync(join(tmpdir(), 'nhap-kiem-'));
    try {
      for (const rel of links) {
        const from = join(root, rel);
        if (!existsSync(from) || files[rel] !== undefined) continue;
        mkdirSync(join(tmp, rel, '..'), { recursive: true });
        symlinkSync(resolve(from), join(tmp, rel));
      }
      for (const [rel, text] of Object.entries(files)) {
        mkdirSync(join(tmp, rel, '..'), { recursive: true });
        writeFileSync(join(tmp, rel), text);
      }
      return validateProject(tmp).issues;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  const issueKey = (i: Issue) => `${i.code}|${i.file}|${i.line ?? ''}|${i.field ?? ''}|${i.value ?? ''}`;

  if (values.accept !== undefined) {
    if (positionals.length) fail('--accept nhận đúng một tệp số liệu, không kèm tệp nguồn (--accept takes one review file and no source).');
    const review = resolve(io.cwd, values.accept);
    if (!existsSync(review)) fail(`Không tìm thấy tệp ${values.accept} (file not found).`, 1);
    const obsRel = 'data/observations.csv';
    const current = existsSync(join(root, obsRel)) ? readFileSync(join(root, obsRel), 'utf8') : '';
    let result;
    try {
      result = acceptRows(readFileSync(review, 'utf8'), current);
    } catch (e) {
      fail(`Tệp số liệu không đọc được (unreadable review file) ${values.accept}: ${(e as Error).message}`, 1);
    }
    if (!result.added.length) {
      io.out(`Không có dòng mới (nothing new): ${result.already.length} dòng đã có trong ${obsRel} (already in the data).\n`);
      return 0;
    }
    const next = current + result.append;
    const links = ['content', 'data/units.csv', 'data/indicators.csv'];
    const before = new Set(
      checkWith({ [obsRel]: current }, links)
        .filter((i) => i.severity === 'error')
        .map(issueKey),
    );
    const added = checkWith({ [obsRel]: next }, links).filter((i) => i.severity === 'error' && !before.has(issueKey(i)));
    if (added.length) {
      io.err(
        `Không thêm gì (nothing written): ${obsRel} sẽ có ${added.length} lỗi mới (would get new errors). Sửa ${review} rồi chạy lại (fix the review file and run again).\n` +
          formatReport(sortIssues(added), { files: 1, ms: 0 }).replace(/\n.*Checked 1 files in 0 ms.*$/m, '') +
          '\n',
      );
      return 1;
    }
    if (current === '') writeFileSync(join(root, obsRel), result.append);
    else appendFileSync(join(root, obsRel), result.append);
    io.out(
      `Đã thêm ${result.added.length} dòng vào ${obsRel} (rows appended): ${result.added.map((r) => r.id).join(', ')}` +
        (result.already.length ? `\nĐã có từ trước, không thêm lại (already in the data): ${result.already.join(', ')}` : '') +
        '\n',
    );
    return 0;
  }

  if (!positionals.length) fail('Cần ít nhất một tệp hoặc thư mục nguồn (a source file or folder is needed).');
  for (const [i, p] of positionals.entries()) if (!existsSync(sources[i]!)) fail(`Không tìm thấy ${p} (not found).`, 1);
  const archive = positionals.length > 1 || sources.some((p) => statSync(p).isDirectory());
  if (!archive && !SOURCE_EXTENSIONS.includes(extname(positionals[0]!).toLowerCase()))
    fail(
      `Không đọc được loại tệp ${extname(positionals[0]!) || '(không có đuôi)'}: chỉ ${SOURCE_EXTENSIONS.join(', ')} (unsupported file type).`,
    );

  const { corpus } = validateProject(root);
  const units = corpus.units.map((u) => u.data);
  const parents = new Map(units.map((u) => [u.id, u.parent]));
  const ancestors = (unit: string) => {
    const out: string[] = [];
    for (let u: string | undefined = unit; u && !out.includes(u); u = parents.get(u)) out.push(u);
    if (!out.includes('viet-nam')) out.push('viet-nam');
    return out;
  };
  const registry = createRegistry(corpus.documents.map(registryDoc));
  const indicators = corpus.indicators.map((i) => i.data);
  const imported = knownFingerprints(root);
  /** Documents the run found missing, each proposed once with the files that cite it. */
  const proposed = new Map<string, { number: string; command: string; files: string[] }>();

  async function importOne(file: string): Promise<Imported> {
    const name = relative(io.cwd, file) || file;
    if (!SOURCE_EXTENSIONS.includes(extname(file).toLowerCase()))
      throw new Refused(`loại tệp không đọc được, chỉ ${SOURCE_EXTENSIONS.join(', ')} (unsupported file type)`);
    let source;
    try {
      source = await readSource(file);
    } catch (e) {
      if (e instanceof SourceTooLarge) {
        const what =
          {
            file: 'tệp (file)',
            unzipped: 'nội dung giải nén (unzipped content)',
            elements: 'số phần tử XML (XML elements)',
            text: 'độ dài chữ (text length)',
          }[e.what] ?? e.what;
        const n = (x: number) => x.toLocaleString('vi-VN');
        throw new Refused(`tệp quá lớn, không đọc (source too large, not parsed): ${what} ${n(e.measured)} > ${n(e.limit)}`, [
          makeIssue('source-too-large', { file: name, field: e.what, value: n(e.measured), expected: `≤ ${n(e.limit)} (${what})` }),
        ]);
      }
      throw new Refused(`không đọc được tệp (unreadable file): ${(e as Error).message.split('\n')[0]}`);
    }
    const article = assemble(source.blocks, { title: source.title, siteName: source.siteName });
    if (!article.body.length) throw new Refused('không tìm thấy nội dung bài (no article text found)');
    const fp = fingerprint(article.title ?? '', article.body);
    const before = imported.get(fp);
    if (before) return { outcome: { file: name, status: 'already', draft: before } };

    // Trimmed as the web editor saves a body, so a later save from the form leaves it as it is.
    const body = `${renderBody(article.body).trim()}\n`;
    const plain = article.body.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : b.text)).join('\n');
    // A date right after a document number is the document's, not the event's.
    const mentions = findMentions(plain);
    const isDocDate = (d: DateMention) =>
      mentions.some((m) => m.end <= d.start && /^\s*,?\s*\(?\s*(?:ngày\s*)?$/iu.test(plain.slice(m.end, d.start)));
    const held = eventDate(plain, article.published, isDocDate);
    // Only what the source says: a date it does not give is unknown, never today's or the other one.
    const published = article.published ?? 'unknown';
    const unit = guessUnit(`${article.title ?? ''}\n${plain}`, units) ?? '';
    const documents = findDocuments(plain, registry, { unit, unitAncestors: ancestors(unit), date: article.published ?? held });
    for (const d of documents)
      if (!d.resolved) {
        const key = `${d.number}|${d.date ?? ''}`;
        const p = proposed.get(key) ?? { number: d.number, command: newDocumentCommand(d), files: [] };
        p.files.push(name);
        proposed.set(key, p);
      }

    const lead = article.lead.replace(/^\s*\([^)]{2,80}\)\s*[-–—:]\s*/u, '');
    const base = article.title ? suggestSlug(article.title) : `bai-nhap-${suggestSlug(lead.split(/\s+/).slice(0, 8).join(' '))}`;
    let slug = base.slice(0, 80).replace(/-+$/, '') || 'bai-nhap';
    const taken = (s: string) =>
      ['.mdx', '.md'].some((e) => existsSync(join(root, 'content', 'conferences', `${s}${e}`))) ||
      existsSync(join(root, 'import', `${s}.figures.csv`));
    if (taken(slug)) {
      let n = 2;
      while (taken(`${slug}-${n}`) && n < 1000) n++;
      if (n >= 1000) throw new Refused(`đã có quá nhiều bài tên ${slug}: không ghi đè (too many drafts of this name; nothing overwritten)`);
      slug = `${slug}-${n}`;
    }
    const draftRel = `content/conferences/${slug}.mdx`;
    const reviewRel = `import/${slug}.figures.csv`;
    const front = renderFrontMatter({
      title: article.title,
      titleSuggestion: article.title ? undefined : lead.split(/(?<=[.!?])\s+/u)[0]!.slice(0, 200),
      kind: guessKind(article.title ?? '', article.lead),
      held,
      heldFrom: held ? 'đọc từ nội dung bài' : 'bài không nêu ngày diễn ra: điền ngày của sự kiện, hoặc đổi kind: bai-viet và xoá dòng này',
      published,
      publishedFrom: article.published ? 'đọc từ dòng ngày tháng của trang' : 'nguồn không ghi ngày đăng (unknown): điền nếu biết',
      unit,
      // Unknown is said as unknown, as the sample reports do, never guessed.
      organizer: guessOrganizer(article.title ?? '', article.lead) ?? 'Chưa xác định (bài không nêu cơ quan tổ chức)',
      documents: [...new Set(documents.flatMap((d) => (d.resolved ? [d.resolved] : [])))],
      unresolved: documents.filter((d) => !d.resolved).map((d) => ({ number: d.number, command: newDocumentCommand(d) })),
      publisher:
        values.publisher ?? article.publisher ?? `Chưa xác định (bản nhập từ ${commentText(basename(file))} không ghi cơ quan đăng)`,
      author: article.author,
      url: values.url,
      summary: article.lead
        .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
        .slice(0, 2)
        .join(' ')
        .slice(0, 400),
      images: article.images,
      sourceFile: basename(file),
      reviewFile: reviewRel,
      fingerprint: fp,
    });
    const bodyLine = front.split('\n').length + 1;
    const analysis = analyseFigures(body, {
      file: draftRel,
      bodyLine,
      slug,
      unit,
      date: held ?? (published === 'unknown' ? '' : published),
      indicators,
    });
    const draftText = `${front}\n${body}`;
    // The draft as the check sees it, beside the project's documents and data; its figures are
    // listed above, so the per-figure warnings are not repeated.
    const draftIssues = checkWith({ [draftRel]: draftText }, ['content/documents', 'data']).filter(
      (i) => i.file === draftRel && !i.code.startsWith('text-figure-'),
    );
    const findings = sortIssues([...analysis.findings, ...draftIssues]);

    mkdirSync(join(root, 'content', 'conferences'), { recursive: true });
    mkdirSync(join(root, 'import'), { recursive: true });
    writeFileSync(join(root, draftRel), draftText, { flag: 'wx' });
    writeFileSync(join(root, reviewRel), renderReviewCsv(analysis.rows), { flag: 'wx' });
    imported.set(fp, draftRel);

    const resolvedCount = documents.filter((d) => d.resolved).length;
    const outcome: FileOutcome = {
      file: name,
      status: 'written',
      draft: draftRel,
      figures: analysis.rows.length,
      resolved: resolvedCount,
      unresolved: documents.length - resolvedCount,
      findings: findings.length,
    };
    if (archive) return { outcome };
    const detail = {
      draft: draftRel,
      published,
      ...(held ? { held } : {}),
      ...(article.title ? {} : { title: null, titleSuggestion: lead.split(/(?<=[.!?])\s+/u)[0] }),
      documents: documents.map((d: FoundDocument) => ({
        number: d.number,
        ...(d.date ? { date: d.date } : {}),
        ...(d.resolved ? { resolved: d.resolved } : {}),
      })),
      figures: analysis.figures.map((f) => ({
        value: f.value,
        ...(f.total !== undefined ? { total: f.total } : {}),
        ...(f.qualifier ? { qualifier: f.qualifier } : {}),
        ...(f.subsetOf !== undefined ? { subsetOf: f.subsetOf } : {}),
        ...(f.partOf !== undefined ? { partOf: f.partOf } : {}),
        ...(f.period ? { period: f.period } : {}),
        ...(f.change ? { change: f.change } : {}),
        printed: f.rate ? f.rate.printed : f.printed,
        sentence: f.sentence,
        line: bodyLine + f.line - 1,
      })),
      findings,
    };
    const text = [
      `Đã tạo bản nháp (draft created): ${draftRel}`,
      ...(article.title
        ? []
        : ['  Bài không có dòng tiêu đề: title để trống, gợi ý ở dòng chú thích (no headline: title left empty, a suggestion beside it)']),
      `Số liệu để duyệt (figures to review): ${reviewRel} — ${analysis.rows.length} dòng (rows)`,
      `Văn bản (documents): ${documents.length}, đã có trong kho (in the registry): ${resolvedCount}`,
      ...documents.filter((d) => !d.resolved).map((d) => `  chưa có (missing): ${d.number} → ${newDocumentCommand(d)}`),
      `Ngày đăng (published): ${published} · ngày diễn ra (held): ${held ?? 'bài không nêu (not given)'}`,
      formatReport(findings, { files: 1, ms: 0 }).replace(/\n.*Checked 1 files in 0 ms.*$/m, ''),
      '',
    ].join('\n');
    return { outcome, detail, text };
  }

  if (!archive) {
    const file = sources[0]!;
    let one: Imported;
    try {
      one = await importOne(file);
    } catch (e) {
      // A file the import cannot read is said so, in both languages, never a stack trace.
      if (e instanceof Refused && e.issues.length)
        io.err(`${formatReport(e.issues, { files: 1, ms: 0 }).replace(/\n.*Checked 1 files in 0 ms.*$/m, '')}\n`);
      fail(
        `Không nhập được ${file} (not imported): ${e instanceof Refused ? e.message : `lỗi khi nhập (import error): ${(e as Error).message.split('\n')[0]}`}`,
        1,
      );
    }
    if (one.outcome.status === 'already') {
      io.out(
        values.json
          ? `${JSON.stringify({ already: one.outcome.draft }, null, 2)}\n`
          : `Bài này đã được nhập (already imported): ${one.outcome.draft} — không ghi gì (nothing written).\n`,
      );
      return 0;
    }
    io.out(values.json ? `${JSON.stringify(one.detail, null, 2)}\n` : one.text!);
    return 0;
  }

  // The archive: every file, one after the other; a failure is a row of the table, never the end.
  const files = listSources(sources);
  const rows: FileOutcome[] = [];
  const tty = io.tty && !values.json;
  for (const [i, file] of files.entries()) {
    let row: FileOutcome;
    try {
      row = (await importOne(file)).outcome;
    } catch (e) {
      const name = relative(io.cwd, file) || file;
      row = {
        file: name,
        status: 'failed',
        reason: e instanceof Refused ? e.message : `lỗi khi nhập (import error): ${(e as Error).message.split('\n')[0]}`,
      };
      if (e instanceof Refused && e.issues.length) row.issues = e.issues;
    }
    rows.push(row);
    const what =
      row.status === 'written'
        ? `→ ${row.draft}`
        : row.status === 'already'
          ? `đã nhập (already): ${row.draft}`
          : `LỖI (failed): ${row.reason}`;
    const n = `${i + 1}/${files.length}`;
    if (tty) {
      const width = 24;
      const done = Math.round(((i + 1) / files.length) * width);
      io.err(`\r\x1b[K[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${n} ${row.file} ${what}${i + 1 === files.length ? '\n' : ''}`);
    } else io.err(`${n} ${row.file} ${what}\n`);
  }
  const written = rows.filter((r) => r.status === 'written').length;
  const already = rows.filter((r) => r.status === 'already').length;
  const failed = rows.filter((r) => r.status === 'failed').length;
  const docs = [...proposed.values()];
  if (values.json) {
    io.out(`${JSON.stringify({ files: rows, written, already, failed, proposedDocuments: docs }, null, 2)}\n`);
  } else {
    io.out(
      [
        outcomeTable(rows),
        '',
        `Tệp (files): ${rows.length} · bản nháp mới (new drafts): ${written} · đã nhập từ trước (already imported): ${already} · lỗi (failed): ${failed}`,
        ...(written === 0 && already > 0 ? ['Không có gì mới để ghi (nothing new written).'] : []),
        ...(docs.length
          ? [
              'Văn bản chưa có trong kho, mỗi văn bản một lệnh (missing documents, one command each):',
              ...docs.map((d) => `  ${d.number} (${d.files.length} bài) → ${d.command}`),
            ]
          : []),
        '',
      ].join('\n'),
    );
  }
  return failed ? 1 : 0;
}

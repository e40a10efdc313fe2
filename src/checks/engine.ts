/**
 * The validation engine: reads every content file and data table of a project, checks each
 * against the contract, then checks them against each other. Collects every issue and never
 * stops at the first. `npm run check`, the Astro loaders and the tests all call this.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, extname, basename, posix } from 'node:path';
import type { z } from 'astro/zod';
import { documentSchema } from '../schemas/document.ts';
import { conferenceSchema, type ConferenceData } from '../schemas/conference.ts';
import { unitTable } from '../schemas/unit.ts';
import { indicatorTable } from '../schemas/indicator.ts';
import { observationTable } from '../schemas/observation.ts';
import { parseBody } from '../mdx/parse.ts';
import { readCsvBytes, type CsvResult, type TableSpec } from '../corpus/csv.ts';
import { readFrontmatter } from '../corpus/frontmatter.ts';
import { makeIssue, sortIssues, type Issue } from '../core/issues.ts';
import { checkText, decodeUtf8 } from '../corpus/text.ts';
import { checkBodyText } from '../corpus/body-text.ts';
import { zodIssues } from '../corpus/zod-issues.ts';
import { draftIssue } from './draft.ts';
import { crossCheck, TableIds } from './cross.ts';
import { isSlug, suggestSlug } from '../core/slug.ts';
import { groupBy } from '../core/group.ts';
import { remember, withMemo, type TextMemo } from '../core/memo.ts';
import { linkReferences } from './references.ts';
import { checkArticleCharts } from './article-charts.ts';
import { checkProse } from './prose.ts';
import { checkUpgrade } from './upgrade.ts';
import { PATHS, type Corpus, type Entry, type KnownIds, type ValidationResult } from '../corpus/corpus.ts';

export { PATHS, type Corpus, type Entry, type ValidationResult } from '../corpus/corpus.ts';

const CONTENT_EXT = new Set(['.mdx', '.md']);

/**
 * `memo`: the preview's, kept between saves (src/core/memo.ts); what an article's unchanged text
 * gave last time is not worked out again. The result is the same with or without it.
 */
export function validateProject(root: string, memo?: TextMemo): ValidationResult {
  return withMemo(memo, () => validate(root));
}

function validate(root: string): ValidationResult {
  const issues: Issue[] = [];
  const documents = readCollection(root, PATHS.documents, documentSchema, issues);
  const conferences = readCollection(root, PATHS.conferences, conferenceSchema, issues);
  const units = readTable(root, PATHS.units, unitTable, issues);
  const indicators = readTable(root, PATHS.indicators, indicatorTable, issues);
  const observations = readTable(root, PATHS.observations, observationTable, issues);
  const corpus: Corpus = {
    documents: documents.entries,
    conferences: conferences.entries,
    units: units.rows,
    indicators: indicators.rows,
    observations: observations.rows,
  };
  const tableIds = <T extends { id: string }>(t: CsvResult<T>) => (t.complete ? new TableIds(t.rows, t.rejected) : undefined);
  const known: KnownIds = {
    documents: documents.ids,
    conferences: conferences.ids,
    units: tableIds(units),
    indicators: tableIds(indicators),
    observations: tableIds(observations),
  };
  issues.push(...crossCheck(corpus, known, { observations: observations.rejected }));
  issues.push(...checkImages(root, corpus.conferences));
  issues.push(...checkArticleCharts(corpus));
  issues.push(...checkProse(corpus));
  issues.push(...checkUpgrade(corpus));
  const references = linkReferences(corpus);
  issues.push(...references.issues);
  return { corpus, issues: sortIssues(issues), mentions: references.mentions };
}

function readTable<S extends z.ZodType>(root: string, rel: string, spec: TableSpec<S>, issues: Issue[]): CsvResult<z.output<S>> {
  const path = join(root, rel);
  if (!existsSync(path)) {
    issues.push(
      makeIssue('required', {
        file: rel,
        message: { vi: 'Thiếu tệp dữ liệu', en: 'Data file missing' },
        expected: spec.columns.join(','),
      }),
    );
    return { rows: [], issues: [], rejected: [], complete: false };
  }
  const result = readCsvBytes(readFileSync(path), rel, spec);
  // A loop, not push(...): a table with a million findings would overflow the call stack.
  for (const issue of result.issues) issues.push(issue);
  return result;
}

/** Reads one content folder: file names are ids, and two files must never share a URL. */
function readCollection<S extends z.ZodType>(
  root: string,
  rel: string,
  schema: S,
  issues: Issue[],
): { entries: Entry<z.output<S>>[]; ids: Set<string> } {
  const dir = join(root, rel);
  if (!existsSync(dir)) return { entries: [], ids: new Set() };
  const names = readdirSync(dir)
    .filter((n) => CONTENT_EXT.has(extname(n).toLowerCase()))
    .sort();
  const byRoute = groupBy(names, (name) => basename(name, extname(name)).normalize('NFC').toLowerCase());
  // Only the first file of a conflicting set is read: the others are reported, not published.
  const shadowed = new Set<string>();
  for (const [route, files] of byRoute) {
    if (files.length < 2) continue;
    for (const f of files.slice(1)) {
      shadowed.add(f);
      issues.push(
        makeIssue('route-conflict', {
          file: `${rel}/${f}`,
          field: 'id',
          value: f,
          expected: `một tệp cho địa chỉ "${route}" (đã có ${files[0]}) / one file for the URL "${route}" (${files[0]} exists)`,
          message: {
            vi: `Tệp ${f} và ${files[0]} sẽ xuất bản ra cùng một địa chỉ${twinNote(f, files[0]!)}`,
            en: `Files ${f} and ${files[0]} would publish to the same URL${twinNote(f, files[0]!)}`,
          },
        }),
      );
    }
  }

  const entries: Entry<z.output<S>>[] = [];
  for (const name of names) {
    if (shadowed.has(name)) continue;
    const file = `${rel}/${name}`;
    const id = basename(name, extname(name));
    if (!isSlug(id)) {
      issues.push(
        makeIssue('constraint-error', {
          file,
          field: 'id',
          value: id,
          expected: 'tên tệp chữ thường không dấu, số, gạch ngang / a lowercase ASCII kebab-case file name',
          message: { vi: 'Tên tệp không dùng được làm địa chỉ', en: 'File name cannot be used as an address' },
          hint: {
            vi: `Đổi tên tệp thành ${suggestSlug(id)}${extname(name)}`,
            en: `Rename the file to ${suggestSlug(id)}${extname(name)}`,
          },
        }),
      );
    }
    const decoded = decodeUtf8(readFileSync(join(dir, name)), file);
    issues.push(...decoded.issues);
    if (decoded.text === undefined) continue;
    const text = decoded.text.replace(/\r\n?/g, '\n');
    const rawText = checkText(text, file);
    const fm = remember('frontmatter', `${file}\u0000${text}`, () => readFrontmatter(text, file));
    // A front-matter value's finding names its field; the raw finding on the same line would repeat it.
    const locatedByField = new Set(fm.issues.filter((i) => i.field !== undefined).map((i) => `${i.code}:${i.line}`));
    for (const i of rawText) if ((i.line ?? 0) >= fm.bodyLine || !locatedByField.has(`${i.code}:${i.line}`)) issues.push(i);
    issues.push(...fm.issues);
    const body = parseBody(fm.body, file, fm.bodyLine);
    issues.push(...body.issues);
    const tree = body.tree;
    if (tree)
      issues.push(
        ...remember('body-text', `${file}\u0000${fm.bodyLine}\u0000${fm.body}`, () => checkBodyText(tree, fm.body, file, fm.bodyLine)),
      );
    if (!fm.data) continue;
    const parsed = schema.safeParse(fm.data);
    if (!parsed.success) {
      const found = zodIssues(parsed.error, {
        file,
        locate: (path) => ({ line: fm.lineOf(path) }),
        valueAt: (path) =>
          path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), fm.data),
      });
      issues.push(...(fm.data.draft === true ? found.map(draftIssue) : found));
      continue;
    }
    if (!body.tree) continue;
    entries.push({ id, file, data: parsed.data, body: fm.body, tree: body.tree, bodyLine: fm.bodyLine, lineOf: fm.lineOf });
  }
  return { entries, ids: new Set(names.map((n) => basename(n, extname(n)))) };
}

/** Image formats the build's image pipeline reads (src/components/ArticleImages.astro globs them). */
const IMAGE_EXT = new Set(['.jpg', '.jpeg', '.png', '.webp']);

/** An image named by a report must exist beside it under content/, or the page would break. */
function checkImages(root: string, conferences: Entry<ConferenceData>[]): Issue[] {
  const out: Issue[] = [];
  for (const c of conferences) {
    (c.data.images ?? []).forEach((img, i) => {
      const rel = posix.join(posix.dirname(c.file), img.src.normalize('NFC'));
      const where = { file: c.file, line: c.lineOf(['images', i, 'src']), field: `images[${i}].src`, value: img.src };
      if (!rel.startsWith('content/') || !IMAGE_EXT.has(extname(rel).toLowerCase()))
        out.push(
          makeIssue('constraint-error', {
            ...where,
            expected: 'tệp .jpg, .jpeg, .png hoặc .webp trong content/ / a .jpg, .jpeg, .png or .webp file under content/',
          }),
        );
      else if (!existsSync(join(root, rel)))
        out.push(
          makeIssue('foreign-key', {
            ...where,
            expected: `tệp ảnh có thật: ${rel} / an existing image file: ${rel}`,
            message: { vi: 'Không tìm thấy tệp ảnh', en: 'Image file not found' },
            hint: {
              vi: 'Đặt tệp ảnh vào thư mục được ghi (đường dẫn tính từ tệp bài viết, ví dụ ./anh/hoi-nghi.jpg), hoặc sửa lại src.',
              en: 'Put the image in the folder named (the path is relative to the article, e.g. ./anh/hoi-nghi.jpg), or correct src.',
            },
          }),
        );
    });
  }
  return out;
}

/** Names that look the same but are stored differently (NFC and NFD) need saying so. */
function twinNote(a: string, b: string): string {
  return a !== b && a.normalize('NFC') === b.normalize('NFC') ? ' (NFC/NFD)' : '';
}

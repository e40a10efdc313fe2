/**
 * The import is a door from outside into content that gets published: each attack a security
 * review found, reproduced on the real command against a throwaway copy of the fixture project
 * (front matter ended by a line break in an image address, a file name or a Word file's content
 * type; formulas in the review file; Word files that inflate to gigabytes; text hidden in
 * script-like elements; MDX that is code), and the editor's files, which must hold no figure
 * of a draft.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { tableChoices } from '../src/editor/contract.ts';
import { renderBody, renderFrontMatter } from '../src/import/draft.ts';
import { parseBody } from '../src/mdx/parse.ts';
import { validateProject } from '../src/checks/engine.ts';
import { docxParts, documentOf, wpara } from './docx.ts';
import { FIXTURES, importCommand } from './helpers.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'nhap-doc-'));
  cpSync(join(FIXTURES, 'import', 'project'), root, { recursive: true });
  roots.push(root);
  return root;
}

const run = (root: string, args: string[]) => importCommand([...args, '--root', root]);

/** Imports `content` saved as `name` in a fresh project; the draft's text and front matter. */
async function importText(name: string, content: string | Buffer) {
  const root = project();
  const src = join(root, 'nguon');
  mkdirSync(src);
  writeFileSync(join(src, name), content);
  const r = await run(root, [join(src, name), '--json']);
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as { draft: string; findings: { code: string; severity: string }[] };
  const draft = readFileSync(join(root, out.draft), 'utf8');
  const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(draft)!;
  return { root, out, draft, front: parse(fm!) as Record<string, unknown>, frontText: fm!, body: body! };
}

const draftIssues = (root: string, draft: string) => validateProject(root).issues.filter((i) => i.file === draft);

const LEAD =
  'Sáng ngày 12/5/2022, Huyện ủy Long Phú tổ chức hội nghị sơ kết mô hình bí thư chi bộ kiêm trưởng ấp; toàn huyện có 45/52 ấp thực hiện mô hình, đạt 86,5%, vượt chỉ tiêu đề ra.';
const page = (inside: string) =>
  `<!doctype html><html><head><title>Huyện Long Phú sơ kết mô hình bí thư kiêm trưởng ấp</title></head><body><h1>Huyện Long Phú sơ kết mô hình bí thư kiêm trưởng ấp</h1><p>${LEAD}</p>${inside}<p>Hội nghị đề ra nhiệm vụ cho giai đoạn tiếp theo, tiếp tục nhân rộng mô hình ở những nơi đủ điều kiện.</p></body></html>`;

describe('front-matter injection', () => {
  it('an image address with line breaks in a saved page stays inside its comment: no featured, no hidden link', async () => {
    const { root, out, front, frontText, body } = await importText(
      'trang.html',
      page(
        `<img src="a.jpg&#10;featured: true&#10;---&#10;&lt;a href='https://lua-dao.example'&gt;xem&lt;/a&gt;" alt="Ảnh&#13;&#10;draft: false&#x2028;summary: giả"><p>Ảnh: Minh Tâm</p>`,
      ),
    );
    expect(front.featured).toBe(false);
    expect(front.draft).toBe(true);
    expect(front.summary).not.toBe('giả');
    expect(frontText).not.toMatch(/^(?:featured: true|draft: false|summary: giả)/m);
    // Every front-matter line is a key, an indented key, or a comment the import started.
    for (const line of frontText.split('\n')) expect(line).toMatch(/^(?:#|[a-z_]+:|  [a-z_]+:)/);
    expect(body).not.toContain('lua-dao.example');
    expect(draftIssues(root, out.draft).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a file name with a line break stays inside its comment', async () => {
    const { front, frontText } = await importText(
      'bai\nfeatured: true\n.txt',
      `Huyện Long Phú sơ kết mô hình bí thư kiêm trưởng ấp\n${LEAD}\n`,
    );
    expect(front.featured).toBe(false);
    expect(frontText).not.toMatch(/^featured: true/m);
  });

  it("a Word file's image content type and alt text with line breaks write no key", async () => {
    const rels =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/anh.png"/></Relationships>';
    const types =
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png&#10;featured: true&#10;---&#10;&lt;a href=&quot;https://lua-dao.example&quot;&gt;x&lt;/a&gt;"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const drawing =
      '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Ảnh" descr="Hội nghị&#10;featured: true"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const file = docxParts({
      '[Content_Types].xml': types,
      'word/_rels/document.xml.rels': rels,
      'word/media/anh.png': png,
      'word/document.xml': documentOf(
        wpara('Huyện Long Phú sơ kết mô hình bí thư kiêm trưởng ấp') +
          wpara(LEAD) +
          drawing +
          wpara('Hội nghị đề ra nhiệm vụ cho giai đoạn tiếp theo.'),
      ),
    });
    const { root, out, front, frontText, body } = await importText('bao-cao.docx', file);
    expect(front.featured).toBe(false);
    expect(frontText).not.toMatch(/^featured: true/m);
    expect(frontText).toContain('#   - src: "./anh/anh-1.jpg"  # ảnh nhúng trong tệp Word');
    expect(frontText).toContain('#     alt: "Hội nghị\\nfeatured: true"');
    expect(`${frontText}\n${body}`).not.toContain('lua-dao.example');
    expect(draftIssues(root, out.draft).filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('formula injection in the review file', () => {
  it('a sentence that a spreadsheet would run (=, +, -, @, after spaces too) is written inert', async () => {
    const text = [
      'Huyện Long Phú sơ kết mô hình bí thư kiêm trưởng ấp',
      LEAD,
      '=HYPERLINK("https://lua-dao.example";"Bấm") có 12 xã đạt chuẩn nông thôn mới.',
      '   @SUM(A1) toàn huyện có 30 chi bộ được kiện toàn.',
      '+7 cán bộ được luân chuyển về cơ sở trong năm.',
    ].join('\n');
    const { root, out } = await importText('cong-thuc.txt', text);
    const csv = readFileSync(join(root, out.draft.replace('content/conferences/', 'import/').replace('.mdx', '.figures.csv')), 'utf8');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const sentences = rows.map((r) => r.sentence!);
    expect(sentences.some((s) => s.includes('HYPERLINK'))).toBe(true);
    for (const r of rows)
      for (const [col, cell] of Object.entries(r))
        if (!['value', 'total', 'target'].includes(col)) expect(cell, `${col}: ${cell}`).not.toMatch(/^[\s\u00A0]*[=+\-@]/);
  });
});

describe('size bombs', () => {
  it('a small Word file of 30 MB of empty paragraphs, and one of 60 MB of spaces, are refused with a finding; the next file is imported', async () => {
    const root = project();
    const dir = join(root, 'luu-tru');
    mkdirSync(dir);
    const empty = docxParts({ 'word/document.xml': documentOf('<w:p/>'.repeat(5_000_000)) });
    const spaces = docxParts({
      'word/document.xml': documentOf(`<w:p><w:r><w:t xml:space="preserve">${' '.repeat(60 * 1024 * 1024)}</w:t></w:r></w:p>`),
    });
    expect(empty.length).toBeLessThan(200_000);
    writeFileSync(join(dir, 'a-doan-trong.docx'), empty);
    writeFileSync(join(dir, 'b-khoang-trang.docx'), spaces);
    writeFileSync(join(dir, 'c-bai-tot.txt'), `Huyện Long Phú sơ kết mô hình bí thư kiêm trưởng ấp\n${LEAD}\n`);
    const r = await run(root, [dir, '--json']);
    const out = JSON.parse(r.stdout) as { files: { file: string; status: string; reason?: string; issues?: unknown[] }[] };
    expect(out.files.map((f) => f.status)).toEqual(['failed', 'failed', 'written']);
    expect(out.files[0]!.reason).toMatch(/tệp quá lớn, không đọc \(source too large, not parsed\): số phần tử XML/);
    expect(out.files[0]).toMatchObject({
      issues: [{ code: 'source-too-large', severity: 'error', field: 'elements', value: '5.000.026' }],
    });
    expect(out.files[1]!.reason).toMatch(/tệp quá lớn, không đọc \(source too large, not parsed\): nội dung giải nén/);
    expect(r.status).toBe(1);
    expect(readdirSync(join(root, 'content', 'conferences')).filter((n) => n.endsWith('.mdx'))).toHaveLength(1);
  });

  it('a text file over 5 MB is refused before it is read into blocks', async () => {
    const root = project();
    writeFileSync(join(root, 'dai.txt'), `Tiêu đề\n${'Một câu rất dài. '.repeat(400_000)}`);
    const r = await run(root, [join(root, 'dai.txt'), '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/độ dài chữ \(text length\)/);
    expect(r.stderr).toMatch(/\[source-too-large\]/);
  });
});

describe('hidden text', () => {
  for (const tag of ['script', 'style', 'textarea', 'noscript', 'template'])
    it(`<${tag}> in the body never becomes a paragraph of the draft, nor hides what follows`, async () => {
      const { body } = await importText(
        `${tag}.html`,
        page(`<${tag}>var a = "</p><p>Chữ ẩn trong ${tag} 77 xã</p><div>";</${tag}><p>Đoạn hiện sau phần ẩn.</p>`),
      );
      expect(body).not.toContain('Chữ ẩn');
      expect(body).toContain('Đoạn hiện sau phần ẩn.');
    });
});

describe('MDX that is code', () => {
  it('lines starting import/export, list items and table cells starting { or \\ are escaped: the draft passes the MDX policy', async () => {
    const table = '<table><tr><td>{alert(1)}</td><td>\\{x}</td></tr><tr><td>import a from "b"</td><td>\\</td></tr></table>';
    const items = '<ul><li>{globalThis.process}</li><li>\\{x\\}</li><li>export const a = 1</li><li># không phải tiêu đề</li></ul>';
    const { root, out, body } = await importText(
      'ma.html',
      page(`<p>import fs from 'node:fs'</p><p>export default function X() {}</p><p>{1+1} là biểu thức</p>${items}${table}`),
    );
    expect(draftIssues(root, out.draft).filter((i) => i.severity === 'error')).toEqual([]);
    expect(body).toContain('&#105;mport fs');
    expect(body).toContain('&#101;xport default');
    expect(body).toMatch(/^- \\\{globalThis\.process\\\}$/m);
  });
});

describe('draft figures in the web editor', () => {
  it('the editor offers no figure of a draft report (nor of one published later); the local dev server does', () => {
    const root = project();
    const conf = (id: string, extra: string) =>
      writeFileSync(
        join(root, 'content', 'conferences', `${id}.mdx`),
        `---\ntitle: "Bài ${id}"\nkind: hop\nheld: 2021-03-02\npublished: 2021-03-02\nunit: "an-hoa"\norganizer: "Tỉnh ủy"\nsource:\n  publisher: "Báo"\n${extra}---\nNội dung.\n`,
      );
    conf('bai-cong-khai', '');
    conf('bai-nhap', 'draft: true\n');
    conf('bai-hen-ngay', 'published: 2999-01-01\n'.replace('published', 'summary: "x"\n#'));
    writeFileSync(
      join(root, 'content', 'conferences', 'bai-hen-ngay.mdx'),
      readFileSync(join(root, 'content', 'conferences', 'bai-hen-ngay.mdx'), 'utf8').replace(
        'published: 2021-03-02',
        'published: 2999-01-01',
      ),
    );
    const obs = join(root, 'data', 'observations.csv');
    writeFileSync(
      obs,
      `${readFileSync(obs, 'utf8').trimEnd()}\nso-cong-khai,chua-ro,an-hoa,2021-03-02,1,2,,1/2,,,bai-cong-khai,\nso-nhap,chua-ro,an-hoa,2021-03-02,777,999,,777/999,,,bai-nhap,\nso-hen,chua-ro,an-hoa,2021-03-02,555,999,,555/999,,,bai-hen-ngay,\n`,
    );
    const offered = tableChoices(root).observations!.map((o) => o.value);
    expect(offered).toContain('so-cong-khai');
    expect(offered).not.toContain('so-nhap');
    expect(offered).not.toContain('so-hen');
    expect(JSON.stringify(tableChoices(root))).not.toMatch(/777|555/);
    expect(tableChoices(root, { drafts: true }).observations!.map((o) => o.value)).toEqual(expect.arrayContaining(['so-nhap', 'so-hen']));
  });
});

describe('whatever a source holds (property)', () => {
  const pieces = [
    '\n',
    '\r\n',
    '\r',
    '\u2028',
    '\u2029',
    '\u0085',
    '---',
    'featured: true',
    '#',
    '"',
    "'",
    '\\',
    '{',
    '}',
    '<',
    '>',
    'import x from "y"',
    'export const a = 1',
    '- ',
    '| a |',
    '=1+1',
    ': ',
    '&#10;',
    '`',
    '*',
    '\u202E',
    '\u0000',
  ];
  const hostile = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 10 })
    .map((a) => a.join(''));

  it('the front matter is always exactly the keys the import writes, each value read back as given', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, hostile, (title, publisher, alt, src, file) => {
        const text = renderFrontMatter({
          title,
          kind: 'hop',
          held: '2021-09-23',
          heldFrom: file,
          published: 'unknown',
          publishedFrom: src,
          unit: 'an-hoa',
          organizer: publisher,
          documents: [],
          unresolved: [{ number: title, command: `npm run new -- van-ban "${title}"` }],
          publisher,
          summary: alt,
          images: [{ src, alt, caption: title, credit: publisher }],
          sourceFile: file,
          reviewFile: `import/${file}.figures.csv`,
          fingerprint: title,
        });
        const lines = text.split('\n');
        expect(lines[0]).toBe('---');
        expect(lines.at(-2)).toBe('---');
        const data = parse(lines.slice(1, -2).join('\n')) as Record<string, unknown>;
        // Values as the web editor saves them: trimmed, an optional one left out when empty.
        const optional: Record<string, string> = { organizer: publisher, summary: alt };
        expect(Object.keys(data)).toEqual(
          ['title', 'kind', 'held', 'published', 'unit', 'organizer', 'source', 'summary', 'featured', 'draft'].filter(
            (k) => optional[k]?.trim() !== '',
          ),
        );
        expect(data.title).toBe(title.trim());
        expect(data.source).toEqual({ publisher: publisher.trim() });
        expect(data.featured).toBe(false);
        expect(data.draft).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the body always passes the MDX policy: no expression, no ESM, no tag', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('para', 'item', 'heading', 'table'), hostile), { minLength: 1, maxLength: 6 }),
        (blocks) => {
          const body = renderBody(
            blocks.map(([kind, text]) =>
              kind === 'table'
                ? {
                    kind,
                    text: '',
                    rows: [
                      [text, 'x'],
                      ['y', text],
                    ],
                  }
                : kind === 'heading'
                  ? { kind, text: text || 'x', level: 2 }
                  : { kind, text: text || 'x' },
            ),
          );
          expect(parseBody(body, 'x.mdx', 1).issues.filter((i) => i.severity === 'error')).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

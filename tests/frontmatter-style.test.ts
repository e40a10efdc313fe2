/**
 * One style of front matter: the web editor's. Every fixture article is written as the CMS
 * writes it, so a save from the form changes only the fields an editor changed; the scaffold and
 * the import write the same way. The CMS's own YAML function, cut out of its bundle, is the judge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EDITOR_YAML_OUTPUT } from '../src/editor/config.ts';
import { contractFields, projectEditor } from '../src/editor/contract.ts';
import { articleText, readArticle, resaved, yamlOptions } from '../src/editor/frontmatter.ts';
import { CMS_DIR } from '../src/build/editor-admin.ts';
import { renderFrontMatter, type DraftFields } from '../src/import/draft.ts';
import { scaffold } from '../src/import/scaffold.ts';
import { CMS_BUNDLE, cmsFormatYaml, cmsResaved, collectionOf, mdxFiles } from './editor-yaml.ts';
import { FIXTURES } from './helpers.ts';

/**
 * Fixtures that hold what the form never writes, because that is what they test: YAML the check
 * refuses, escapes in quoted values, an image without its required `alt`.
 */
const HAND_WRITTEN: Record<string, string> = {
  'cases/yaml-alias/content/conferences/hoi-nghi-a.mdx': 'a YAML alias, refused by the check',
  'cases/yaml-syntax/content/conferences/hoi-nghi-a.mdx': 'YAML that does not parse',
  'cases/decoded-text/content/conferences/hoi-nghi-a.mdx': 'a value written with a YAML escape (\\v)',
  'cases/decoded-text/content/documents/01-nq-tu-2020-tinh-a.mdx': 'values written with YAML escapes (\\u202E, \\u0323, \\uD800)',
  'cases/image-missing-alt/content/conferences/hoi-nghi-a.mdx': "an image without its required alt (the form would write alt: '')",
};

const fixtures = mdxFiles(FIXTURES).filter((f) => !(f in HAND_WRITTEN));
/** The front matter without the comment lines the scaffold and the import write (at the start of a line, as the CMS drops them). */
const withoutComments = (text: string) => {
  const end = text.indexOf('\n---\n', 4);
  return (
    text
      .slice(0, end)
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n') + text.slice(end)
  );
};

describe('the web editor writes YAML as src/editor/frontmatter.ts does', () => {
  it('the CMS bundle still has its formatYAML, and with the configuration it writes the options yamlOptions() gives', () => {
    const bundle = readFileSync(CMS_BUNDLE, 'utf8');
    expect(JSON.parse(readFileSync(join(CMS_DIR, 'package.json'), 'utf8')).version).toBe('0.221.1');
    // The options literal of formatYAML, with its defaults: `quote: 'none'` writes plain values, single quotes when YAML needs quotes.
    expect(bundle).toMatch(/indent_size:\w+=2,indent_sequences:\w+=!0,quote:\w+=`none`/);
    expect(bundle).toMatch(
      /\{indent:\w+,indentSeq:\w+,lineWidth:0,defaultKeyType:`PLAIN`,defaultStringType:\w+\|\|\w+===`double`\?`QUOTE_DOUBLE`:\w+===`single`\?`QUOTE_SINGLE`:`PLAIN`,singleQuote:!\(\w+\|\|\w+===`double`\)\}/,
    );
    // The file: `---`, the YAML, `---`, then a blank line, the body and a line break.
    expect(bundle).toMatch(/\[(\w+),(\w+)\]=\w+\?\?\[`---`,`---`\]/);
    expect(bundle).toMatch(/return`\$\{\w+\}\\n\$\{\w+\}\\n\$\{\w+\}\\n\$\{!\w+&&\w+\?`\\n\$\{\w+\}\\n`:``\}`/);
    const sample = { a: 'x: y', b: ['p', 'q'], c: { d: '' }, e: '2021', f: 'Tỉnh ủy A' };
    expect(cmsFormatYaml()(sample, EDITOR_YAML_OUTPUT)).toBe(stringify(sample, null, yamlOptions()).trim());
    expect(cmsFormatYaml()(sample, {})).toBe(cmsFormatYaml()(sample, EDITOR_YAML_OUTPUT));
    expect(yamlOptions()).toEqual({
      indent: 2,
      indentSeq: true,
      lineWidth: 0,
      defaultKeyType: 'PLAIN',
      defaultStringType: 'PLAIN',
      singleQuote: true,
    });
  });

  it('the CMS bundles the same yaml package as the project, and saves as frontmatter.ts models it (source map of its build)', () => {
    const map = JSON.parse(readFileSync(`${CMS_BUNDLE}.map`, 'utf8')) as { sources: string[]; sourcesContent: string[] };
    const ours = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', 'yaml', 'package.json'), 'utf8'))
      .version as string;
    const theirs = new Set(map.sources.flatMap((s) => /\/yaml@([\d.]+)\//.exec(s)?.[1] ?? []));
    expect([...theirs]).toEqual([ours]);
    const source = (tail: string) => map.sourcesContent[map.sources.findIndex((s) => s.endsWith(tail))] ?? '';
    // Every text value trimmed on save; empty optional fields left out; keys in the order of the fields.
    expect(source('contents/draft/save/changes.js')).toContain('content[keyPath] = value.trim();');
    expect(source('contents/draft/save/serialize.js')).toContain('omitEmptyOptionalFields &&');
    expect(source('contents/draft/save/serialize.js')).toContain('createKeyPathList(fields).forEach(');
    // A checkbox the file lacks is `false` in the form, and saved so.
    expect(source('contents/fields/boolean/defaults.js')).toMatch(/return false;\s*\};/);
  });

  it('the configuration the CMS gets states that YAML output, and the fields frontmatter.ts orders by are its own', () => {
    const { config } = projectEditor(join(FIXTURES, 'minimal'), { title: 'x', backend: { repo: 'a/b', branch: 'main' } });
    expect((config.output as { yaml: unknown }).yaml).toEqual(EDITOR_YAML_OUTPUT);
    for (const c of config.collections as { name: string; fields: { name: string }[] }[])
      expect(contractFields(c.name).map((f) => f.name)).toEqual(c.fields.map((f) => f.name));
  });
});

describe('every fixture article is in the web editor’s style', () => {
  it.each(fixtures)('%s comes back from the form byte for byte', (file) => {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    expect(cmsResaved(text, collectionOf(file))).toBe(text);
    expect(resaved(text, contractFields(collectionOf(file)))).toBe(text);
  });

  it('the fixtures left as written by hand are named, and are indeed not what the form writes', () => {
    expect(fixtures.length).toBeGreaterThan(40);
    for (const file of Object.keys(HAND_WRITTEN)) {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      let saved: string | undefined;
      try {
        saved = cmsResaved(text, collectionOf(file));
      } catch {
        saved = undefined;
      }
      expect(saved, file).not.toBe(text);
    }
  });
});

describe('a change through the form changes only its lines', () => {
  const file = 'site/content/conferences/so-ket-de-an-01-tp-ben-tre-2018.mdx';
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const { data, body } = readArticle(text);
  const fields = contractFields('conferences');
  const lines = text.split('\n');

  it('a new title changes the title line and nothing else', () => {
    const after = articleText({ ...data, title: 'Tiêu đề mới: sơ kết' }, body, fields).split('\n');
    expect(after.length).toBe(lines.length);
    expect(after.map((l, i) => [i, l]).filter(([i, l]) => l !== lines[i as number])).toEqual([[1, "title: 'Tiêu đề mới: sơ kết'"]]);
  });

  it('a document added to the list adds one line; a summary removed removes one', () => {
    const added = articleText({ ...data, documents: [...(data.documents as string[]), '34-kl-tw-2018'] }, body, fields).split('\n');
    const at = lines.findIndex((l) => l === '  - 02-nq-tu-2016-ben-tre') + 1;
    expect(added).toEqual([...lines.slice(0, at), '  - 34-kl-tw-2018', ...lines.slice(at)]);
    const { summary: _, ...rest } = data;
    expect(articleText(rest, body, fields).split('\n')).toEqual(lines.filter((l) => !l.startsWith('summary: ')));
  });
});

describe('the scaffold and the import write the same style', () => {
  it.each([
    ['documents', 'Nghị quyết về công tác cán bộ'],
    ['conferences', 'Hội nghị sơ kết: mô hình "bí thư kiêm trưởng ấp"'],
  ] as const)('npm run new %s: without its comment lines, the file is what the form would save', (kind, title) => {
    const text = scaffold(kind, title);
    const plain = withoutComments(text);
    expect(plain).not.toBe(text);
    expect(cmsResaved(plain, kind)).toBe(plain);
    expect(readArticle(text).data.title).toBe(title);
  });

  const draft = (over: Partial<DraftFields>): DraftFields => ({
    title: 'Tỉnh An Hòa nhất thể hóa 48/60 chi bộ thôn, khu phố',
    kind: 'so-ket',
    held: '2021-09-23',
    heldFrom: 'đọc từ nội dung bài',
    published: '2021-09-24',
    publishedFrom: 'đọc từ dòng ngày tháng của trang',
    unit: 'an-hoa',
    organizer: 'Tỉnh ủy An Hòa',
    documents: ['18-nq-tw-2017', '02-nq-tu-2016-an-hoa'],
    unresolved: [{ number: '19-NQ/TW', command: 'npm run new -- van-ban "Nghị quyết số 19-NQ/TW"' }],
    publisher: 'Báo An Hòa',
    author: 'Lan Anh',
    url: 'https://baoanhoa.example/bai.html',
    summary: 'Sáng 23/9, Tỉnh ủy sơ kết: 48/60 chi bộ đã nhất thể hóa.',
    images: [{ src: 'https://baoanhoa.example/a.jpg', alt: 'Hội nghị', caption: 'Ảnh: Lan Anh', credit: '' }],
    sourceFile: 'bao-tinh.html',
    reviewFile: 'import/bao-tinh.figures.csv',
    fingerprint: 'sha256:00',
    ...over,
  });

  it.each<[string, Partial<DraftFields>]>([
    ['a full draft', {}],
    [
      'a draft with no title, no event date, no documents',
      { title: undefined, titleSuggestion: 'Câu mở đầu.', held: undefined, documents: [], unresolved: [], organizer: '' },
    ],
  ])('npm run import, %s: without its comment lines, the front matter is what the form would save', (_, over) => {
    const text = `${renderFrontMatter(draft(over))}\nNội dung.\n`;
    const plain = withoutComments(text);
    expect(cmsResaved(plain, 'conferences')).toBe(plain);
  });

  it('npm run import, whatever the source holds: without its comment lines, the front matter is what the form would save', () => {
    const pieces = [
      '\n',
      '\r\n',
      '\u2028',
      '\u0085',
      '---',
      'featured: true',
      '#',
      '"',
      "'",
      ': ',
      ' ',
      '- ',
      '[a]',
      '{',
      '*',
      '&x',
      '!',
      '|',
      '>',
      '%',
      '@',
      '`',
      '\u202E',
      '\u0000',
      '2021',
      'true',
      'null',
      '~',
    ];
    const hostile = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 8 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(hostile, hostile, hostile, (title, publisher, summary) => {
        const text = `${renderFrontMatter(draft({ title: title || undefined, publisher, organizer: publisher, summary, author: summary }))}\nNội dung.\n`;
        const plain = withoutComments(text);
        expect(cmsResaved(plain, 'conferences')).toBe(plain);
      }),
      {
        numRuns: 300,
        examples: [
          ['a\n#b', ' x ', '#'],
          ['', '', ''],
          ['- a', '[b]', 'c: d\n  - e'],
        ],
      },
    );
  });
});

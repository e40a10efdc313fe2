import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactIndex, readCbor, toValue } from '../src/build/compact-index.ts';

const SIG = 'pagefind_dcd';
const tmp = mkdtempSync(join(tmpdir(), 'compact-index-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Reports and localities enough for several index chunks, each with a date sort and filters. */
function page(k: number, extra = ''): string {
  const unit = ['Phường An Hòa', 'Xã Mỹ Thới', 'Tỉnh Tây Ninh'][k % 3]!;
  return (
    `<!DOCTYPE html><html lang="vi"><head><title>t</title></head><body><main data-pagefind-body>` +
    `<span data-pagefind-filter="loai">${k % 2 ? 'Hội nghị' : 'Văn bản'}</span>` +
    `<span data-pagefind-sort="ngay">${2000 + (k % 25)}-0${1 + (k % 9)}-1${k % 10}</span>` +
    `<h1>${unit} sơ kết mô hình kiêm nhiệm số ${k}</h1>` +
    `<p>Bí thư chi bộ kiêm trưởng ấp, khu phố ${k}; tỷ lệ ${k % 97}%. Trang ${k} thứ ${k * 7} từ ${'ngữ'.repeat(1 + (k % 5))}${extra}.</p>` +
    `</main></body></html>`
  );
}

/** Pagefind's own bundle of `count` pages, written to `dir/pagefind`, names as Pagefind gives them. */
async function pagefindBundle(dir: string, count: number, extra = ''): Promise<string> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (let k = 0; k < count; k++) await index!.addHTMLFile({ url: `/trang-${k}/`, content: page(k, extra) });
  await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await index!.deleteIndex();
  return join(dir, 'pagefind');
}

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

function entryOf(bundle: string): { version: string; languages: Record<string, { hash: string; page_count: number }> } {
  return JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
}

/** The metadata as plain values: [version, pages, chunks, filters, sorts, meta fields]. */
function metaOf(bundle: string): { value: unknown[]; gzipBytes: number } {
  const gz = readFileSync(join(bundle, `pagefind.${entryOf(bundle).languages.vi!.hash}.pf_meta`));
  const raw = gunzipSync(gz);
  expect(raw.subarray(0, SIG.length).toString()).toBe(SIG);
  return { value: toValue(raw, readCbor(raw, SIG.length)) as unknown[], gzipBytes: gz.length };
}

const unzip = (file: string) => gunzipSync(readFileSync(file));

const decodeFile = (file: string) => {
  const raw = unzip(file);
  expect(raw.subarray(0, SIG.length).toString()).toBe(SIG);
  return toValue(raw, readCbor(raw, SIG.length)) as unknown[];
};

function recordOf(bundle: string, name: string): { url: string } & Record<string, unknown> {
  return JSON.parse(
    unzip(join(bundle, 'fragment', `${name}.pf_fragment`))
      .subarray(SIG.length)
      .toString('utf8'),
  );
}

type Posting = [number, ...unknown[]];
/**
 * What a bundle says, with pages named by address rather than number: each record; for each
 * word and each of its spellings, the pages holding it with their positions; each filter value's
 * pages; each sort's pages in order; the metadata's other parts.
 */
function meaning(bundle: string) {
  const [version, pages, chunks, filters, sorts, ...rest] = metaOf(bundle).value as [
    string,
    [string, number, string][],
    [string, string, string][],
    [string, string][],
    [string, number[]][],
    ...unknown[],
  ];
  const urls = pages.map(([name]) => recordOf(bundle, name).url);
  const records = Object.fromEntries(pages.map(([name, count], k) => [urls[k], { count, record: recordOf(bundle, name) }]));
  const located = (postings: Posting[]) => {
    let page = 0;
    return postings.map(([gap, ...where]) => `${urls[(page += gap)]} ${JSON.stringify(where)}`).sort();
  };
  const words: Record<string, unknown> = {};
  for (const [from, to, name] of chunks) {
    const [entries] = decodeFile(join(bundle, 'index', `${name}.pf_index`)) as [[string, Posting[], [string, Posting[]][]][]];
    for (const [word, postings, spellings] of entries)
      words[word] = { from, to, pages: located(postings), spellings: spellings.map(([form, p]) => [form, located(p)]) };
  }
  const facets: Record<string, string[]> = {};
  for (const [, name] of filters) {
    const [filter, values] = decodeFile(join(bundle, 'filter', `${name}.pf_filter`)) as [string, [string, number[]][]];
    for (const [value, ns] of values) facets[`${filter}=${value}`] = ns.map((n) => urls[n]!).sort();
  }
  return { version, records, words, facets, sorts: sorts.map(([name, ns]) => [name, ns.map((n) => urls[n])]), rest };
}

describe('compactIndex: shorter names in the search metadata', () => {
  let original = '';
  let compacted = '';
  let before: { value: unknown[]; gzipBytes: number };
  let result: Awaited<ReturnType<typeof compactIndex>>;

  beforeAll(async () => {
    original = await pagefindBundle(join(tmp, 'a'), 400);
    cpSync(join(tmp, 'a'), join(tmp, 'b'), { recursive: true });
    compacted = join(tmp, 'b', 'pagefind');
    before = metaOf(original);
    result = await compactIndex(compacted);
  }, 120_000);
  afterAll(() => pagefind.close());

  it('renames every record, index chunk and filter chunk to the version and its number', () => {
    expect('skipped' in result).toBe(false);
    const [, pages, chunks, filters] = metaOf(compacted).value as [string, [string][], [string, string, string][], [string, string][]];
    const names = [...pages.map((p) => p[0]), ...chunks.map((c) => c[2]), ...filters.map((f) => f[1])];
    const version = names[0]!.split('/')[0]!;
    expect(version).toMatch(/^[0-9a-f]{8}$/);
    expect(pages.map((p) => p[0])).toEqual(pages.map((_, k) => `${version}/${k.toString(36)}`));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c[2])).toEqual(chunks.map((_, k) => `${version}/${k.toString(36)}`));
    expect(filters.map((f) => f[1])).toEqual(filters.map((_, k) => `${version}/${k.toString(36)}`));
    // Every file the metadata names is there, and nothing else is left beside them.
    const expected = [
      ...pages.map((p) => `fragment/${p[0]}.pf_fragment`),
      ...chunks.map((c) => `index/${c[2]}.pf_index`),
      ...filters.map((f) => `filter/${f[1]}.pf_filter`),
    ];
    const left = files(compacted).filter((f) => /^(fragment|index|filter)\//.test(f));
    expect(left).toEqual([...expected].sort());
  });

  it('keeps what the index says of every page: its record, the words with their positions, filters and sorts', () => {
    expect(meaning(compacted)).toEqual(meaning(original));
    // And the pages are numbered by address.
    const [, pages] = metaOf(compacted).value as [string, [string][]];
    const urls = pages.map(([name]) => recordOf(compacted, name).url);
    expect(urls).toEqual([...urls].sort());
  });

  it('makes the metadata smaller, and points the entry file at it alone', () => {
    const after = metaOf(compacted);
    expect(after.gzipBytes).toBeLessThan(before.gzipBytes * 0.8);
    expect(result).toEqual({ meta: [{ before: before.gzipBytes, after: after.gzipBytes }], files: expect.any(Number) });
    const metas = files(compacted).filter((f) => f.endsWith('.pf_meta'));
    expect(metas).toEqual([`pagefind.${entryOf(compacted).languages.vi!.hash}.pf_meta`]);
    expect(entryOf(compacted).languages.vi!.page_count).toBe(400);
    expect(entryOf(compacted).version).toBe(entryOf(original).version);
  });

  it('gives the same bundle for the same index, and new names to every file when one page changes', async () => {
    const again = join(tmp, 'c');
    cpSync(join(tmp, 'a'), again, { recursive: true });
    await compactIndex(join(again, 'pagefind'));
    const same = files(join(again, 'pagefind'));
    expect(same).toEqual(files(compacted));
    for (const f of same) expect(readFileSync(join(again, 'pagefind', f))).toEqual(readFileSync(join(compacted, f)));

    // One word more on one page: every record is named anew, so a browser never mixes versions.
    const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
    for (let k = 0; k < 400; k++) await index!.addHTMLFile({ url: `/trang-${k}/`, content: page(k, k === 399 ? ' thêm' : '') });
    await index!.writeFiles({ outputPath: join(tmp, 'd', 'pagefind') });
    await index!.deleteIndex();
    await compactIndex(join(tmp, 'd', 'pagefind'));
    const fragments = (dir: string) => new Set(files(dir).filter((f) => f.startsWith('fragment/')));
    const old = fragments(compacted);
    expect([...fragments(join(tmp, 'd', 'pagefind'))].filter((f) => old.has(f))).toEqual([]);
  }, 120_000);
});

describe('compactIndex: the same pages in any order give the same bundle', () => {
  afterAll(() => pagefind.close());
  it('pages added in reverse and in a shuffled order: every file byte for byte', async () => {
    const orders = [
      Array.from({ length: 300 }, (_, k) => 299 - k),
      Array.from({ length: 300 }, (_, k) => (k * 7) % 300),
      Array.from({ length: 300 }, (_, k) => k),
    ];
    const bundles: string[] = [];
    for (const [n, order] of orders.entries()) {
      const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
      for (const k of order) await index!.addHTMLFile({ url: `/trang-${k}/`, content: page(k) });
      const bundle = join(tmp, `order-${n}`, 'pagefind');
      await index!.writeFiles({ outputPath: bundle });
      await index!.deleteIndex();
      expect('skipped' in (await compactIndex(bundle))).toBe(false);
      bundles.push(bundle);
    }
    const [first, ...others] = bundles;
    for (const other of others) {
      expect(files(other)).toEqual(files(first!));
      for (const f of files(first!)) expect(readFileSync(join(other, f)), f).toEqual(readFileSync(join(first!, f)));
    }
  }, 120_000);
});

describe('compactIndex leaves a bundle it does not know as it is', () => {
  it('metadata of another shape: skipped, no file moved', async () => {
    const dir = join(tmp, 'other');
    const bundle = join(dir, 'pagefind');
    cpSync(join(tmp, 'a'), dir, { recursive: true });
    const hash = entryOf(bundle).languages.vi!.hash;
    // An array of two numbers where Pagefind writes its six parts.
    writeFileSync(join(bundle, `pagefind.${hash}.pf_meta`), gzipSync(Buffer.concat([Buffer.from(SIG), Buffer.from([0x82, 0x01, 0x02])])));
    const list = files(bundle);
    expect(await compactIndex(bundle)).toEqual({ skipped: 'metadata of another shape' });
    expect(files(bundle)).toEqual(list);
  });

  it('a file the metadata names is missing: a located error, no file moved', async () => {
    const dir = join(tmp, 'missing');
    const bundle = join(dir, 'pagefind');
    cpSync(join(tmp, 'a'), dir, { recursive: true });
    const gone = files(bundle).find((f) => f.startsWith('fragment/'))!;
    rmSync(join(bundle, gone));
    const list = files(bundle);
    await expect(compactIndex(bundle)).rejects.toThrow(gone.replace('fragment/', ''));
    expect(files(bundle)).toEqual(list);
    expect(existsSync(join(bundle, 'pagefind-entry.json'))).toBe(true);
  });
});

describe('readCbor', () => {
  it('reads what it is given or throws an Error, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          expect(readCbor(bytes, 0).end).toBeLessThanOrEqual(bytes.length);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads integers, text, arrays and maps, definite and not', () => {
    // [1, -2, "đ", [], {"a": 500}, [_ 3]]
    const b = Uint8Array.from([0x86, 0x01, 0x21, 0x62, 0xc4, 0x91, 0x80, 0xa1, 0x61, 0x61, 0x19, 0x01, 0xf4, 0x9f, 0x03, 0xff]);
    const item = readCbor(b, 0);
    expect(toValue(b, item)).toEqual([1, -2, 'đ', [], { raw: b.subarray(7, 13) }, [3]]);
    // A map's keys and values are its items, in turn.
    expect(item.items![4]!.items!.map((x) => toValue(b, x))).toEqual(['a', 500]);
  });
});

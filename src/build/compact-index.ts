/**
 * The search index made smaller and independent of the order the build handed its pages over.
 *
 * Pagefind numbers pages in the order they reach it, names each page's record (`fragment/`), each
 * index chunk (`index/`) and each filter chunk (`filter/`) by a hash of its content, and lists every
 * one of those names in the metadata, the file every search downloads first: at 1,000 articles
 * (4,398 pages) the hashes are two thirds of its 32 KB gzip, since hashes do not compress.
 *
 * Here the pages are numbered in the order of their addresses, the index and filter chunks
 * rewritten with those numbers (positions untouched), and each file takes, in the metadata's
 * order, a name made of the index's version and its number (`3f9c20ab/1a`): the version repeats,
 * so gzip keeps only the numbers, and the metadata falls to some 18 KB. The same pages thus give
 * the same bundle, byte for byte, whatever order the build rendered them in.
 *
 * The names stay tied to content: the version is a digest of the metadata with every file named
 * by its content, so any change to any record or chunk gives every file a new name, and a
 * browser's cached copy of an older file is never read in its place.
 *
 * A bundle of another shape (another Pagefind version, records grouped) is left as Pagefind wrote
 * it, and the reason returned.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** One CBOR data item and where it lies. Only what the metadata holds: numbers, text, arrays. */
interface Item {
  start: number;
  end: number;
  major: number;
  /** The head's argument: an integer's value (−1 − n for a negative one), a length, a count. */
  n: number;
  text?: string;
  items?: Item[];
}

/** Reads the CBOR item at `at` (RFC 8949): arrays and maps with their items, text decoded. */
export function readCbor(b: Uint8Array, at: number): Item {
  const start = at;
  const head = b[at++]!;
  const major = head >> 5;
  const info = head & 31;
  let n = 0;
  let indefinite = false;
  if (info < 24) n = info;
  else if (info <= 27) {
    const size = 1 << (info - 24);
    if (at + size > b.length) throw new Error(`CBOR cắt ngang ở byte ${start}`);
    for (let k = 0; k < size; k++) n = n * 256 + b[at++]!;
  } else if (info === 31 && major >= 2 && major <= 5) indefinite = true;
  else throw new Error(`CBOR không đọc được ở byte ${start}`);
  switch (major) {
    case 0:
    case 1:
    case 7:
      // Numbers, and simple values and floats: the head's argument is all there is.
      return { start, end: at, major, n };
    case 2:
    case 3: {
      if (indefinite) throw new Error(`CBOR: chuỗi không định độ dài ở byte ${start}`);
      if (at + n > b.length) throw new Error(`CBOR cắt ngang ở byte ${start}`);
      const text = major === 3 ? new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(at, at + n)) : undefined;
      return { start, end: at + n, major, n, text };
    }
    case 4:
    case 5: {
      const items: Item[] = [];
      const count = major === 5 ? n * 2 : n;
      for (let k = 0; indefinite ? b[at] !== 0xff : k < count; k++) {
        if (at >= b.length) throw new Error(`CBOR cắt ngang ở byte ${start}`);
        const item = readCbor(b, at);
        items.push(item);
        at = item.end;
      }
      if (indefinite) at++;
      return { start, end: at, major, n, items };
    }
    case 6:
      // A tagged item is kept whole, as its bytes: nothing here reads inside it.
      return { start, end: readCbor(b, at).end, major, n };
    default:
      throw new Error(`CBOR không đọc được ở byte ${start}`);
  }
}

/** Bytes written one CBOR item at a time (shortest heads, definite lengths). */
class Writer {
  buf = new Uint8Array(1 << 16);
  len = 0;
  #room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  head(major: number, n: number): void {
    this.#room(9);
    const m = major << 5;
    if (n < 24) this.buf[this.len++] = m | n;
    else if (n < 0x100) ((this.buf[this.len++] = m | 24), (this.buf[this.len++] = n));
    else if (n < 0x10000) ((this.buf[this.len++] = m | 25), (this.buf[this.len++] = n >> 8), (this.buf[this.len++] = n & 255));
    else if (n < 0x100000000) {
      this.buf[this.len++] = m | 26;
      for (let k = 3; k >= 0; k--) this.buf[this.len++] = Math.floor(n / 256 ** k) % 256;
    } else {
      this.buf[this.len++] = m | 27;
      for (let k = 7; k >= 0; k--) this.buf[this.len++] = Math.floor(n / 256 ** k) % 256;
    }
  }
  bytes(b: Uint8Array): void {
    this.#room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  done(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

/** A CBOR value as this file changes it: integers, text, arrays; anything else kept as its bytes. */
type Value = number | string | Value[] | { raw: Uint8Array };

/** The value of an item read by `readCbor`. */
export function toValue(b: Uint8Array, item: Item): Value {
  if (item.major === 0) return item.n;
  if (item.major === 1) return -1 - item.n;
  if (item.major === 3) return item.text!;
  if (item.major === 4) return item.items!.map((x) => toValue(b, x));
  return { raw: b.subarray(item.start, item.end) };
}

function writeValue(w: Writer, v: Value): void {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`CBOR: ${v} không phải số nguyên`);
    if (v >= 0) w.head(0, v);
    else w.head(1, -1 - v);
  } else if (typeof v === 'string') {
    const bytes = new TextEncoder().encode(v);
    w.head(3, bytes.length);
    w.bytes(bytes);
  } else if (Array.isArray(v)) {
    w.head(4, v.length);
    for (const x of v) writeValue(w, x);
  } else w.bytes(v.raw);
}

function encode(v: Value): Uint8Array {
  const w = new Writer();
  w.bytes(new TextEncoder().encode(SIGNATURE));
  writeValue(w, v);
  return w.done();
}

/** The shape a file of the bundle does not have: the bundle is then left as Pagefind wrote it. */
class ShapeError extends Error {}

function expectArray(item: Item | undefined, what: string, min = 0): Item[] {
  if (item?.major !== 4 || item.items!.length < min) throw new ShapeError(`${what} of another shape`);
  return item.items!;
}

function expectUint(item: Item | undefined, what: string): number {
  if (item?.major !== 0) throw new ShapeError(`${what} of another shape`);
  return item.n;
}

/**
 * An index chunk with its pages numbered anew (`to[old]`), each word's list of pages, and of each
 * of its spellings, in the new order. Pagefind 1.6 writes a chunk as [[word, pages, spellings],
 * …], a spelling as [text, pages], a page as [gap from the page before, its positions…]: the
 * positions are copied as they are.
 */
function renumberChunk(b: Uint8Array, at: number, to: Int32Array): Uint8Array {
  const w = new Writer();
  w.bytes(b.subarray(0, at));
  const top = readCbor(b, at);
  const parts = expectArray(top, 'index chunk', 1);
  const pages = (list: Item) => {
    let page = 0;
    const out = expectArray(list, 'page list').map((posting) => {
      const fields = expectArray(posting, 'page entry', 1);
      page += expectUint(fields[0], 'page gap');
      if (page >= to.length) throw new ShapeError('page number out of range');
      return { page: to[page]!, count: fields.length, rest: b.subarray(fields[0]!.end, posting.end) };
    });
    out.sort((x, y) => x.page - y.page);
    w.head(4, out.length);
    let last = 0;
    for (const p of out) {
      w.head(4, p.count);
      w.head(0, p.page - last);
      w.bytes(p.rest);
      last = p.page;
    }
  };
  w.head(4, parts.length);
  parts.forEach((part, k) => {
    if (k > 0) return w.bytes(b.subarray(part.start, part.end));
    const words = expectArray(part, 'word list');
    w.head(4, words.length);
    for (const word of words) {
      const [text, list, spellings, ...more] = expectArray(word, 'word', 3);
      w.head(4, 3 + more.length);
      w.bytes(b.subarray(text!.start, text!.end));
      pages(list!);
      const forms = expectArray(spellings, 'spellings');
      w.head(4, forms.length);
      for (const form of forms) {
        const [formText, formPages, ...formMore] = expectArray(form, 'spelling', 2);
        w.head(4, 2 + formMore.length);
        w.bytes(b.subarray(formText!.start, formText!.end));
        pages(formPages!);
        for (const x of formMore) w.bytes(b.subarray(x.start, x.end));
      }
      for (const x of more) w.bytes(b.subarray(x.start, x.end));
    }
  });
  return w.done();
}

/** A filter chunk, [name, [[value, [page, …]], …]], its pages numbered anew and in order. */
function renumberFilter(b: Uint8Array, at: number, to: Int32Array): Uint8Array {
  const [name, values, ...more] = expectArray(readCbor(b, at), 'filter chunk', 2);
  const out: Value[] = [toValue(b, name!)];
  out.push(
    expectArray(values, 'filter values').map((v) => {
      const [value, pages, ...rest] = expectArray(v, 'filter value', 2);
      const numbers = expectArray(pages, 'filter pages').map((p) => {
        const n = expectUint(p, 'filter page');
        if (n >= to.length) throw new ShapeError('page number out of range');
        return to[n]!;
      });
      return [toValue(b, value!), numbers.sort((x, y) => x - y), ...rest.map((x) => toValue(b, x))];
    }),
  );
  for (const x of more) out.push(toValue(b, x));
  return encode(out);
}

const base36 = (n: number) => n.toString(36);
const textAt = (item: Item | undefined, k: number): Item | undefined => {
  const x = item?.items?.[k];
  return x?.major === 3 ? x : undefined;
};
const digest = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

export interface CompactResult {
  /** Gzip bytes of the metadata before and after, per language. */
  meta: { before: number; after: number }[];
  files: number;
}

/** What one language's bundle becomes: files to write, files to move, files to drop. */
interface Plan {
  writes: [string, Uint8Array][];
  moves: [string, string][];
  drops: string[];
  folders: string[];
}

/**
 * One language's metadata and files, pages in the order of their addresses and every file named
 * anew; for a bundle of another shape, the reason. Reads only: nothing is written.
 */
async function planLanguage(
  bundle: string,
  hash: string,
  language: string,
): Promise<(Plan & { before: number; after: number; hash: string }) | string> {
  const metaFile = join(bundle, `pagefind.${hash}.pf_meta`);
  const gz = await readFile(metaFile);
  const raw = gunzipSync(gz);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return 'metadata without its signature';
  const root = readCbor(raw, SIGNATURE.length);
  // Pagefind 1.6: [version, pages, index chunks, filters, sorts, meta fields]; a page is [record
  // hash, word count, record group], a chunk [first word, last word, hash], a filter [name, hash],
  // a sort [name, [page, …]].
  const [version, pagesItem, chunksItem, filtersItem, sortsItem] = expectArray(root, 'metadata', 5);
  if (version!.major !== 3) return 'metadata of another shape';
  const pages = expectArray(pagesItem, 'pages').map((p) => {
    const [name, , group] = expectArray(p, 'page', 3);
    if (name?.major !== 3 || group?.major !== 3) throw new ShapeError('page of another shape');
    return { item: p, name: name.text!, group: group.text! };
  });
  // Grouped records live several to a file, named by the group: left as they are.
  if (pages.some((p) => p.group !== '')) return 'page records in groups';
  const chunkNames = expectArray(chunksItem, 'chunks').map((c) => textAt(c, 2)?.text);
  const filterNames = expectArray(filtersItem, 'filters').map((f) => textAt(f, 1)?.text);
  if (chunkNames.includes(undefined) || filterNames.includes(undefined)) return 'metadata of another shape';
  for (const sort of expectArray(sortsItem, 'sorts'))
    for (const n of expectArray(expectArray(sort, 'sort', 2)[1], 'sort pages'))
      if (expectUint(n, 'sort page') >= pages.length) throw new ShapeError('page number out of range');

  const file = (folder: string, name: string, ext: string) => join(bundle, folder, `${name}.${ext}`);
  const missing = [
    ...pages.map((p) => file('fragment', p.name, 'pf_fragment')),
    ...chunkNames.map((n) => file('index', n!, 'pf_index')),
    ...filterNames.map((n) => file('filter', n!, 'pf_filter')),
  ].filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`Chỉ mục tìm kiếm thiếu tệp (search index files missing): ${missing.slice(0, 3).join(', ')}`);

  // Pagefind numbers pages in the order they reach it. Numbered by address instead, the same
  // pages give the same bundle however the build handed them over.
  const urls = await Promise.all(
    pages.map(async (p) => {
      const record = gunzipSync(await readFile(file('fragment', p.name, 'pf_fragment')));
      let url: unknown;
      try {
        url = (JSON.parse(record.subarray(SIGNATURE.length).toString('utf8')) as { url?: unknown }).url;
      } catch {
        url = undefined;
      }
      if (typeof url !== 'string') throw new ShapeError('page record of another shape');
      return url;
    }),
  );
  const order = pages.map((_, k) => k).sort((a, b) => (urls[a]! < urls[b]! ? -1 : urls[a]! > urls[b]! ? 1 : 0));
  if (order.some((k, i) => i > 0 && urls[k] === urls[order[i - 1]!])) return 'two records with one address';
  const to = new Int32Array(pages.length);
  order.forEach((old, now) => (to[old] = now));

  const chunks = await Promise.all(
    chunkNames.map(async (n) => renumberChunk(gunzipSync(await readFile(file('index', n!, 'pf_index'))), SIGNATURE.length, to)),
  );
  const filters = await Promise.all(
    filterNames.map(async (n) => renumberFilter(gunzipSync(await readFile(file('filter', n!, 'pf_filter'))), SIGNATURE.length, to)),
  );

  // The metadata with its pages in the new order and each file named by `name`.
  const value = toValue(raw, root) as Value[];
  const metaWith = (name: (folder: 'fragment' | 'index' | 'filter', k: number) => string): Uint8Array => {
    const out = [...value];
    out[1] = order.map((old, now) => {
      const page = [...(toValue(raw, pages[old]!.item) as Value[])];
      page[0] = name('fragment', now);
      return page;
    });
    out[2] = (value[2] as Value[][]).map((c, k) => [c[0]!, c[1]!, name('index', k), ...c.slice(3)]);
    out[3] = (value[3] as Value[][]).map((f, k) => [f[0]!, name('filter', k), ...f.slice(2)]);
    out[4] = (value[4] as Value[][]).map(([sortName, list, ...rest]) => [sortName!, (list as number[]).map((n) => to[n]!), ...rest]);
    return encode(out);
  };
  // The version: a digest of that metadata with every file named by its content (a record by
  // Pagefind's own hash of it, a chunk by a digest of its new bytes).
  const ver = digest(
    metaWith((folder, k) => (folder === 'fragment' ? pages[order[k]!]!.name : digest(folder === 'index' ? chunks[k]! : filters[k]!))),
  ).slice(0, 8);
  // Pagefind compresses at a lower level; the metadata is downloaded by every search.
  const meta = gzipSync(
    metaWith((_, k) => `${ver}/${base36(k)}`),
    { level: 9 },
  );
  const newHash = `${language}_${digest(meta).slice(0, 10)}`;
  // Chunks at zlib's default level: level 9 made them 0.1% smaller and the compaction 10% slower.
  const gzip = (b: Uint8Array) => gzipSync(b);
  return {
    before: gz.length,
    after: meta.length,
    hash: newHash,
    folders: ['fragment', 'index', 'filter'].map((f) => join(bundle, f, ver)),
    moves: order.map((old, now) => [
      file('fragment', pages[old]!.name, 'pf_fragment'),
      file('fragment', `${ver}/${base36(now)}`, 'pf_fragment'),
    ]),
    writes: [
      ...chunks.map((c, k): [string, Uint8Array] => [file('index', `${ver}/${base36(k)}`, 'pf_index'), gzip(c)]),
      ...filters.map((f, k): [string, Uint8Array] => [file('filter', `${ver}/${base36(k)}`, 'pf_filter'), gzip(f)]),
      [join(bundle, `pagefind.${newHash}.pf_meta`), meta],
    ],
    drops: [metaFile, ...chunkNames.map((n) => file('index', n!, 'pf_index')), ...filterNames.map((n) => file('filter', n!, 'pf_filter'))],
  };
}

/**
 * Numbers the pages of the Pagefind bundle in `bundle` (a site's `pagefind/` folder) by address
 * and renames its files as above, then writes its metadata and entry file again. Returns what it
 * did, or why it left the bundle as Pagefind wrote it. Throws only when a file the metadata names
 * is missing.
 */
export async function compactIndex(bundle: string): Promise<CompactResult | { skipped: string }> {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const result: CompactResult = { meta: [], files: 0 };
  const plans: { language: string; plan: Plan & { hash: string } }[] = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    let plan: Awaited<ReturnType<typeof planLanguage>>;
    try {
      plan = await planLanguage(bundle, info.hash, language);
    } catch (e) {
      if (e instanceof ShapeError || /^CBOR/.test((e as Error).message)) return { skipped: (e as Error).message };
      throw e;
    }
    if (typeof plan === 'string') return { skipped: plan };
    result.meta.push({ before: plan.before, after: plan.after });
    result.files += plan.moves.length + plan.writes.length - 1;
    plans.push({ language, plan });
  }
  // Every language read and checked before any file changes: the bundle is changed whole or not at all.
  for (const { language, plan } of plans) {
    for (const folder of plan.folders) await mkdir(folder, { recursive: true });
    // No old name is a new one: new names hold a slash.
    for (const [from, to] of plan.moves) await rename(from, to);
    for (const [path, bytes] of plan.writes) await writeFile(path, bytes);
    for (const path of plan.drops) await rm(path);
    entry.languages[language]!.hash = plan.hash;
  }
  await writeFile(entryFile, JSON.stringify(entry));
  return result;
}

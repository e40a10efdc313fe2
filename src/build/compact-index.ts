/**
 * Shorter file names in the search index's metadata, the file every search downloads first.
 *
 * Pagefind names each page's record (`fragment/`), each index chunk (`index/`) and each filter
 * chunk (`filter/`) by a hash of its content, and lists every one of those names in the metadata:
 * at 1,000 articles (4,398 pages) the hashes are two thirds of its 32 KB gzip, since hashes do not
 * compress. Here each file takes, in the metadata's own order, a name made of the index's version
 * and its number (`3f9c20ab/1a`): the version repeats, so gzip keeps only the numbers, and the
 * metadata falls to some 18 KB.
 *
 * The names stay tied to content: the version is a digest of Pagefind's metadata, which lists the
 * content hash of every file renamed, so any change to any record or chunk gives every file a new
 * name, and a browser's cached copy of an older file is never read in its place.
 *
 * Only names change: the metadata is rewritten where those names stand, byte for byte elsewhere.
 * A metadata of another shape (another Pagefind version, records grouped) is left as Pagefind
 * wrote it, and the reason returned.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
    case 6: {
      const tagged = readCbor(b, at);
      return { ...tagged, start };
    }
    default:
      throw new Error(`CBOR không đọc được ở byte ${start}`);
  }
}

/** The plain value of a CBOR item read by `readCbor`: numbers, text, bytes as hex, arrays, maps as entry lists. */
export function cborValue(b: Uint8Array, item: Item): unknown {
  switch (item.major) {
    case 0:
      return item.n;
    case 1:
      return -1 - item.n;
    case 3:
      return item.text;
    case 4:
      return item.items!.map((x) => cborValue(b, x));
    case 5:
      return item.items!.map((x) => cborValue(b, x));
    default:
      return Buffer.from(b.subarray(item.start, item.end)).toString('hex');
  }
}

/** A CBOR text string: its head (shortest form) and its UTF-8 bytes. */
function cborText(s: string): Uint8Array {
  const bytes = new TextEncoder().encode(s);
  const n = bytes.length;
  const head = n < 24 ? [0x60 | n] : n < 256 ? [0x78, n] : [0x79, n >> 8, n & 255];
  return Uint8Array.from([...head, ...bytes]);
}

/** `b` with each item listed replaced by the given bytes. */
function splice(b: Uint8Array, edits: { item: Item; bytes: Uint8Array }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const { item, bytes } of [...edits].sort((x, y) => x.item.start - y.item.start)) {
    parts.push(b.subarray(at, item.start), bytes);
    at = item.end;
  }
  parts.push(b.subarray(at));
  return Buffer.concat(parts);
}

const base36 = (n: number) => n.toString(36);
const textAt = (item: Item | undefined, k: number): Item | undefined => {
  const x = item?.items?.[k];
  return x?.major === 3 ? x : undefined;
};

/** The renamed files of one kind: their folder, extension, and the metadata's items naming them. */
interface Kind {
  folder: 'fragment' | 'index' | 'filter';
  ext: string;
  names: Item[];
}

/**
 * Where Pagefind 1.6's metadata names files: [version, pages, index chunks, filters, sorts, meta
 * fields], a page being [record hash, word count, record group], an index chunk [first word,
 * last word, hash], a filter [name, hash]. Null, with the reason, for any other shape.
 */
function namedFiles(root: Item): { kinds: Kind[] } | { reason: string } {
  const [version, pages, chunks, filters] = root.items ?? [];
  if (root.major !== 4 || version?.major !== 3) return { reason: 'metadata of another shape' };
  const list = (x: Item | undefined) => (x?.major === 4 ? x.items! : undefined);
  const pageNames = list(pages)?.map((p) => textAt(p, 0));
  const groups = list(pages)?.map((p) => textAt(p, 2));
  const chunkNames = list(chunks)?.map((c) => textAt(c, 2));
  const filterNames = list(filters)?.map((f) => textAt(f, 1));
  if (!pageNames || !groups || !chunkNames || !filterNames) return { reason: 'metadata of another shape' };
  const all = [...pageNames, ...groups, ...chunkNames, ...filterNames];
  if (all.some((x) => x === undefined)) return { reason: 'metadata of another shape' };
  // Grouped records live several to a file, named by the group: left as they are.
  if (groups.some((g) => g!.text !== '')) return { reason: 'page records in groups' };
  return {
    kinds: [
      { folder: 'fragment', ext: 'pf_fragment', names: pageNames as Item[] },
      { folder: 'index', ext: 'pf_index', names: chunkNames as Item[] },
      { folder: 'filter', ext: 'pf_filter', names: filterNames as Item[] },
    ],
  };
}

export interface CompactResult {
  /** Gzip bytes of the metadata before and after, per language. */
  meta: { before: number; after: number }[];
  files: number;
}

/**
 * Renames the files of the Pagefind bundle in `bundle` (a site's `pagefind/` folder) as above,
 * and writes its metadata and entry file again. Returns what it did, or why it left the bundle as
 * Pagefind wrote it. Throws only when a file the metadata names is missing.
 */
export async function compactIndex(bundle: string): Promise<CompactResult | { skipped: string }> {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const result: CompactResult = { meta: [], files: 0 };
  const plans: (() => Promise<void>)[] = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = join(bundle, `pagefind.${info.hash}.pf_meta`);
    const gz = await readFile(metaFile);
    const raw = gunzipSync(gz);
    if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return { skipped: 'metadata without its signature' };
    let root: Item;
    try {
      root = readCbor(raw, SIGNATURE.length);
    } catch (e) {
      return { skipped: (e as Error).message };
    }
    const found = namedFiles(root);
    if ('reason' in found) return { skipped: found.reason };
    const version = createHash('sha256').update(raw).digest('hex').slice(0, 8);
    const edits: { item: Item; bytes: Uint8Array }[] = [];
    const moves: [string, string][] = [];
    for (const { folder, ext, names } of found.kinds) {
      names.forEach((item, k) => {
        const name = `${version}/${base36(k)}`;
        edits.push({ item, bytes: cborText(name) });
        moves.push([join(bundle, folder, `${item.text}.${ext}`), join(bundle, folder, `${name}.${ext}`)]);
      });
    }
    const missing = moves.filter(([from]) => !existsSync(from)).map(([from]) => from);
    if (missing.length) throw new Error(`Chỉ mục tìm kiếm thiếu tệp (search index files missing): ${missing.slice(0, 3).join(', ')}`);
    // Pagefind compresses at a lower level; the metadata is downloaded by every search.
    const meta = gzipSync(splice(raw, edits), { level: 9 });
    const hash = `${language}_${createHash('sha256').update(meta).digest('hex').slice(0, 10)}`;
    result.meta.push({ before: gz.length, after: meta.length });
    result.files += moves.length;
    plans.push(async () => {
      for (const folder of new Set(found.kinds.map((k) => k.folder))) await mkdir(join(bundle, folder, version), { recursive: true });
      // No old name is a new one (new names hold a slash). A file named twice is copied the second time.
      const movedTo = new Map<string, string>();
      for (const [from, to] of moves) {
        const earlier = movedTo.get(from);
        if (earlier) await copyFile(earlier, to);
        else {
          await rename(from, to);
          movedTo.set(from, to);
        }
      }
      await rm(metaFile);
      await writeFile(join(bundle, `pagefind.${hash}.pf_meta`), meta);
      info.hash = hash;
    });
  }
  // Every language read and checked before any file moves: the bundle is renamed whole or not at all.
  for (const plan of plans) await plan();
  await writeFile(entryFile, JSON.stringify(entry));
  return result;
}

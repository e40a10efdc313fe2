/**
 * Reads a source file into blocks: `.txt` (text copied from a page), `.html`/`.htm` (a saved
 * page), `.docx` (a Word report, through mammoth; its tables stay tables). Every file is measured
 * before it is parsed: a Word file by what its zip entries hold once inflated (inflated here with
 * a ceiling, never trusting the sizes the archive declares), its XML by element count, every text
 * by length. A file over a bound is refused with a `SourceTooLarge` the caller reports.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { textBlocks, type Block } from './blocks.ts';
import { htmlBlocks } from './html.ts';

export interface Source {
  blocks: Block[];
  title?: string;
  siteName?: string;
  /** Warnings of the reader (mammoth's messages about what it could not convert). */
  notes: string[];
}

export const SOURCE_EXTENSIONS = ['.txt', '.html', '.htm', '.docx'];

/** The bounds a source is measured against before it is parsed. */
const LIMITS = {
  /** A file on disk (a saved page with its pictures inlined, a Word file). */
  fileBytes: 50 * 1024 * 1024,
  /** A Word file's entries once inflated, summed. */
  unzippedBytes: 50 * 1024 * 1024,
  /** The XML elements of a Word file's parts (a 300-page report has about 200 000). */
  xmlElements: 1_000_000,
  /** The text of an article: a .txt file, the text of a Word file or of a page. */
  textChars: 5 * 1024 * 1024,
};

/** A source over one of the bounds: what was measured, against what. */
export class SourceTooLarge extends Error {
  readonly what: string;
  readonly measured: number;
  readonly limit: number;
  constructor(what: string, measured: number, limit: number) {
    super(`${what}: ${measured} > ${limit}`);
    this.what = what;
    this.measured = measured;
    this.limit = limit;
  }
}

export async function readSource(path: string): Promise<Source> {
  const ext = extname(path).toLowerCase();
  if (!SOURCE_EXTENSIONS.includes(ext)) throw new Error(`unsupported: ${ext}`);
  const size = (await stat(path)).size;
  if (size > LIMITS.fileBytes) throw new SourceTooLarge('file', size, LIMITS.fileBytes);
  const bytes = await readFile(path);
  if (ext === '.docx') {
    measureDocx(bytes);
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      // The picture itself is never read into the draft: only that there is one (its declared type
      // only if it is one of three known, so nothing of the file's own text comes through).
      { convertImage: mammoth.images.imgElement(async (image) => ({ src: `data:image/${IMAGE_TYPES[image.contentType] ?? 'jpeg'},` })) },
    );
    const source = { ...htmlBlocks(result.value), notes: result.messages.map((m) => m.message) };
    measureText(source.blocks);
    return source;
  }
  // Invalid UTF-8 becomes U+FFFD, which the import then reports line by line instead of guessing.
  const text = new TextDecoder('utf-8').decode(bytes);
  if (ext === '.txt') {
    if (text.length > LIMITS.textChars) throw new SourceTooLarge('text', text.length, LIMITS.textChars);
    return { blocks: textBlocks(text), notes: [] };
  }
  const source = { ...htmlBlocks(text), notes: [] };
  measureText(source.blocks);
  return source;
}

/** Picture types a draft can use, by the content type a Word file declares (anything else: `.jpg`). */
const IMAGE_TYPES: Record<string, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };

function measureText(blocks: Block[]): void {
  let n = 0;
  for (const b of blocks)
    n += b.text.length + (b.kind === 'table' ? b.rows.reduce((s, r) => s + r.reduce((t, c) => t + c.length, 0), 0) : 0);
  if (n > LIMITS.textChars) throw new SourceTooLarge('text', n, LIMITS.textChars);
}

/**
 * Inflates every entry of the zip (with the ceiling left of the bound as zlib's output limit), sums
 * what they hold, counts the elements of the XML parts and the characters of their text runs.
 */
function measureDocx(zip: Buffer): void {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) return; // not a zip: mammoth reports it
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let inflated = 0;
  let elements = 0;
  let text = 0;
  for (let i = 0; i < count && at + 46 <= zip.length && zip.readUInt32LE(at) === 0x02014b50; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) continue;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, Math.min(zip.length, start + compressed));
    const left = LIMITS.unzippedBytes - inflated;
    let content: Buffer;
    if (method === 0) content = data;
    else if (method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, left + 1) });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)
          throw new SourceTooLarge('unzipped', LIMITS.unzippedBytes + 1, LIMITS.unzippedBytes);
        continue; // a damaged entry: mammoth reports it
      }
    } else continue;
    inflated += content.length;
    if (inflated > LIMITS.unzippedBytes) throw new SourceTooLarge('unzipped', inflated, LIMITS.unzippedBytes);
    if (/\.(?:xml|rels)$/i.test(name)) {
      const xml = content.toString('latin1');
      for (let p = xml.indexOf('<'); p >= 0; p = xml.indexOf('<', p + 1)) elements++;
      if (elements > LIMITS.xmlElements) throw new SourceTooLarge('elements', elements, LIMITS.xmlElements);
      for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) text += m[1]!.length;
      if (text > LIMITS.textChars) throw new SourceTooLarge('text', text, LIMITS.textChars);
    }
  }
}

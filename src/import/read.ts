/**
 * Reads a source file into blocks: `.txt` (text copied from a page), `.html`/`.htm` (a saved
 * page), `.docx` (a Word report, through mammoth; its tables stay tables).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
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

export async function readSource(path: string): Promise<Source> {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') {
    const result = await mammoth.convertToHtml({ path });
    return { ...htmlBlocks(result.value), notes: result.messages.map((m) => m.message) };
  }
  const bytes = await readFile(path);
  // Invalid UTF-8 becomes U+FFFD, which the import then reports line by line instead of guessing.
  const text = new TextDecoder('utf-8').decode(bytes);
  if (ext === '.html' || ext === '.htm') return { ...htmlBlocks(text), notes: [] };
  if (ext === '.txt') return { blocks: textBlocks(text), notes: [] };
  throw new Error(`unsupported: ${ext}`);
}

/** Byte- and character-level checks shared by every file: encoding, NFC, invisible characters. */
import { makeIssue, type Issue } from '../core/issues.ts';

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/gu;

const INVISIBLE_NAMES: Record<string, string> = {
  '\u200B': 'U+200B khoảng trắng độ rộng 0 / zero-width space',
  '\u200C': 'U+200C zero-width non-joiner',
  '\u200D': 'U+200D zero-width joiner',
  '\u200E': 'U+200E left-to-right mark',
  '\u200F': 'U+200F right-to-left mark',
  '\u00AD': 'U+00AD soft hyphen',
  '\uFEFF': 'U+FEFF BOM giữa tệp / byte-order mark inside the file',
};

export function describeInvisible(ch: string): string {
  return INVISIBLE_NAMES[ch] ?? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Decodes a file as UTF-8. A UTF-8 BOM is accepted and removed; UTF-16 and invalid UTF-8
 * (Windows-1258, the usual legacy Vietnamese code page) are `encoding-error`s.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string | undefined; issues: Issue[] } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      text: undefined,
      issues: [
        makeIssue('encoding-error', {
          file,
          value: 'UTF-16',
          expected: 'UTF-8',
          message: { vi: 'Tệp được lưu bằng mã hóa UTF-16, cần UTF-8', en: 'File is saved as UTF-16; UTF-8 is required' },
        }),
      ],
    };
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
    return { text, issues: [] };
  } catch {
    const at = firstInvalidUtf8(bytes, start);
    const line = countLines(bytes, at);
    return {
      text: undefined,
      issues: [
        makeIssue('encoding-error', {
          file,
          line,
          value: `byte 0x${bytes[at]?.toString(16).toUpperCase()} (vị trí / offset ${at})`,
          expected: 'UTF-8',
          message: {
            vi: 'Tệp không phải UTF-8 (có thể là Windows-1258 hoặc mã TCVN3 cũ)',
            en: 'File is not UTF-8 (probably Windows-1258 or legacy TCVN3)',
          },
        }),
      ],
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Characters that cannot make a line fail either check: below U+0300 (no combining marks,
 * nothing that composes or decomposes differently in NFC) but the soft hyphen, and the
 * precomposed Latin letters of U+1E00–U+1EFF where Vietnamese lives. Text made only of these is
 * NFC by the quick check of UAX #15, so only lines holding anything else are examined.
 */
const SUSPECT = /[^\x00-\xAC\xAE-\u02FF\u1E00-\u1EFF]/g;

/**
 * Finds text that is not NFC and invisible characters, each located by line and column
 * (1-based; `firstLine` shifts lines when `text` is a slice of a file).
 */
export function checkText(text: string, file: string, firstLine = 1): Issue[] {
  const issues: Issue[] = [];
  // One scan of the whole text; a million-row table of plain Vietnamese costs no per-line work.
  SUSPECT.lastIndex = 0;
  let lineNo = 0;
  let lineStart = 0;
  for (let m = SUSPECT.exec(text); m; m = SUSPECT.exec(text)) {
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < m.index; nl = text.indexOf('\n', lineStart)) {
      lineStart = nl + 1;
      lineNo++;
    }
    const end = text.indexOf('\n', m.index);
    const lineEnd = end === -1 ? text.length : end;
    checkLine(text.slice(lineStart, lineEnd), file, firstLine + lineNo, issues);
    if (end === -1) break;
    SUSPECT.lastIndex = lineEnd;
  }
  return issues;
}

function checkLine(line: string, file: string, lineNo: number, issues: Issue[]): void {
  if (line.normalize('NFC') !== line) {
    const words = line.split(/(\s+)/);
    let col = 1;
    for (const w of words) {
      if (w.normalize('NFC') !== w) {
        issues.push(makeIssue('text-not-nfc', { file, line: lineNo, column: col, value: w.normalize('NFC'), expected: 'NFC' }));
        break;
      }
      col += w.length;
    }
  }
  for (const m of line.matchAll(INVISIBLE)) {
    issues.push(
      makeIssue('invisible-char', {
        file,
        line: lineNo,
        column: m.index + 1,
        value: describeInvisible(m[0]),
        expected: 'không có ký tự ẩn / no invisible characters',
      }),
    );
  }
}

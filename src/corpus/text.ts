/** Byte- and character-level checks shared by every file: encoding, NFC, invisible characters. */
import { makeIssue, type Issue, type IssueInput } from '../core/issues.ts';
import { describeCodePoint, findForbidden } from '../core/forbidden-chars.ts';

/** Names a forbidden character for a finding: `U+202E right-to-left override`. */
export function describeInvisible(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return describeCodePoint(cp, cp >= 0xd800 && cp <= 0xdfff);
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
 * nothing that composes or decomposes differently in NFC) but the controls and the soft hyphen, and the
 * precomposed Latin letters of U+1E00–U+1EFF where Vietnamese lives. Text made only of these is
 * NFC by the quick check of UAX #15, so only lines holding anything else are examined.
 */
const SUSPECT = /[^\t\n\r\x20-\x7E\xA0-\xAC\xAE-\u02FF\u1E00-\u1EFF]/g;
/** U+FFFD: a character the text lost before it reached us (an import keeps it visible). */
const LOST = /\uFFFD+/g;

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

function checkLine(raw: string, file: string, lineNo: number, issues: Issue[]): void {
  // A CSV file may end its lines with CR LF: the CR belongs to the line break.
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
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
  for (const m of line.matchAll(LOST)) {
    const around = line.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
    issues.push(
      makeIssue('lost-character', {
        file,
        line: lineNo,
        column: m.index + 1,
        value: around,
        expected: 'chữ của bản gốc / the original letter',
      }),
    );
  }
  for (const f of findForbidden(line, { allowLayout: true })) {
    issues.push(
      makeIssue('invisible-char', {
        file,
        line: lineNo,
        column: f.index + 1,
        value: f.name,
        expected: 'không có ký tự ẩn hay ký tự điều khiển / no invisible or control characters',
      }),
    );
  }
}

/**
 * Checks one decoded value (a front-matter string after YAML escapes, a CSV cell, MDX text after
 * entities): NFC, and none of the forbidden characters. `where` locates it (line or row, field).
 */
export function checkValue(value: string, where: Omit<IssueInput, 'value' | 'expected'> & { file: string }): Issue[] {
  const issues: Issue[] = [];
  const nfcOk = isNfcFast(value);
  if (!nfcOk) issues.push(makeIssue('text-not-nfc', { ...where, value: value.normalize('NFC'), expected: 'NFC' }));
  for (const f of findForbidden(value, { allowLayout: true }))
    issues.push(
      makeIssue('invisible-char', {
        ...where,
        value: f.name,
        expected: 'không có ký tự ẩn hay ký tự điều khiển / no invisible or control characters',
        message: {
          vi: `Giá trị chứa ký tự ẩn hoặc điều khiển ${f.name} ở vị trí ${f.index + 1}`,
          en: `The value holds the invisible or control character ${f.name} at position ${f.index + 1}`,
        },
      }),
    );
  return issues;
}

/** True when `value` holds a character checkText looks at: text without one has no findings. */
export function hasSuspect(value: string): boolean {
  SUSPECT.lastIndex = 0;
  return SUSPECT.test(value);
}

/** NFC, skipping the normalisation of text that cannot change (see SUSPECT). */
export function isNfcFast(value: string): boolean {
  SUSPECT.lastIndex = 0;
  if (!SUSPECT.test(value)) return true;
  SUSPECT.lastIndex = 0;
  return value.normalize('NFC') === value;
}

/** Turns zod's findings into the catalogue's located, bilingual issues. */
import type { z } from 'astro/zod';
import type { CheckParams } from '../schemas/fields.ts';
import { makeIssue, type Issue, type IssueInput } from '../core/issues.ts';

export interface Locator {
  file: string;
  /** Where a field (by its path) is in the file: a line for front matter, a row for CSV. */
  locate(path: PropertyKey[]): Pick<IssueInput, 'line' | 'column' | 'row'>;
  /** The raw value at a path, to quote it back to the editor. */
  valueAt(path: PropertyKey[]): unknown;
}

/** A field's path as editors read it: `images[0].src`; a key left empty is named `""`. */
export function fieldName(path: PropertyKey[]): string {
  // A key left empty (`: x`) is still named, as the empty string it is.
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) || '""' : `.${String(p) || '""'}`)).join('');
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

export function zodIssues(error: z.ZodError, loc: Locator): Issue[] {
  const out: Issue[] = [];
  for (const zi of error.issues) {
    const path = zi.path as PropertyKey[];
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        const p = [...path, key];
        out.push(
          makeIssue('unknown-field', {
            file: loc.file,
            ...loc.locate(p),
            field: fieldName(p),
            value: loc.valueAt(p),
            expected: 'một trường có trong quy ước / a field of the contract',
          }),
        );
      }
      continue;
    }
    const value = loc.valueAt(path);
    const base = { file: loc.file, ...loc.locate(path), field: fieldName(path), value };
    if (zi.code === 'custom' && zi.params && 'code' in zi.params) {
      const params = zi.params as CheckParams;
      out.push(makeIssue(params.code, { ...base, expected: params.expected, ...(params.code === 'required' ? missing(path, value) : {}) }));
    } else if (zi.code === 'invalid_type' && isEmpty(value)) {
      out.push(makeIssue('required', { ...base, expected: expectedType(String(zi.expected)), ...missing(path, value) }));
    } else if (zi.code === 'invalid_value') {
      out.push(makeIssue('constraint-error', { ...base, expected: zi.values.map(String).join(' | ') }));
    } else if (zi.code === 'invalid_type') {
      out.push(makeIssue('type-error', { ...base, expected: expectedType(String(zi.expected)) }));
    } else {
      out.push(makeIssue('constraint-error', { ...base, expected: zi.message }));
    }
  }
  return out;
}

/** A required finding names the key, and says whether it is absent or left empty. */
function missing(path: PropertyKey[], value: unknown): Pick<IssueInput, 'message'> {
  const key = fieldName(path);
  return value === undefined
    ? { message: { vi: `Thiếu trường bắt buộc ${key}`, en: `The required field ${key} is missing` } }
    : { message: { vi: `Trường bắt buộc ${key} đang để trống`, en: `The required field ${key} is empty` } };
}

function expectedType(t: string): string {
  const names: Record<string, string> = {
    string: 'chữ / text',
    array: 'danh sách (- mục) / a list',
    object: 'nhóm trường lồng nhau / a nested group of fields',
    boolean: 'true hoặc false / true or false',
    number: 'một số / a number',
  };
  return names[t] ?? t;
}

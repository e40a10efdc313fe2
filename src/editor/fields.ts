/**
 * One zod field → one form field. The walk is generic: a field added to a schema reaches the form
 * with its type's control, its JSDoc label and hint, and whether it may be left out. Only the
 * contract's own field types are known by name (an id, a date, non-empty text), because their
 * rules live in custom checks that zod cannot describe.
 */
import type { z } from 'astro/zod';
import { isoDate, partialDate, partialDateOrUnknown, slug, UNKNOWN_DATE_WORD } from '../schemas/fields.ts';
import type { FieldDoc, SchemaDocs } from './jsdoc.ts';
import { DAY_PATTERN, PARTIAL_DATE_PATTERN as PARTIAL_DATE } from '../core/partial-date.ts';
import { SLUG_PATTERN } from '../core/slug.ts';

/** A field as the CMS's configuration writes it (the subset this generator produces). */
export type CmsField = Record<string, unknown> & { name: string; widget: string };

export interface Option {
  label: string;
  value: string;
}

export interface FieldContext {
  docs: SchemaDocs;
  /** The exports of src/schemas: named object schemas and the label tables of enums. */
  namespace: Record<string, unknown>;
  /** Choices for ids kept in tables, by table: `units`, `observations`. */
  choices: Record<string, Option[]>;
}

/** The id rule (core/slug.ts, the check's `slug`), for the form to refuse what the check would. */
export { SLUG_PATTERN };
export const ISO_DATE_PATTERN = `^${DAY_PATTERN}$`;
/** A date at the precision the source gives: a day, a month or a year (the check then tests the calendar). */
const PARTIAL_DATE_PATTERN = `^${PARTIAL_DATE}$`;
/** The same, or the word an editor writes when no source gives a date. */
const PARTIAL_OR_UNKNOWN_PATTERN = `^(${PARTIAL_DATE}|${UNKNOWN_DATE_WORD})$`;
const SLUG_MESSAGE = 'Chỉ chữ thường không dấu, số và gạch ngang, ví dụ ben-tre';
const TEXT_PATTERN = ['\\S', 'Không được để trống'];
const URL_PATTERN = ['^https?://\\S+$', 'Địa chỉ bắt đầu bằng http:// hoặc https://'];

/** Tables whose ids the form offers as a list read from the data. */
const TABLE_REFS = new Set(['units', 'observations']);
/** Collections whose entries the form offers, live, from the repository. */
const COLLECTION_REFS: Record<string, { search: string[]; display: string }> = {
  documents: { search: ['number', 'title'], display: '{{number}} — {{title}}' },
  conferences: { search: ['title'], display: '{{title}}' },
};

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default/nullable wrappers: the inner type, and whether the field may be left out. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'nullable') optional = true;
    else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      const d = def.defaultValue;
      defaultValue = typeof d === 'function' ? (d as () => unknown)() : d;
    } else return { inner, optional, defaultValue };
    inner = def.innerType as z.ZodType;
  }
}

/** Where a nested object's fields are documented: its exported name, else the path it sits at. */
function docPrefix(schema: z.ZodType, path: string, ns: Record<string, unknown>): string {
  const named = Object.entries(ns).find(([, v]) => v === schema);
  return named ? named[0] : path;
}

/** Labels for an enum's values: the exported table whose keys are exactly those values. */
function enumOptions(values: string[], ns: Record<string, unknown>): Option[] {
  const wanted = [...values].sort().join('\n');
  for (const v of Object.values(ns)) {
    if (!v || typeof v !== 'object' || Array.isArray(v) || 'parse' in v) continue;
    if (Object.keys(v).sort().join('\n') !== wanted) continue;
    const table = v as Record<string, unknown>;
    return values.map((value) => {
      const entry = table[value];
      const label = typeof entry === 'string' ? entry : (entry as { label?: unknown })?.label;
      return { value, label: typeof label === 'string' ? label : value };
    });
  }
  return values.map((value) => ({ value, label: value }));
}

function stringRules(inner: z.ZodType): { pattern?: string[]; url: boolean } {
  const def = defOf(inner);
  let url = def.format === 'url';
  let pattern: string[] | undefined;
  for (const check of (def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []) {
    const c = check._zod.def;
    if (c.format === 'url') url = true;
    if (c.format === 'regex' && c.pattern instanceof RegExp) {
      // zod keeps a custom message behind a function; the form shows its Vietnamese half.
      const message = typeof c.error === 'function' ? (c.error as (i: object) => unknown)({}) : c.error;
      const vi = typeof message === 'string' ? message.split(' / ')[0]!.trim() : '';
      pattern = [c.pattern.source, vi || `Dạng ${c.pattern.source}`];
    }
  }
  return { pattern, url };
}

/** The form field for one key of an object schema, documented at `docs[path]`. */
function formField(key: string, schema: z.ZodType, path: string, ctx: FieldContext): CmsField {
  const { inner, optional, defaultValue } = unwrap(schema);
  const doc: FieldDoc | undefined = ctx.docs.get(path);
  const base: CmsField = { name: key, label: doc?.label ?? key, widget: 'string', required: !optional };
  // A field documented in Vietnamese shows its own hint only; an untagged one shows its JSDoc.
  const hint = doc?.label ? doc.hint : (doc?.hint ?? doc?.doc);
  if (hint) base.hint = hint;
  if (defaultValue !== undefined) base.default = defaultValue;
  return { ...base, ...control(inner, path, ctx, doc) };
}

function control(inner: z.ZodType, path: string, ctx: FieldContext, doc: FieldDoc | undefined): Record<string, unknown> {
  const def = defOf(inner);
  const isList = def.type === 'array';
  const element = isList ? unwrap(def.element as z.ZodType).inner : inner;
  if (doc?.ref && TABLE_REFS.has(doc.ref)) {
    return { widget: 'select', multiple: isList, options: ctx.choices[doc.ref] ?? [], dropdown_threshold: 0 };
  }
  if (doc?.ref && COLLECTION_REFS[doc.ref]) {
    const r = COLLECTION_REFS[doc.ref]!;
    return {
      widget: 'relation',
      multiple: isList,
      collection: doc.ref,
      value_field: '{{slug}}',
      search_fields: r.search,
      display_fields: [r.display],
    };
  }
  if (inner === isoDate)
    return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', pattern: [ISO_DATE_PATTERN, 'Ngày dạng YYYY-MM-DD'] };
  // A partial date cannot be a date picker (a picker always gives a day): text with its pattern.
  if (inner === partialDate) return { widget: 'string', pattern: [PARTIAL_DATE_PATTERN, 'Ngày YYYY-MM-DD, tháng YYYY-MM hoặc năm YYYY'] };
  if (inner === partialDateOrUnknown)
    return {
      widget: 'string',
      pattern: [
        PARTIAL_OR_UNKNOWN_PATTERN,
        `Ngày YYYY-MM-DD, tháng YYYY-MM, năm YYYY, hoặc ${UNKNOWN_DATE_WORD} nếu không nguồn nào cho biết`,
      ],
    };
  if (inner === slug) return { widget: 'string', pattern: [SLUG_PATTERN, SLUG_MESSAGE] };
  if (doc?.widget === 'image') return { widget: 'image' };
  switch (def.type) {
    case 'string': {
      const rules = stringRules(inner);
      const widget = doc?.widget === 'text' ? 'text' : 'string';
      if (rules.url) return { widget, pattern: URL_PATTERN };
      if (rules.pattern) return { widget, pattern: rules.pattern };
      // Text the check wants non-empty (`text`), and any other plain string: blanks are refused.
      return { widget, pattern: TEXT_PATTERN };
    }
    case 'enum':
      // Up to eight choices stay radio buttons, all visible at once (the CMS folds five or more into a list).
      return {
        widget: 'select',
        options: enumOptions(Object.values(def.entries as Record<string, string>), ctx.namespace),
        dropdown_threshold: 8,
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
      return { widget: 'number', value_type: 'float' };
    case 'object':
      return { widget: 'object', fields: objectFields(inner as z.ZodObject, docPrefix(inner, path, ctx.namespace), ctx) };
    case 'array': {
      if (defOf(element).type === 'object')
        return { widget: 'list', fields: objectFields(element as z.ZodObject, docPrefix(element, path, ctx.namespace), ctx) };
      const { widget: _w, ...rest } = control(element, path, ctx, doc?.widget ? doc : undefined);
      return { widget: 'list', field: { name: 'item', label: doc?.label ?? 'item', widget: _w, ...rest } };
    }
    default:
      // A type the form has no control for (a custom check over any value): plain text; the
      // check in the pull request says what it expects.
      return { widget: 'string' };
  }
}

/** Every key of an object schema, in its order, each documented at `<prefix>.<key>`. */
export function objectFields(schema: z.ZodObject, prefix: string, ctx: FieldContext): CmsField[] {
  return Object.entries(schema.shape).map(([key, s]) => formField(key, s as z.ZodType, `${prefix}.${key}`, ctx));
}

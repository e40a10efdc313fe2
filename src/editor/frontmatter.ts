/**
 * Front matter as the web editor writes it, for every writer of the project: the scaffold
 * (`npm run new`), the import, the sample's files and the fixtures. A file written here comes back
 * from the form unchanged but for the fields an editor changed, so a pull request from the form
 * shows only those lines.
 *
 * What the CMS (Sveltia CMS, `@sveltia/cms`) does when it saves an entry, read from its bundle
 * (`npm/index.js`; in its sources `services/contents/draft/save/*.js` and
 * `services/contents/file/format.js`):
 * - every field the form has and the file lacks gets the form's empty value: a checkbox `false`,
 *   a list `[]`, a text `''`; a value of the wrong kind for a text field is made text;
 * - every text value is trimmed, the article body too;
 * - an optional field left empty (`''`, `[]`, no value) is left out (`output.omit_empty_optional_fields`);
 * - keys follow the order of the form's fields, in nested objects and list items too; keys the
 *   form does not know come last, sorted;
 * - YAML by the `yaml` package with the options of `yamlOptions` below, trimmed; then
 *   `---`, the YAML, `---`, a blank line, the body, one line break.
 */
import { parse, stringify, type ToStringOptions } from 'yaml';
import { EDITOR_YAML_OUTPUT } from './config.ts';
import type { CmsField } from './fields.ts';

type YamlOutput = { indent_size?: number; indent_sequences?: boolean; quote?: 'none' | 'single' | 'double' };

/** The CMS's `formatYAML`: its `output.yaml` settings as options of the `yaml` package's `stringify`. */
export function yamlOptions(output: YamlOutput = EDITOR_YAML_OUTPUT): ToStringOptions {
  const { indent_size: indent = 2, indent_sequences: indentSeq = true, quote = 'none' } = output;
  return {
    indent,
    indentSeq,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: quote === 'double' ? 'QUOTE_DOUBLE' : quote === 'single' ? 'QUOTE_SINGLE' : 'PLAIN',
    singleQuote: quote !== 'double',
  };
}

/** Field kinds whose value the CMS always keeps as text. */
const TEXT_WIDGETS = new Set(['color', 'compute', 'datetime', 'map', 'markdown', 'richtext', 'string', 'text', 'uuid']);
/** The body of an article: written after the front matter, never in it. */
const BODY = 'body';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null);

/** The CMS's `isValueEmpty`: `false` and `0` are values. */
function isEmpty(v: unknown): boolean {
  return (
    v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0)
  );
}

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare;

/** A value the form does not know: strings trimmed, object keys sorted (the CMS's remainder). */
function unknownValue(v: unknown): unknown {
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.map(unknownValue);
  if (isPlainObject(v))
    return Object.fromEntries(
      Object.keys(v)
        .sort(byName)
        .map((k) => [k, unknownValue(v[k])]),
    );
  return v;
}

const isMultiple = (f: CmsField) => f.widget === 'list' || ((f.widget === 'select' || f.widget === 'relation') && f.multiple === true);

/** The form's value for a field the file lacks (the CMS's `getDefaultValueMap` of each kind). */
function emptyValue(f: CmsField): unknown {
  if (f.widget === 'boolean') return typeof f.default === 'boolean' ? f.default : false;
  if (isMultiple(f)) return Array.isArray(f.default) ? f.default : [];
  if (f.widget === 'object') return f.required === false ? null : fieldsValue({}, (f.fields as CmsField[] | undefined) ?? []);
  if (f.widget === 'number') return f.default ?? null;
  return f.default ?? '';
}

/** One field's value as the form holds it, then as the CMS saves it. */
function fieldValue(f: CmsField, present: boolean, v: unknown): unknown {
  if (!present || v === undefined) return emptyValue(f);
  if (f.widget === 'object') {
    if (v === null) return null;
    return isPlainObject(v) ? fieldsValue(v, (f.fields as CmsField[] | undefined) ?? []) : emptyValue(f);
  }
  if (isMultiple(f)) {
    const sub = f.fields as CmsField[] | undefined;
    const one = f.field as CmsField | undefined;
    const items = Array.isArray(v) ? v : !sub && !isPlainObject(v) && v !== null ? [v] : null;
    if (!items) return emptyValue(f);
    return items.map((item) => {
      if (sub && isPlainObject(item)) return fieldsValue(item, sub);
      if (one) return fieldValue(one, true, item);
      return typeof item === 'string' ? item.trim() : item;
    });
  }
  if (f.widget === 'boolean') {
    if (typeof v === 'boolean') return v;
    const s = typeof v === 'string' ? v.trim().toLowerCase() : v;
    return s === 'true' ? true : s === 'false' ? false : emptyValue(f);
  }
  if (isPlainObject(v) || Array.isArray(v)) return emptyValue(f);
  if (TEXT_WIDGETS.has(f.widget) && typeof v !== 'string') return String(v ?? '');
  return typeof v === 'string' ? v.trim() : v;
}

/** An object's keys in the form's order, each value as the CMS saves it, unknown keys last. */
function fieldsValue(data: Record<string, unknown>, fields: readonly CmsField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = new Set<string>();
  for (const f of fields) {
    known.add(f.name);
    const v = fieldValue(f, Object.hasOwn(data, f.name), data[f.name]);
    if (f.required === false && isEmpty(v)) continue;
    out[f.name] = v;
  }
  for (const k of Object.keys(data)
    .filter((k) => !known.has(k))
    .sort(byName))
    out[k] = unknownValue(data[k]);
  return out;
}

/** The front matter's data as the CMS saves it, from the collection's form fields (src/editor/contract.ts: `contractFields`). */
export function editorData(data: Record<string, unknown>, fields: readonly CmsField[]): Record<string, unknown> {
  return fieldsValue(
    data,
    fields.filter((f) => f.name !== BODY),
  );
}

/** The YAML between the `---` lines, without them: the CMS's output for this data. */
function frontMatterYaml(data: Record<string, unknown>, fields: readonly CmsField[]): string {
  return stringify(editorData(data, fields), null, yamlOptions()).trim();
}

/** What follows the closing `---` as the CMS writes it: a blank line, the body trimmed, a line break. */
export function bodyText(body: string): string {
  const text = body.trim();
  return text ? `\n${text}\n` : '';
}

/** A whole article file as the CMS writes it. */
export function articleText(data: Record<string, unknown>, body: string, fields: readonly CmsField[]): string {
  return `---\n${frontMatterYaml(data, fields)}\n---\n${bodyText(body)}`;
}

/** An article split as the CMS reads it: the YAML data and the body after the blank line. */
export function readArticle(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n(?<head>[\s\S]*?)\n---(?:\n(?<body>[\s\S]*))?$/s.exec(text.trim().replace(/\r\n?/g, '\n'));
  if (!m) return { data: {}, body: text };
  const data: unknown = parse(m.groups!.head ?? '');
  return { data: isPlainObject(data) ? data : {}, body: (m.groups!.body ?? '').replace(/^\n/, '') };
}

/** What the CMS writes when an editor opens the file and saves it without changing anything. */
export function resaved(text: string, fields: readonly CmsField[]): string {
  const { data, body } = readArticle(text);
  return articleText(data, body, fields);
}

/**
 * Front matter with comments for whoever edits the file by hand (the scaffold, the import):
 * the CMS's YAML, each top-level key preceded by its comment lines. A comment for a field left
 * out goes where the field would be, every comment line starting with `#` (a value's own lines
 * are indented or keys). Without its comment lines the text is the CMS's exactly;
 * the form drops the comments on its first save, and nothing else.
 */
export function commentedFrontMatter(
  data: Record<string, unknown>,
  fields: readonly CmsField[],
  comments: { head?: string[]; fields?: Record<string, string[]>; tail?: string[] },
): string {
  const yaml = frontMatterYaml(data, fields);
  const chunks = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of yaml.split('\n')) {
    const key = /^([^\s#'"-][^:]*):(?: |$)/.exec(line)?.[1];
    if (key !== undefined) chunks.set(key, (current = []));
    current.push(line);
  }
  const lines = [...(comments.head ?? [])];
  for (const f of fields) {
    lines.push(...(comments.fields?.[f.name] ?? []));
    lines.push(...(chunks.get(f.name) ?? []));
    chunks.delete(f.name);
  }
  for (const rest of chunks.values()) lines.push(...rest);
  lines.push(...(comments.tail ?? []));
  return `---\n${lines.join('\n')}\n---\n`;
}

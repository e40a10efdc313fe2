/**
 * The editor's configuration for a project on disk: the contract's two collections, the JSDoc of
 * src/schemas, the ids offered for localities and figures read from the project's tables now
 * (figures stay in CSV: the form links them by id, it never edits a table).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { isPublic } from '../domain/publishing.ts';
import * as fields from '../schemas/fields.ts';
import * as documentSchemas from '../schemas/document.ts';
import * as conferenceSchemas from '../schemas/conference.ts';
import * as unitSchemas from '../schemas/unit.ts';
import * as indicatorSchemas from '../schemas/indicator.ts';
import * as observationSchemas from '../schemas/observation.ts';
import { PATHS } from '../schemas/files.ts';
import { COMPONENTS } from '../mdx/components.ts';
import { collectionFields, editorComponents, editorConfig, type Backend, type CollectionSpec, type EditorComponent } from './config.ts';
import { readSchemaFolder } from './jsdoc.ts';
import type { CmsField, Option } from './fields.ts';

export const SCHEMA_DIR = join(import.meta.dirname, '..', 'schemas');

/** Every export of the contract's modules: the schemas and the label tables of their enums. */
export const SCHEMA_EXPORTS: Record<string, unknown> = {
  ...fields,
  ...documentSchemas,
  ...conferenceSchemas,
  ...unitSchemas,
  ...indicatorSchemas,
  ...observationSchemas,
};

export const CONTRACT_COLLECTIONS: CollectionSpec[] = [
  {
    name: 'conferences',
    label: 'Hội nghị, báo cáo',
    labelSingular: 'bài hội nghị',
    folder: PATHS.conferences,
    schema: conferenceSchemas.conferenceSchema,
    schemaName: 'conferenceSchema',
    slug: '{{title}}',
    summary: '{{title}} · {{held}}',
    images: true,
  },
  {
    name: 'documents',
    label: 'Văn bản',
    labelSingular: 'văn bản',
    folder: PATHS.documents,
    schema: documentSchemas.documentSchema,
    schemaName: 'documentSchema',
    slug: '{{number}}-{{unit}}',
    summary: '{{number}} · {{title}}',
  },
];

function readTable(root: string, rel: string): Record<string, string>[] {
  const file = join(root, rel);
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/**
 * Reports not public today (a draft, or published later): by id, read from their front matter
 * alone. A report whose front matter cannot be read counts as not public.
 */
function hiddenReports(root: string): Set<string> {
  const dir = join(root, PATHS.conferences);
  const out = new Set<string>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (!/\.mdx?$/.test(name)) continue;
    const id = name.replace(/\.mdx?$/, '');
    const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
    let data: { draft?: unknown; published?: unknown } | undefined;
    try {
      data = m ? (parse(m[1]!) as typeof data) : undefined;
    } catch {
      data = undefined;
    }
    const published =
      data?.published instanceof Date
        ? data.published.toISOString().slice(0, 10)
        : typeof data?.published === 'string'
          ? data.published
          : undefined;
    if (!data || !isPublic({ draft: data.draft === true, published: published === 'unknown' ? undefined : published })) out.add(id);
  }
  return out;
}

/**
 * Ids the form offers for `@ref units` and `@ref observations`, with what an editor recognises.
 * The figures of a report not yet public are left out (the editor's files are public output when
 * a portal turns the editor on); `drafts: true` (the local dev server) offers them too.
 */
export function tableChoices(root: string, opts: { drafts?: boolean } = {}): Record<string, Option[]> {
  const units = readTable(root, PATHS.units).filter((u) => u.id);
  const unitName = new Map(units.map((u) => [u.id!, u.name ?? u.id!]));
  const indicatorName = new Map(readTable(root, PATHS.indicators).map((i) => [i.id ?? '', i.name ?? '']));
  const hidden = opts.drafts ? new Set<string>() : hiddenReports(root);
  const observations = readTable(root, PATHS.observations).filter((o) => o.id && !hidden.has(o.conference ?? ''));
  return {
    units: units.map((u) => ({ value: u.id!, label: `${u.name ?? u.id} (${u.id})` })),
    observations: observations.map((o) => {
      const figure = o.printed || (o.total ? `${o.value}/${o.total}` : (o.value ?? ''));
      const what = [indicatorName.get(o.indicator ?? '') || o.indicator, unitName.get(o.unit ?? '') ?? o.unit, o.date]
        .filter(Boolean)
        .join(', ');
      // The report a figure belongs to: the check wants a report to list only its own figures.
      return { value: o.id!, label: `${o.id} — ${what}: ${figure}${o.conference ? ` (bài ${o.conference})` : ''}` };
    }),
  };
}

export interface PortalEditor {
  title: string;
  siteUrl?: string;
  backend: Backend;
}

/** The configuration and the body's components for the project at `root`. */
export function projectEditor(
  root: string,
  portal: PortalEditor,
  opts: { drafts?: boolean } = {},
): { config: Record<string, unknown>; components: EditorComponent[] } {
  const choices = tableChoices(root, opts);
  const input = {
    collections: CONTRACT_COLLECTIONS,
    components: COMPONENTS,
    docs: readSchemaFolder(SCHEMA_DIR),
    namespace: SCHEMA_EXPORTS,
    choices,
    ...portal,
  };
  return { config: editorConfig(input), components: editorComponents(COMPONENTS, choices) };
}

const fieldsByCollection = new Map<string, CmsField[]>();

/**
 * The form's fields of a collection of the contract (`conferences`, `documents`), as the CMS's
 * configuration gives them: the order and kind of each field the CMS writes a file with. Lists
 * of choices are left empty (they do not change how a value is written).
 */
export function contractFields(collection: string): CmsField[] {
  let fields = fieldsByCollection.get(collection);
  if (!fields) {
    const spec = CONTRACT_COLLECTIONS.find((c) => c.name === collection);
    if (!spec) throw new Error(`No collection ${collection} in the editor's configuration`);
    const components = Object.keys(COMPONENTS).map((n) => n.toLowerCase());
    fields = collectionFields(spec, { docs: readSchemaFolder(SCHEMA_DIR), namespace: SCHEMA_EXPORTS, choices: {} }, components);
    fieldsByCollection.set(collection, fields);
  }
  return fields;
}

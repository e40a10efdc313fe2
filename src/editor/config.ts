/**
 * The web editor's configuration, generated from the contract: one collection per schema of
 * articles, one form field per schema key (src/editor/fields.ts), the article body with the
 * components editors may use (src/mdx/components.ts). Pure: schemas, docs and choices in, a
 * plain object out; tests and the admin page's writer call the same function.
 */
import type { z } from 'astro/zod';
import type { ComponentSpec } from '../mdx/components.ts';
import { objectFields, type CmsField, type FieldContext, type Option } from './fields.ts';

export interface CollectionSpec {
  /** Collection key, as in src/schemas/files.ts. */
  name: string;
  label: string;
  labelSingular: string;
  folder: string;
  schema: z.ZodObject;
  /** The schema's declaration in src/schemas, where its fields' JSDoc is found. */
  schemaName: string;
  /** File name of a new entry, from its fields; the CMS makes it lowercase ASCII kebab-case. */
  slug: string;
  summary: string;
  /** Images of an entry live next to it, in `anh/`, written `./anh/<file>` (the check's rule). */
  images?: boolean;
}

export interface Backend {
  /** `owner/name` of the portal's repository on GitHub. */
  repo: string;
  branch: string;
  /** Origin of the OAuth helper that exchanges GitHub's code for a token (see the editor guide). */
  authUrl?: string;
}

export interface EditorInput extends FieldContext {
  collections: CollectionSpec[];
  components: Record<string, ComponentSpec>;
  backend: Backend;
  title: string;
  siteUrl?: string;
}

/** A component of the article body as the admin page's script registers it. */
export interface EditorComponent {
  id: string;
  /** The element's name in MDX: `Chart`. */
  name: string;
  label: string;
  children: boolean;
  /** Attributes holding several ids separated by spaces. */
  lists: string[];
  fields: CmsField[];
}

const CHILDREN_FIELD = 'noi_dung';

/**
 * How the CMS writes YAML (`output.yaml`): two-space indents, list items indented under their key,
 * values unquoted unless YAML needs quotes. These are the CMS's defaults; src/editor/frontmatter.ts
 * writes the project's files with them, so a save from the form changes only the lines edited.
 */
export const EDITOR_YAML_OUTPUT = { indent_size: 2, indent_sequences: true, quote: 'none' } as const;

/** The body's components: labels from the guide line of each (`Biểu đồ từ …: <Chart …/>`). */
export function editorComponents(components: Record<string, ComponentSpec>, choices: Record<string, Option[]>): EditorComponent[] {
  return Object.entries(components).map(([name, spec]) => {
    const fields: CmsField[] = Object.entries(spec.attributes).map(([attr, a]) => {
      const base = { name: attr, label: a.label, required: a.required };
      if (a.ref === 'observations')
        return { ...base, widget: 'select', multiple: true, options: choices.observations ?? [], dropdown_threshold: 0 };
      if (a.ref === 'documents')
        return {
          ...base,
          widget: 'relation',
          collection: 'documents',
          value_field: '{{slug}}',
          search_fields: ['number', 'title'],
          display_fields: ['{{number}} — {{title}}'],
        };
      if (a.values) return { ...base, widget: 'select', options: a.values.map((v) => ({ label: v, value: v })) };
      return { ...base, widget: 'string' };
    });
    if (spec.children) fields.push({ name: CHILDREN_FIELD, label: 'Nội dung', widget: 'text', required: true });
    const lists = Object.entries(spec.attributes)
      .filter(([, a]) => a.ref === 'observations')
      .map(([attr]) => attr);
    return { id: name.toLowerCase(), name, label: spec.doc.split(':')[0]!.trim(), children: spec.children, lists, fields };
  });
}

/** The form's fields of a collection, in the order the CMS writes them: the schema's keys, then the body. */
export function collectionFields(spec: CollectionSpec, ctx: FieldContext, componentIds: string[]): CmsField[] {
  const fields = objectFields(spec.schema, spec.schemaName, ctx);
  fields.push({
    name: 'body',
    label: 'Nội dung bài',
    widget: 'markdown',
    required: true,
    hint: 'Chỉ chữ và các thành phần trong nút "+": Biểu đồ, Khung ghi chú, Liên kết văn bản. Số liệu nằm trong bảng CSV, ở đây chỉ chọn mã.',
    editor_components: componentIds,
    modes: ['rich_text', 'raw'],
  });
  return fields;
}

function collection(spec: CollectionSpec, input: EditorInput, componentIds: string[]): Record<string, unknown> {
  const fields = collectionFields(spec, input, componentIds);
  return {
    name: spec.name,
    label: spec.label,
    label_singular: spec.labelSingular,
    folder: spec.folder,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    identifier_field: 'title',
    slug: { template: spec.slug, editable: true },
    summary: spec.summary,
    ...(spec.images ? { media_folder: 'anh', public_folder: './anh' } : {}),
    fields,
  };
}

/** The whole configuration, in the shape of the CMS's JSON schema (`CmsConfig`). */
export function editorConfig(input: EditorInput): Record<string, unknown> {
  const componentIds = Object.keys(input.components).map((n) => n.toLowerCase());
  const backend: Record<string, unknown> = { name: 'github', repo: input.backend.repo, branch: input.backend.branch };
  if (input.backend.authUrl) backend.base_url = input.backend.authUrl;
  return {
    load_config_file: false,
    backend,
    // Every change becomes a pull request: the check runs on it, a reviewer merges to publish.
    publish_mode: 'editorial_workflow',
    app_title: input.title,
    ...(input.siteUrl ? { site_url: input.siteUrl } : {}),
    media_folder: 'content/anh',
    public_folder: '/content/anh',
    // File names as the check wants them: lowercase ASCII kebab-case (`hoi-nghi-so-ket-2021`).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // An optional field left blank is left out, not written `""`: the check refuses empty text.
    // YAML as the CMS writes it by default, stated: the project's writers use the same (frontmatter.ts).
    output: { omit_empty_optional_fields: true, yaml: EDITOR_YAML_OUTPUT },
    collections: input.collections.map((c) => collection(c, input, componentIds)),
  };
}

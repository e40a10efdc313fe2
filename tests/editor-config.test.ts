/**
 * The web editor's configuration is generated from the contract: valid against the CMS's own JSON
 * schema, one form field per schema key with its Vietnamese label, required exactly when the
 * schema requires it, ids offered from a fixture project's tables; and a change to a schema (a new
 * field, a label, a field made optional) changes the form.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import * as fieldSchemas from '../src/schemas/fields.ts';
import { documentKinds } from '../src/schemas/document.ts';
import { COMPONENTS } from '../src/mdx/components.ts';
import { editorConfig, type CollectionSpec } from '../src/editor/config.ts';
import { CONTRACT_COLLECTIONS, projectEditor, SCHEMA_DIR, SCHEMA_EXPORTS, tableChoices } from '../src/editor/contract.ts';
import { ISO_DATE_PATTERN, SLUG_PATTERN, unwrap, type CmsField } from '../src/editor/fields.ts';
import { readSchemaDocs, readSchemaFolder } from '../src/editor/jsdoc.ts';
import { FIXTURES } from './helpers.ts';

const MINIMAL = join(FIXTURES, 'minimal');
const PORTAL = { title: 'Biên tập', backend: { repo: 'so-tt/cong', branch: 'main', authUrl: 'https://dang-nhap.example.org' } };
const cmsSchema = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'node_modules', '@sveltia', 'cms', 'schema', 'sveltia-cms.json'), 'utf8'),
);

function validator() {
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    formats: {
      uri: true,
      regex: (s: string) => {
        try {
          new RegExp(s);
          return true;
        } catch {
          return false;
        }
      },
    },
  });
  return ajv.compile(cmsSchema);
}

type Coll = { name: string; fields: CmsField[] };
const collections = (config: Record<string, unknown>) => config.collections as Coll[];
const field = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;

describe('the generated editor configuration', () => {
  const { config, components } = projectEditor(MINIMAL, PORTAL);

  it("is valid against the CMS's own JSON schema, and a broken one is not", () => {
    const validate = validator();
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const broken = structuredClone(config) as { collections: { fields: Record<string, unknown>[] }[] };
    broken.collections[0]!.fields[0]!.required = 'có';
    expect(validate(broken)).toBe(false);
  });

  it('has every key of every collection schema, nested ones too, each with a Vietnamese label and required as the schema says', () => {
    const walk = (schema: z.ZodObject, fields: CmsField[], where: string) => {
      expect(
        fields.filter((f) => f.name !== 'body').map((f) => f.name),
        where,
      ).toEqual(Object.keys(schema.shape));
      for (const [key, s] of Object.entries(schema.shape)) {
        const f = field(fields, key);
        const { inner, optional } = unwrap(s as z.ZodType);
        expect(f.required, `${where}.${key}`).toBe(!optional);
        expect(f.label, `${where}.${key}`).not.toBe(key);
        expect(f.label as string, `${where}.${key}`).toMatch(/[à-ỹĐđ]|^[A-ZÀ-Ỹ]/u);
        const def = (inner as unknown as { _zod: { def: { type: string; element?: z.ZodType } } })._zod.def;
        if (def.type === 'object') walk(inner as z.ZodObject, f.fields as CmsField[], `${where}.${key}`);
        if (def.type === 'array' && def.element && unwrap(def.element).inner instanceof z.ZodObject)
          walk(unwrap(def.element).inner as z.ZodObject, f.fields as CmsField[], `${where}.${key}`);
      }
    };
    for (const spec of CONTRACT_COLLECTIONS) {
      const c = collections(config).find((x) => x.name === spec.name)!;
      walk(spec.schema, c.fields, spec.name);
      expect(field(c.fields, 'body').editor_components).toEqual(['callout', 'chart', 'docref']);
    }
  });

  it('offers enums with their labels, dates as dates, ids from the tables and the collections, images with alt', () => {
    const [conf, doc] = [collections(config)[0]!.fields, collections(config)[1]!.fields];
    expect(field(doc, 'kind').options).toContainEqual({ value: 'ket-luan', label: 'Kết luận' });
    expect(field(doc, 'status')).toMatchObject({ widget: 'select', required: false });
    // No default: a new document says nothing about legal force until an editor does.
    expect(field(doc, 'status')).not.toHaveProperty('default');
    // Dates as far as the source gives them: text with the partial-date pattern; a feature article has no `held`.
    expect(field(conf, 'held')).toMatchObject({ widget: 'string', required: false });
    expect(field(conf, 'published')).toMatchObject({ widget: 'string', required: true });
    const published = new RegExp((field(conf, 'published').pattern as string[])[0]!);
    expect(['2021-09-24', '2021-09', '2021', 'unknown'].map((d) => published.test(d))).toEqual([true, true, true, true]);
    expect(['24/9/2021', '2021-9', ''].map((d) => published.test(d))).toEqual([false, false, false]);
    expect(field(field(doc, 'source').fields as CmsField[], 'retrieved')).toMatchObject({ widget: 'datetime', type: 'date' });
    expect(field(conf, 'unit')).toMatchObject({ widget: 'select', multiple: false, options: tableChoices(MINIMAL).units });
    expect((field(conf, 'unit').options as { value: string }[]).map((o) => o.value)).toEqual(['viet-nam', 'tinh-a', 'xa-b']);
    expect(field(conf, 'observations')).toMatchObject({ widget: 'select', multiple: true, required: false });
    expect((field(conf, 'observations').options as { value: string }[]).length).toBeGreaterThan(0);
    expect(field(conf, 'documents')).toMatchObject({
      widget: 'relation',
      collection: 'documents',
      multiple: true,
      value_field: '{{slug}}',
    });
    expect(field(doc, 'implements')).toMatchObject({ widget: 'relation', collection: 'documents', multiple: true });
    const images = field(conf, 'images').fields as CmsField[];
    expect(images.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['src', 'image', true],
      ['alt', 'string', true],
      ['caption', 'string', false],
      ['credit', 'string', false],
    ]);
    expect(field(conf, 'draft')).toMatchObject({ widget: 'boolean', required: false, label: 'Bản nháp' });
    expect(field(doc, 'term').pattern).toEqual(['^[IVXLC]+$', 'số La Mã: X, XII']);
    expect((field(field(conf, 'source').fields as CmsField[], 'url').pattern as string[])[0]).toBe('^https?://\\S+$');
    expect(config.backend).toEqual({ name: 'github', repo: 'so-tt/cong', branch: 'main', base_url: 'https://dang-nhap.example.org' });
  });

  it('turns the allowed MDX components into editor components, figure ids offered from the table', () => {
    expect(components.map((c) => c.name)).toEqual(Object.keys(COMPONENTS));
    const chart = components.find((c) => c.name === 'Chart')!;
    expect(chart).toMatchObject({ id: 'chart', label: 'Biểu đồ từ các dòng số liệu', children: false, lists: ['observations'] });
    expect(field(chart.fields, 'observations')).toMatchObject({ widget: 'select', multiple: true, required: true });
    expect(field(chart.fields, 'type').options).toHaveLength(4);
    expect(field(components.find((c) => c.name === 'DocRef')!.fields, 'id')).toMatchObject({ widget: 'relation', collection: 'documents' });
    expect(components.find((c) => c.name === 'Callout')!.fields.map((f) => f.name)).toEqual(['type', 'title', 'noi_dung']);
  });
});

describe('a change to a schema changes the form', () => {
  const docs = readSchemaFolder(SCHEMA_DIR);
  const base = { components: COMPONENTS, namespace: SCHEMA_EXPORTS, choices: {}, ...PORTAL };
  const form = (spec: CollectionSpec, d = docs) => collections(editorConfig({ ...base, docs: d, collections: [spec] }))[0]!.fields;
  const documents = CONTRACT_COLLECTIONS.find((c) => c.name === 'documents')!;

  it('a new field appears with its JSDoc label and hint, its control and whether it is required', () => {
    const source = `export const documentSchema = z.strictObject({
      /**
       * Where the text was read.
       * @label Nơi lưu bản gốc
       * @hint Ví dụ: Văn phòng Tỉnh ủy.
       */
      archive: text,
      /** Pages, if known. */
      pages: z.number().optional(),
    });`;
    const extended = documents.schema.extend({ archive: fieldSchemas.text, pages: z.number().optional() });
    const fields = form({ ...documents, schema: extended }, readSchemaDocs(source, 'document.ts', new Map(docs)));
    expect(field(fields, 'archive')).toMatchObject({
      label: 'Nơi lưu bản gốc',
      hint: 'Ví dụ: Văn phòng Tỉnh ủy.',
      widget: 'string',
      required: true,
    });
    // Untagged: named by its key, its JSDoc as the hint, still in the form.
    expect(field(fields, 'pages')).toMatchObject({ label: 'pages', hint: 'Pages, if known.', widget: 'number', required: false });
    expect(form(documents).some((f) => f.name === 'archive')).toBe(false);
  });

  it('a relabelled field, a field made optional and a new enum value show in the form', () => {
    const src = readFileSync(join(SCHEMA_DIR, 'document.ts'), 'utf8').replace('@label Trích yếu', '@label Trích yếu văn bản');
    expect(field(form(documents, readSchemaDocs(src, 'document.ts', new Map(docs))), 'title').label).toBe('Trích yếu văn bản');
    expect(field(form(documents), 'title').label).toBe('Trích yếu');
    const optional = documents.schema.extend({ issuer: fieldSchemas.text.optional(), kind: z.enum([...documentKinds, 'cong-van']) });
    const f = form({ ...documents, schema: optional });
    expect(field(f, 'issuer').required).toBe(false);
    expect((field(f, 'kind').options as { value: string }[]).map((o) => o.value)).toContain('cong-van');
  });
});

describe('what the form refuses is what the check refuses', () => {
  const accepts = (pattern: string, v: string) => new RegExp(pattern).test(v);
  const chars = fc.constantFrom(...'abz09-AĐđé _./'.split(''));
  const strings = fc.oneof(
    fc.string(),
    fc.array(chars, { maxLength: 12 }).map((a) => a.join('')),
  );

  it('an id (slug): the pattern and the schema agree on any string', () => {
    fc.assert(
      fc.property(strings, (v) => accepts(SLUG_PATTERN, v) === fieldSchemas.slug.safeParse(v).success),
      { numRuns: 2000 },
    );
  });

  it('non-empty text: the pattern and the schema agree on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom('', ' ', '\t\n', ' a ')),
        (v) => accepts('\\S', v) === fieldSchemas.text.safeParse(v).success,
      ),
    );
  });

  it('a date: whatever the check accepts the pattern accepts; the date picker writes only real days', () => {
    const day = fc
      .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(fc.oneof(day, strings), (v) => !fieldSchemas.isoDate.safeParse(v).success || accepts(ISO_DATE_PATTERN, v)));
    expect(accepts(ISO_DATE_PATTERN, '23/9/2021')).toBe(false);
  });
});

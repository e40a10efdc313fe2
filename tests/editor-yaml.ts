/**
 * The web editor's own way of writing YAML, taken from its bundle: the CMS's `formatYAML`
 * function, cut out of `@sveltia/cms/npm/index.js` and run with our `yaml` package (the bundle's
 * is the same version, which a test asserts). The round-trip tests write with it, so an upgrade of
 * the CMS that writes otherwise fails them, not the editors' pull requests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CMS_DIR } from '../src/build/editor-admin.ts';
import { EDITOR_YAML_OUTPUT } from '../src/editor/config.ts';
import { contractFields } from '../src/editor/contract.ts';
import { bodyText, editorData, readArticle } from '../src/editor/frontmatter.ts';

export const CMS_BUNDLE = join(CMS_DIR, 'npm', 'index.js');

/**
 * `formatYAML` as minified in the bundle: `(e,t=X.current?.output?.yaml??{},n={})=>{let{indent_size:…}=t,{quote:…}=n;return S(e,null,{…}).trim()}`.
 * Its names change from build to build; its shape is what the CMS has written since 0.9x.
 */
export const FORMAT_YAML =
  /\((\w+),(\w+)=[\w$]+\.current\?\.output\?\.yaml\?\?\{\},(\w+)=\{\}\)=>\{(let\{indent_size:[^}]*\}=\2,\{quote:[\w$]+=!1\}=\3;return )[\w$]+(\(\1,null,\{[^{}]*\}\)\.trim\(\))\}/;

type FormatYaml = (obj: unknown, output?: Record<string, unknown>) => string;

let cached: FormatYaml | undefined;

/** The CMS's `formatYAML(obj, output.yaml)`, run from its bundle's text. */
export function cmsFormatYaml(): FormatYaml {
  if (cached) return cached;
  const m = FORMAT_YAML.exec(readFileSync(CMS_BUNDLE, 'utf8'));
  if (!m) throw new Error(`formatYAML not found in ${CMS_BUNDLE}: the CMS writes YAML in another way now`);
  const [, obj, options, legacy, head, call] = m;
  const source = `return (${obj}, ${options} = {}, ${legacy} = {}) => { ${head}stringify${call} }`;
  cached = new Function('stringify', source)(stringify) as FormatYaml;
  return cached;
}

/** The collection an article belongs to, by its folder. */
export const collectionOf = (file: string): 'conferences' | 'documents' => (/(^|\/)conferences\//.test(file) ? 'conferences' : 'documents');

/** What the CMS writes for an article opened and saved unchanged, its YAML made by the bundle's own function with the configuration's `output.yaml`. */
export function cmsResaved(
  text: string,
  collection: 'conferences' | 'documents',
  output: Record<string, unknown> = EDITOR_YAML_OUTPUT,
): string {
  const { data, body } = readArticle(text);
  const head = cmsFormatYaml()(editorData(data, contractFields(collection)), output);
  return `---\n${head}\n---\n${bodyText(body)}`;
}

/** Every `.mdx` file under `dir`, as paths relative to it. */
export function mdxFiles(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel))
    .sort()
    .flatMap((name) => {
      const p = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, p)).isDirectory()) return name === 'node_modules' ? [] : mdxFiles(dir, p);
      return name.endsWith('.mdx') ? [p] : [];
    });
}

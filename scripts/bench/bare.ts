/**
 * The comparison: bare Astro 7 building the same MDX with @astrojs/mdx — a glob loader over the
 * same files, a trivial layout, one `[...id].astro` rendering `<Content />`, and trivial stand-ins
 * for the site's three components. Written as strings so the project's type gate never sees it.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FILES: Record<string, string> = {
  'package.json': '{ "name": "bare-astro-mdx", "private": true, "type": "module" }\n',
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  documents: defineCollection({ loader: glob({ base: './content/documents', pattern: '**/*.mdx' }) }),
  conferences: defineCollection({ loader: glob({ base: './content/conferences', pattern: '**/*.mdx' }) }),
};
`,
  'src/layouts/Base.astro': `---
const { title } = Astro.props;
---
<html lang="vi"><head><meta charset="utf-8" /><title>{title}</title></head><body><main><h1>{title}</h1><slot /></main></body></html>
`,
  'src/components/Callout.astro': '<aside class="callout"><slot /></aside>\n',
  'src/components/Chart.astro':
    '---\nconst { observations } = Astro.props;\n---\n<figure class="chart" data-observations={observations}></figure>\n',
  'src/components/DocRef.astro': '---\nconst { id } = Astro.props;\n---\n<a href={`/van-ban/${id}/`}><slot /></a>\n',
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
import Base from '../layouts/Base.astro';
import Callout from '../components/Callout.astro';
import Chart from '../components/Chart.astro';
import DocRef from '../components/DocRef.astro';
export async function getStaticPaths() {
  const docs = (await getCollection('documents')).map((entry) => ({ params: { id: \`van-ban/\${entry.id}\` }, props: { entry } }));
  const confs = (await getCollection('conferences')).map((entry) => ({ params: { id: \`hoi-nghi/\${entry.id}\` }, props: { entry } }));
  return [...docs, ...confs];
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Base title={entry.data.title}><Content components={{ Callout, Chart, DocRef }} /></Base>
`,
};

/** Writes the bare project into `dir` with a copy of `contentDir`, sharing `nodeModules`. */
export function writeBareProject(dir: string, contentDir: string, nodeModules: string): void {
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'));
}

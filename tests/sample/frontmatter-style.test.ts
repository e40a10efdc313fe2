/**
 * The sample's articles are in the web editor's style (src/editor/frontmatter.ts): opened in the
 * form and saved, each comes back byte for byte, so an edit there shows only its own lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsResaved, collectionOf, mdxFiles } from '../editor-yaml.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const articles = mdxFiles(CONTENT);

describe('the sample’s articles', () => {
  it('are all found: five reports and the documents', () => {
    expect(articles.filter((f) => collectionOf(f) === 'conferences')).toHaveLength(5);
    expect(articles.length).toBeGreaterThanOrEqual(17);
  });

  it.each(articles)('content/%s comes back from the form byte for byte', (file) => {
    const text = readFileSync(join(CONTENT, file), 'utf8');
    expect(cmsResaved(text, collectionOf(file))).toBe(text);
  });
});

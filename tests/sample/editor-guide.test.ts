/** The editor guide documents every error code, every component and every field the build knows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueCodes } from '../../src/core/issues.ts';
import { QUALIFIER_WORDS, QUALIFIERS } from '../../src/core/qualifiers.ts';
import { COMPONENTS } from '../../src/mdx/components.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { conferenceSchema } from '../../src/schemas/conference.ts';
import { unitColumns } from '../../src/schemas/unit.ts';
import { indicatorColumns } from '../../src/schemas/indicator.ts';
import { observationColumns } from '../../src/schemas/observation.ts';

const guide = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'HUONG-DAN.md'), 'utf8');

describe('content/HUONG-DAN.md', () => {
  it('documents every error code of the catalogue in its table, with an example and a fix', () => {
    for (const code of issueCodes) expect(guide, code).toMatch(new RegExp(`^\\| \`${code}\` \\| [^|]+ \\| [^|]+ \\| [^|]+ \\|$`, 'm'));
  });

  it('documents every qualifier with the words that print it', () => {
    for (const q of QUALIFIERS) expect(guide, q).toMatch(new RegExp(`^ *\\| ${QUALIFIER_WORDS[q].join(', ')} \\| \`${q}\` \\|`, 'm'));
  });

  it('documents every allowed component', () => {
    for (const name of Object.keys(COMPONENTS)) expect(guide).toContain(`| \`${name}\` |`);
  });

  it('documents every field of every collection and every column of every table', () => {
    for (const f of [...Object.keys(documentSchema.shape), ...Object.keys(conferenceSchema.shape)])
      expect(guide, f).toContain(`| \`${f}\` |`);
    for (const c of [...unitColumns, ...indicatorColumns, ...observationColumns]) expect(guide, c).toContain(c);
  });
});

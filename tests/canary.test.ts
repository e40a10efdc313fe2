/** A secret in the build's environment never reaches the published site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from './site.ts';

describe('build environment', () => {
  // The global setup builds the fixture site twice (at the root and under a base path) with a
  // secret in DEPLOY_TOKEN, PUBLIC_DEPLOY_TOKEN and SECRET_KEY.
  it.each([
    ['at the root', inject('dist')],
    ['under a base path', inject('distBase')],
  ])('a secret placed in the build environment appears in no file of dist/ (%s)', (_, dist) => {
    const secret = inject('secret');
    expect(secret).toMatch(/^bi-mat-.+-canary$/);
    const files = listFiles(dist);
    expect(files.length).toBeGreaterThan(50);
    const leaks = files.filter((f) => readFileSync(join(dist, f)).includes(secret));
    expect(leaks).toEqual([]);
  });
});

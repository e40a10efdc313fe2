/** A secret in the build's environment never reaches the published site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildSite, listFiles } from './site.ts';

describe('build environment', () => {
  it('a secret placed in the build environment appears in no file of dist/', () => {
    const secret = `bi-mat-${Date.now().toString(36)}-canary`;
    const dist = buildSite({ name: 'canary', env: { DEPLOY_TOKEN: secret, PUBLIC_DEPLOY_TOKEN: secret, SECRET_KEY: secret } });
    const files = listFiles(dist);
    expect(files.length).toBeGreaterThan(50);
    const leaks = files.filter((f) => readFileSync(join(dist, f)).includes(secret));
    expect(leaks).toEqual([]);
  }, BUILD_TIMEOUT);
});

import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { buildSiteAsync, buildsMade, copyProject, resetBuildCount } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site (tests/fixtures/site) built at the root path. */
    dist: string;
    /** The same site built under {@link BASE_PATH}. */
    distBase: string;
    /** A secret placed in the environment of both builds, which no built file may hold. */
    secret: string;
  }
}

/** The base path of the second shared build. */
export const BASE_PATH = '/portal/';

/**
 * The two real builds of the fixture site (tests/fixtures/site) that every test reading built
 * pages shares: at the root and under a base path, side by side on the two cores. Both run with
 * secrets in their environment, so the canary test reads them instead of building a third time.
 * At the end, the run says how many site builds it made in all.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  resetBuildCount();
  const secret = `bi-mat-${Date.now().toString(36)}-canary`;
  const env = { DEPLOY_TOKEN: secret, PUBLIC_DEPLOY_TOKEN: secret, SECRET_KEY: secret };
  project.provide('secret', secret);
  // NO_SITE_BUILD=1 runs unit tests alone, quickly; tests that read built pages then fail loudly.
  if (process.env.NO_SITE_BUILD === '1') {
    project.provide('dist', '/nonexistent-site-build');
    project.provide('distBase', '/nonexistent-site-build');
  } else {
    // Each build in a project copy of its own: two builds in one root would share Astro's work files.
    const roots = [copyProject(), copyProject()];
    try {
      const [dist, distBase] = await Promise.all([
        buildSiteAsync({ name: 'root', root: roots[0], env }),
        buildSiteAsync({ name: 'base-portal', root: roots[1], base: BASE_PATH, env }),
      ]);
      project.provide('dist', dist);
      project.provide('distBase', distBase);
    } finally {
      for (const root of roots) rmSync(root, { recursive: true, force: true });
    }
  }
  return () => {
    const builds = buildsMade();
    console.log(
      `Số lần dựng trang (site builds) trong lượt kiểm thử này: ${builds.length}${builds.length ? ` (${builds.join(', ')})` : ''}`,
    );
  };
}

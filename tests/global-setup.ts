import type { TestProject } from 'vitest/node';
import { buildSite } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
  }
}

/** One real build of the fixture site (tests/fixtures/site), shared by every test that reads built pages. */
export default function setup(project: TestProject): void {
  // NO_SITE_BUILD=1 runs unit tests alone, quickly; tests that read built pages then fail loudly.
  project.provide('dist', process.env.NO_SITE_BUILD === '1' ? '/nonexistent-site-build' : buildSite({ name: 'root' }));
}

import type { TestProject } from 'vitest/node';
import { buildSite } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
  }
}

/** One real build of the sample site, shared by every test that reads built pages. */
export default function setup(project: TestProject): void {
  project.provide('dist', buildSite({ name: 'root' }));
}

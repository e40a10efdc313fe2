import type { TestProject } from 'vitest/node';
import { buildSite, buildsMade, resetBuildCount } from '../site.ts';

/**
 * `npm run test:build`: the tests whose subject is a whole build (rebuilds, failures, page bounds,
 * generated corpora, the editor end to end). The few that also read the plain fixture site share
 * one build of it; the run says at the end how many site builds it made.
 */
export default function setup(project: TestProject): () => void {
  resetBuildCount();
  project.provide('dist', buildSite({ name: 'root' }));
  return () => {
    const builds = buildsMade();
    console.log(`Số lần dựng trang (site builds) trong lượt kiểm thử này: ${builds.length} (${builds.join(', ')})`);
  };
}

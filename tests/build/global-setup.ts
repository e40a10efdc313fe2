import { buildsMade, resetBuildCount } from '../site.ts';

/**
 * `npm run test:build`: the tests whose subject is a whole build (rebuilds, failures, page bounds,
 * generated corpora, the editor end to end), each building the project it needs; the plain fixture
 * site is read by `npm test`, from its shared build. The run says at the end how many site builds
 * it made.
 */
export default function setup(): () => void {
  resetBuildCount();
  return () => {
    const builds = buildsMade();
    console.log(`Số lần dựng trang (site builds) trong lượt kiểm thử này: ${builds.length} (${builds.join(', ')})`);
  };
}

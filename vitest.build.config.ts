import { defineConfig } from 'vitest/config';

/**
 * `npm run test:build`: tests whose subject is a whole Astro build (a rebuild equals a clean build,
 * a failing build, page bounds on a generated corpus, lists of many documents, the editor end to
 * end…). `npm test` runs everything else with two shared builds; CI runs both.
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    globalSetup: ['tests/build/global-setup.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    reporters: ['default', ['json', { outputFile: '.cache/test-results-build.json' }]],
    // Builds use both cores: test files run one after another, so none waits for another's build.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});

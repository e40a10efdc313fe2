import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The sample corpus's own expectations run in `npm run test:sample` (vitest.sample.config.ts):
    // a portal that replaces content/ and data/ keeps a green `npm test`.
    // Whole-build tests (rebuilds, failing builds, generated corpora) run in `npm run test:build`
    // (vitest.build.config.ts): `npm test` makes two site builds, shared by every test.
    exclude: ['tests/sample/**', 'tests/build/**', '**/node_modules/**'],
    globalSetup: ['tests/global-setup.ts'],
    // A zone that is not UTC, so date bugs show, however the runner is started.
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    // The JSON report lets CI print one plain closing line of counts.
    reporters: ['default', ['json', { outputFile: '.cache/test-results.json' }]],
    // Vitest's default on a two-core machine is one worker (cores − 1), and the suite waits more
    // than it computes (browsers, child processes): three files at once keep both cores busy.
    maxWorkers: 3,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

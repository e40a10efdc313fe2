import { defineConfig } from 'vitest/config';

/**
 * The repository's own sample corpus (content/, data/): its exact findings and the editor guide
 * kept beside it. Run by `npm run test:sample` in this repository's CI, not by the deploy workflow,
 * so a portal that replaces the sample is not held to it.
 */
export default defineConfig({
  test: {
    include: ['tests/sample/**/*.test.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    reporters: ['default', ['json', { outputFile: '.cache/test-results-sample.json' }]],
    testTimeout: 60_000,
  },
});

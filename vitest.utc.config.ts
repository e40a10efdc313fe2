import { defineConfig } from 'vitest/config';

/**
 * The date tests again in UTC (`npm run test:utc`). The main config runs every test in Vietnam's
 * zone, where a day read as the instant of its midnight in Vietnam still looks right; in UTC the
 * same mistake shows the day before. The config's `env` is what sets the workers' zone (it wins
 * over the shell's TZ), so this run names UTC here; tests/dates-any-zone.test.ts checks it.
 * Plain-function tests only: no site build.
 */
export default defineConfig({
  test: {
    include: [
      'tests/dates-any-zone.test.ts',
      'src/core/partial-date.test.ts',
      'src/core/format.test.ts',
      'src/site/outputs/feeds.test.ts',
      'src/site/model/archive.test.ts',
      'src/site/model/history.test.ts',
      'src/domain/publishing.test.ts',
      'tests/unknown-dates.test.ts',
      'tests/open-data-reference.test.ts',
      'tests/document-truth.test.ts',
      'tests/utc-build.test.ts',
    ],
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: '.cache/test-results-utc.json' }]],
    testTimeout: 60_000,
  },
});

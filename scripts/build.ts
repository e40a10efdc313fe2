/**
 * npm run build [-- --github]: validates all content and data once, prints the report if there is
 * anything to say, stops on any error, then builds the site in the same process. The content
 * loaders pick up this validation instead of running it a second time (at national scale it takes
 * tens of seconds). --github prints the findings as GitHub Actions annotations, as `check --github`
 * does, so a workflow that builds needs no check of its own.
 */
import { performance } from 'node:perf_hooks';
import { parseCli } from './lib/cli.ts';

// An unexpected flag is an error rather than silently ignored.
const { values: args } = parseCli({ usage: 'npm run build [-- --github]', options: { github: { type: 'boolean' } } });
const root = process.cwd();

// The modules that do the work load only once the command line is known good: a usage error
// answers at once.
const [{ build }, { validateProject }, { countBySeverity }, { formatReport }, { toAnnotation }, { SHARED_VALIDATION }] = await Promise.all([
  import('astro'),
  import('../src/checks/engine.ts'),
  import('../src/core/issues.ts'),
  import('../src/checks/report.ts'),
  import('../src/checks/annotations.ts'),
  import('../src/collections/corpus.ts'),
]);

/**
 * Validates, prints the report, and leaves the result for the loaders. In a function, so that
 * nothing here keeps it alive: the loaders let it go once every collection is filled (at
 * national scale the parsed articles are hundreds of megabytes the pages never read).
 */
function validateOnce(): boolean {
  const start = performance.now();
  const result = validateProject(root);
  const counts = countBySeverity(result.issues);
  if (result.issues.length > 0) {
    const files = result.corpus.documents.length + result.corpus.conferences.length + 3;
    if (args.github) for (const issue of result.issues) process.stdout.write(`${toAnnotation(issue)}\n`);
    process.stdout.write(`${formatReport(args.github ? [] : result.issues, { files, ms: performance.now() - start })}\n`);
  }
  process.stdout.write(`Kiểm tra nội dung và dữ liệu: ${((performance.now() - start) / 1000).toFixed(1)} s (validated in that time)\n`);
  if (counts.error > 0) return false;
  (globalThis as Record<symbol, unknown>)[SHARED_VALIDATION] = { root, result };
  return true;
}

if (!validateOnce()) process.exit(1);
await build({ root });

/**
 * npm run check [-- --json | --github] [-- --quiet] [-- --watch] [-- --fix] [-- --root DIR]
 * Validates all content and data without building the site. Exits 1 when there is an error.
 * --fix first makes the conversions the findings mark safe (after a generator upgrade: the
 * qualifier read from `printed`, a period read from the row's note), lists each, then reports
 * what is left for an editor.
 * --github prints GitHub Actions annotations (one per finding, on its line).
 * --watch checks again whenever a file under content/ or data/ is saved.
 */
import { existsSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseCli, usageError } from './lib/cli.ts';
import type { PortalProblem } from '../src/schemas/portal.ts';

const CLI = {
  usage: 'npm run check [-- --json | --github] [-- --quiet] [-- --watch] [-- --fix] [-- --root DIR]',
  options: {
    json: { type: 'boolean' },
    github: { type: 'boolean' },
    quiet: { type: 'boolean' },
    watch: { type: 'boolean' },
    fix: { type: 'boolean' },
    root: { type: 'string' },
  },
} as const;
const { values: args } = parseCli(CLI);
if (args.json && args.github) usageError(CLI, 'Chọn một trong --json và --github (choose one of --json and --github).');
const root = args.root ?? process.cwd();

// The modules that do the work load only once the command line is known good: a usage error
// answers at once.
const [
  { validateProject },
  { countBySeverity },
  { formatReport },
  { toAnnotation },
  { applyFixes },
  { checkPortal, formatPortalProblems },
] = await Promise.all([
  import('../src/checks/engine.ts'),
  import('../src/core/issues.ts'),
  import('../src/checks/report.ts'),
  import('../src/checks/annotations.ts'),
  import('../src/checks/fix.ts'),
  import('../src/schemas/portal.ts'),
]);

/** The portal's configuration, when the project has one: located problems, or none. */
async function portalProblems(): Promise<PortalProblem[]> {
  const file = join(root, 'portal.config.ts');
  if (!existsSync(file)) return [];
  const { portal } = (await import(pathToFileURL(file).href)) as { portal: unknown };
  return checkPortal(portal, readFileSync(file, 'utf8'), process.env);
}

const portalFound = await portalProblems();
if (portalFound.length) {
  process.stderr.write(`${formatPortalProblems(portalFound)}\n`);
  process.exit(1);
}

/** Makes the safe conversions and says what it changed, before the check reports the rest. */
function fix(): void {
  const { issues } = validateProject(root);
  const { applied, skipped } = applyFixes(root, issues);
  const out = args.json || args.github ? process.stderr : process.stdout;
  const lines = applied.map(
    (a) =>
      `  ${a.file}, ${a.row !== undefined ? `dòng (row) ${a.row}` : `dòng (line) ${a.line}`} · ${a.field}: ${a.from || '(trống / empty)'} → ${a.to ?? '(xóa / removed)'}`,
  );
  out.write(
    applied.length
      ? `Đã sửa tự động ${applied.length} chỗ (fixed ${applied.length}):\n${lines.join('\n')}\n`
      : 'Không có gì sửa tự động được. (Nothing to fix automatically.)\n',
  );
  for (const s of skipped) out.write(`  Bỏ qua (skipped): ${s.file} ${s.row ?? s.line ?? ''} · ${s.field}\n`);
  out.write('Còn lại cần biên tập viên xem (what is left for an editor):\n');
}

function run(): number {
  const start = performance.now();
  const { corpus, issues } = validateProject(root);
  const ms = performance.now() - start;
  const counts = countBySeverity(issues);
  const files = corpus.documents.length + corpus.conferences.length + 3;
  if (args.github) {
    for (const issue of issues) process.stdout.write(`${toAnnotation(issue)}\n`);
    process.stdout.write(`${formatReport([], { files, ms })}\n`);
  } else if (args.json) {
    process.stdout.write(`${JSON.stringify({ issues, summary: { ...counts, files, ms: Math.round(ms) } }, null, 2)}\n`);
  } else if (!args.quiet || issues.length > 0) {
    process.stdout.write(`${formatReport(issues, { files, ms })}\n`);
  }
  return counts.error > 0 ? 1 : 0;
}

if (args.watch) {
  let timer: NodeJS.Timeout | undefined;
  const again = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      process.stdout.write('\x1Bc');
      run();
      process.stdout.write(`\nĐang theo dõi content/ và data/ — lưu tệp để kiểm tra lại, Ctrl+C để dừng. (Watching; save to re-check.)\n`);
    }, 150);
  };
  for (const dir of ['content', 'data']) watch(join(root, dir), { recursive: true }, again);
  again();
} else {
  if (args.fix) fix();
  process.exitCode = run();
}

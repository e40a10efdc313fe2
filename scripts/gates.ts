/**
 * npm run gates [-- --dist dist] [-- --only html,links] [-- --skip determinism]
 * Quality gates over the built site. Prints each gate's time and findings; exits 1 if any fails.
 */
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import type { GateResult } from './gates/types.ts';
import { parseCli, usageError } from './lib/cli.ts';

const CLI = {
  usage: 'npm run gates [-- --dist dist] [-- --only html,links] [-- --skip determinism]',
  options: { dist: { type: 'string' }, only: { type: 'string' }, skip: { type: 'string' } },
} as const;
const { values: args } = parseCli(CLI);
const root = process.cwd();
const only = args.only?.split(',');
const skip = args.skip?.split(',') ?? [];

// Each gate's module loads when the gate runs: a usage error answers at once, and `--only html`
// does not start loading the browser's.
const gates: [string, () => Promise<GateResult>][] = [
  ['text', async () => (await import('./gates/text.ts')).textGate(await context())],
  ['security', async () => (await import('./gates/security.ts')).securityGate(await context())],
  ['html', async () => (await import('./gates/html.ts')).htmlGate(await context())],
  ['links', async () => (await import('./gates/links.ts')).linksGate(await context(), (await budgets()).minLinksPerPage)],
  [
    'budgets',
    async () => {
      const r = (await import('./gates/budgets.ts')).budgetsGate(await context(), await budgets());
      for (const w of r.weights)
        console.log(`    ${w.path.padEnd(60)} ${w.type.padEnd(10)} ${String(w.htmlCssGzip).padStart(7)} B gz  JS ${w.js} B`);
      return r;
    },
  ],
  ['a11y', async () => (await import('./gates/a11y.ts')).a11yGate(await context(), await budgets())],
  ['determinism', async () => (await import('./gates/determinism.ts')).determinismGate(root, (await context()).dist)],
];
const unknown = [...(only ?? []), ...skip].filter((n) => !gates.some(([name]) => name === n));
if (unknown.length)
  usageError(CLI, `Không có cổng (no such gate): ${unknown.join(', ')}; có (there are): ${gates.map(([n]) => n).join(', ')}.`);

/** The built site and its base path, from the portal's configuration. */
async function context() {
  const { portal } = await import('../portal.config.ts');
  return { dist: resolve(root, args.dist ?? 'dist'), base: portal.base, cacheDir: join(root, '.cache', 'gates') };
}
async function budgets() {
  return (await import('./gates/budgets.ts')).loadBudgets(root);
}

let failed = 0;
for (const [name, run] of gates) {
  if ((only && !only.includes(name)) || skip.includes(name)) continue;
  const start = performance.now();
  const r = await run();
  const ms = Math.round(performance.now() - start);
  console.log(`${r.ok ? 'ĐẠT' : 'KHÔNG ĐẠT'} ${name} (${r.checked}) ${ms} ms`);
  for (const f of r.failures.slice(0, 50)) console.log(`    ${f}`);
  if (r.failures.length > 50) console.log(`    … và ${r.failures.length - 50} lỗi khác`);
  if (!r.ok) failed++;
}
console.log(failed ? `${failed} cổng kiểm tra không đạt (gates failed).` : 'Mọi cổng kiểm tra đều đạt (all gates passed).');
process.exitCode = failed ? 1 : 0;

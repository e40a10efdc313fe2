/**
 * npm run gates [-- --dist dist] [-- --only html,links] [-- --skip determinism]
 * Quality gates over the built site. Prints each gate's time and findings; exits 1 if any fails.
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { portal } from '../portal.config.ts';
import { a11yGate } from './gates/a11y.ts';
import { budgetsGate, loadBudgets } from './gates/budgets.ts';
import { determinismGate } from './gates/determinism.ts';
import { htmlGate } from './gates/html.ts';
import { linksGate } from './gates/links.ts';
import { securityGate } from './gates/security.ts';
import { textGate } from './gates/text.ts';
import type { GateResult } from './gates/types.ts';
import { parseCli, usageError } from './lib/cli.ts';

const CLI = {
  usage: 'npm run gates [-- --dist dist] [-- --only html,links] [-- --skip determinism]',
  options: { dist: { type: 'string' }, only: { type: 'string' }, skip: { type: 'string' } },
} as const;
const { values: args } = parseCli(CLI);
const root = process.cwd();
const ctx = { dist: resolve(root, args.dist ?? 'dist'), base: portal.base };
const only = args.only?.split(',');
const skip = args.skip?.split(',') ?? [];

const gates: [string, () => GateResult | Promise<GateResult>][] = [
  ['text', () => textGate(ctx)],
  ['security', () => securityGate(ctx)],
  ['html', () => htmlGate(ctx)],
  ['links', () => linksGate(ctx, budgets.minLinksPerPage)],
  [
    'budgets',
    () => {
      const r = budgetsGate(ctx, budgets);
      for (const w of r.weights)
        console.log(`    ${w.path.padEnd(60)} ${w.type.padEnd(10)} ${String(w.htmlCssGzip).padStart(7)} B gz  JS ${w.js} B`);
      return r;
    },
  ],
  ['a11y', () => a11yGate(ctx, budgets)],
  ['determinism', () => determinismGate(root, ctx.dist)],
];
const unknown = [...(only ?? []), ...skip].filter((n) => !gates.some(([name]) => name === n));
if (unknown.length)
  usageError(CLI, `Không có cổng (no such gate): ${unknown.join(', ')}; có (there are): ${gates.map(([n]) => n).join(', ')}.`);
const budgets = loadBudgets(root);

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

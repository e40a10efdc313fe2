/** HTML gate: html-validate over every page, 0 errors; a page unchanged since the last run keeps its verdict. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { readPages } from '../lib/dist.ts';
import type { GateContext, GateResult } from './types.ts';
import { openVerdicts, pagesChecked } from './verdicts.ts';

/**
 * The configuration, resolved once. html-validate's static loader merges and resolves it again
 * for every page (the element tables included): two thirds of the gate's time on a large site.
 */
class ResolvedOnce extends StaticConfigLoader {
  #resolved: ReturnType<StaticConfigLoader['getConfigFor']> | undefined;
  override getConfigFor(handle: string, override?: ConfigData) {
    if (override) return super.getConfigFor(handle, override);
    return (this.#resolved ??= super.getConfigFor(handle));
  }
}

const CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements without a slash and long single-line documents.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Vietnamese titles are long by nature; the budget of a title is the reader's, not a rule's.
    'long-title': 'off',
    // Inline SVG charts carry their own ids derived from slugs; duplicates are still errors.
    'no-inline-style': 'error',
  },
};
const validator = new HtmlValidate(new ResolvedOnce(CONFIG));

/** What a page's findings depend on besides its bytes: the validator's version, its rules, this gate's code. */
const SALT = JSON.stringify({
  version: createRequire(import.meta.url)('html-validate/package.json').version,
  CONFIG,
  gate: readFileSync(import.meta.filename, 'utf8'),
});

/**
 * Validates every page; a page whose bytes were judged in an earlier run (with `cacheDir`) keeps
 * that verdict, so a rebuild that changed a few pages validates those few.
 */
export async function htmlGate({ dist, cacheDir }: GateContext): Promise<GateResult> {
  const pages = readPages(dist);
  const verdicts = openVerdicts(cacheDir && join(cacheDir, 'html.json'), SALT);
  const failures: string[] = [];
  for (const { path, html } of pages) {
    let found = verdicts.get(html);
    if (!found) {
      const report = await validator.validateString(html, path);
      found = report.results.flatMap((r) =>
        r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      verdicts.set(html, found);
    }
    for (const f of found) failures.push(`${path}:${f}`);
  }
  const { reused } = verdicts.save();
  return { gate: 'html', ok: failures.length === 0 && pages.length > 0, checked: pagesChecked(pages.length, reused), failures };
}

/** HTML gate: html-validate over every page, 0 errors. */
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { readPages } from '../lib/dist.ts';
import type { GateContext, GateResult } from './types.ts';

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

const validator = new HtmlValidate(
  new ResolvedOnce({
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
  }),
);

export async function htmlGate({ dist }: GateContext): Promise<GateResult> {
  const pages = readPages(dist);
  const failures: string[] = [];
  for (const { path, html } of pages) {
    const report = await validator.validateString(html, path);
    for (const r of report.results)
      for (const m of r.messages) if (m.severity === 2) failures.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return { gate: 'html', ok: failures.length === 0 && pages.length > 0, checked: `${pages.length} trang`, failures };
}

/**
 * Writes `_headers` into the build (read by Netlify and Cloudflare Pages): the CSP as a header,
 * which, unlike the pages' meta tag, also covers the search worker; plus long caching for the
 * fingerprinted assets and the search index's named files.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SECURITY_HEADERS } from '../site/outputs/security.ts';

function headersFile(base: string): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  const root = base.replace(/\/$/, '');
  // The search index's records and chunks are named by the content of the whole index
  // (src/build/compact-index.ts), or by their own content when Pagefind's names are kept.
  for (const path of ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'])
    lines.push('', `${root}${path}`, '  Cache-Control: public, max-age=31536000, immutable');
  return `${lines.join('\n')}\n`;
}

export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base));
      },
    },
  };
}

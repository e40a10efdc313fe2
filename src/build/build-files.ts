/**
 * Lets a route write many small files in one go during a build. Thousands of chart CSV/JSON files
 * each cost a whole route render in Astro (≈1 ms each, 18 s for 19,540 files at 5,000 articles);
 * written by one route through this sink they cost a file write each. `astro dev` has no sink:
 * there the per-file routes serve the same bytes.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_SINK, lend } from '../collections/build-sinks.ts';

export function buildFiles(): AstroIntegration {
  let outDir = '';
  return {
    name: 'build-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        const made = new Set<string>();
        lend(FILE_SINK, {
          write(path: string, body: string) {
            const file = join(outDir, path);
            if (relative(outDir, file).split(sep).includes('..')) throw new Error(`${path}: ngoài thư mục dựng (outside the build folder)`);
            const dir = dirname(file);
            if (!made.has(dir)) (mkdirSync(dir, { recursive: true }), made.add(dir));
            writeFileSync(file, body);
          },
        });
      },
      'astro:build:done': () => lend(FILE_SINK, undefined),
    },
  };
}

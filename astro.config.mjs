// @ts-check
import { defineConfig } from 'astro/config';
import { portal } from './portal.config.ts';

export default defineConfig({
  // Tests and parallel builds write elsewhere; the default is dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  site: portal.site,
  base: portal.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages are static HTML; the only script on the site is the search page's.
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
});

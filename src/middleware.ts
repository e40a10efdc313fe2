/**
 * During a build, hands each rendered page to the search indexer the build opened
 * (src/build/search-index.ts), so Pagefind indexes it while the next page renders. The page
 * is returned unchanged. In `astro dev`, an article that has an error answers at its address with
 * the findings page and a banner naming the problem (the build refuses it); nothing else changes.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageSink } from './collections/build-sinks.ts';
import { brokenAt } from './collections/preview.ts';
import { latestBroken } from './collections/corpus.ts';
import { withBase } from './core/paths.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  if (import.meta.env.DEV) {
    const broken = brokenAt(latestBroken(process.cwd(), import.meta.env.BASE_URL), context.url.pathname);
    if (broken) {
      context.locals.broken = broken;
      return next(withBase(import.meta.env.BASE_URL, 'kiem-tra/'));
    }
    return next();
  }
  const response = await next();
  const sink = pageSink();
  if (!sink || !context.isPrerendered || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  // The page's bytes go back out as they came, never encoded again; the indexer gets a copy of
  // them, moved to its thread as they are and decoded there (a string would be copied across,
  // at a cost the rendering thread paid for every page).
  const bytes = await response.arrayBuffer();
  await sink.page(context.url.pathname, new Uint8Array(bytes.slice(0)));
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});

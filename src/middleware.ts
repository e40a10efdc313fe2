/**
 * During a build, hands each rendered page to the search indexer the build opened
 * (src/build/search-index.ts), so Pagefind indexes it while the next page renders, and what the
 * page read of the site model to the build's record of reads (src/build/page-reads.ts). The page
 * is returned unchanged. In `astro dev`, an article that has an error answers at its address with
 * the findings page and a banner naming the problem (the build refuses it); nothing else changes.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageSink, readsSink } from './collections/build-sinks.ts';
import { recordReads } from './site/model/reads.ts';
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
  const sink = pageSink();
  const readsOf = readsSink();
  if (!context.isPrerendered || (!sink && !readsOf)) return next();
  const render = async () => {
    const response = await next();
    return { response, bytes: await response.arrayBuffer() };
  };
  // The whole body is read while the reads are noted: a page renders as its body is read.
  const { response, bytes } = readsOf
    ? await recordReads(render).then(({ result, reads }) => (readsOf.read(context.url.pathname, reads), result))
    : await render();
  // The page's bytes go back out as they came, never encoded again; the indexer gets a copy of
  // them, moved to its thread as they are and decoded there (a string would be copied across,
  // at a cost the rendering thread paid for every page).
  if (sink && response.status === 200 && response.headers.get('content-type')?.startsWith('text/html'))
    await sink.page(context.url.pathname, new Uint8Array(bytes.slice(0)));
  const body = [101, 204, 205, 304].includes(response.status) ? null : bytes;
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});

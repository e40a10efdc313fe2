/** Feed of documents (văn bản), newest issue first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../../site/model/query.ts';
import { absoluteUrl, documentItem, feedCustomData, FEED_XMLNS, sortItems } from '../../site/outputs/feeds.ts';
import { ROUTES } from '../../core/paths.ts';
import { portal } from '../../../portal.config.ts';

export const GET: APIRoute = async (context) => {
  const s = await site();
  const ctx = { site: context.site ?? portal.site, base: import.meta.env.BASE_URL };
  return rss({
    title: `${portal.name}: văn bản`,
    description: 'Nghị quyết, kết luận, đề án, kế hoạch, phương án mới nhất trên cổng thông tin.',
    site: absoluteUrl(ctx, ROUTES.documents),
    items: sortItems(s.documents.map((d) => documentItem(d, ctx))),
    xmlns: FEED_XMLNS,
    customData: feedCustomData(ctx, `${ROUTES.documents}rss.xml`),
  });
};

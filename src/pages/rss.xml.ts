/** The whole site's feed: documents and reports together, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../site/model/query.ts';
import { documentItem, feedCustomData, FEED_XMLNS, reportItem, sortItems, absoluteUrl } from '../site/outputs/feeds.ts';
import { portal } from '../../portal.config.ts';

export const GET: APIRoute = async (context) => {
  const s = await site();
  const ctx = { site: context.site ?? portal.site, base: import.meta.env.BASE_URL };
  return rss({
    title: portal.name,
    description: `${portal.tagline}. Văn bản và báo cáo hội nghị mới nhất.`,
    site: absoluteUrl(ctx, ''),
    items: sortItems([...s.documents.map((d) => documentItem(d, ctx)), ...s.conferences.map((c) => reportItem(c, ctx))]),
    xmlns: FEED_XMLNS,
    customData: feedCustomData(ctx, 'rss.xml'),
  });
};

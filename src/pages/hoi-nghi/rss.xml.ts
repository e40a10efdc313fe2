/** Feed of conference and meeting reports, newest publication first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../../site/model/query.ts';
import { absoluteUrl, feedCustomData, FEED_XMLNS, reportItem, sortItems } from '../../site/outputs/feeds.ts';
import { ROUTES } from '../../core/paths.ts';
import { portal } from '../../../portal.config.ts';

export const GET: APIRoute = async (context) => {
  const s = await site();
  const ctx = { site: context.site ?? portal.site, base: import.meta.env.BASE_URL };
  return rss({
    title: `${portal.name}: hội nghị, báo cáo`,
    description: 'Báo cáo hội nghị sơ kết, tổng kết, khảo sát và cuộc họp mới nhất trên cổng thông tin.',
    site: absoluteUrl(ctx, ROUTES.conferences),
    items: sortItems(s.conferences.map((c) => reportItem(c, ctx))),
    xmlns: FEED_XMLNS,
    customData: feedCustomData(ctx, `${ROUTES.conferences}rss.xml`),
  });
};

/** `du-lieu/datapackage.json`: a Frictionless Data Package describing every published table. */
import type { APIRoute } from 'astro';
import { site } from '../../lib/query.ts';
import { dataPackage } from '../../lib/open-data.ts';
import { ROUTES, withBase } from '../../core/paths.ts';
import { portal } from '../../../portal.config.ts';
import { suggestSlug } from '../../core/slug.ts';
import { jsonHeaders } from './_open-data.ts';

export const GET: APIRoute = async () => {
  const s = await site();
  const seen = new Set<string>();
  const sources = s.conferences
    .map((c) => ({ title: `${c.data.source.publisher}: ${c.data.title}`, ...(c.data.source.url ? { path: c.data.source.url } : {}) }))
    .filter((x) => !seen.has(x.title) && !!seen.add(x.title));
  const name = suggestSlug(portal.shortName);
  const pkg = dataPackage({
    name: `so-lieu-${name}`,
    title: `Số liệu ${portal.name}`,
    description: portal.tagline,
    homepage: new URL(withBase(import.meta.env.BASE_URL, ROUTES.data), import.meta.env.SITE ?? portal.site).href,
    licence: portal.license,
    sources,
  });
  return new Response(`${JSON.stringify(pkg, null, 1)}\n`, { headers: jsonHeaders });
};

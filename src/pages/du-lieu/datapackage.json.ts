/** `du-lieu/datapackage.json`: a Frictionless Data Package describing every published table. */
import type { APIRoute } from 'astro';
import { site } from '../../site/model/query.ts';
import { portalPackage } from '../../site/outputs/open-data.ts';
import { ROUTES, withBase } from '../../core/paths.ts';
import { portal } from '../../../portal.config.ts';
import { jsonHeaders } from './_open-data.ts';

export const GET: APIRoute = async () => {
  const homepage = new URL(withBase(import.meta.env.BASE_URL, ROUTES.data), import.meta.env.SITE ?? portal.site).href;
  const pkg = portalPackage(portal, (await site()).conferences, homepage);
  return new Response(`${JSON.stringify(pkg, null, 1)}\n`, { headers: jsonHeaders });
};

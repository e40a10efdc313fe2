/** Where a page is built, for every view model: the base path, the site's address, the page's path. */
import { ROUTES, withBase } from '../../core/paths.ts';
import type { PortalConfig } from '../../schemas/portal.ts';

export interface PageContext {
  base: string;
  /** The site's address (`site` in portal.config.ts); without it, addresses stay relative to the page. */
  site: URL | undefined;
  pathname: string;
  portal: PortalConfig;
}

/** The page's own address, absolute when the site's address is known. */
export const pageUrl = (ctx: PageContext): string => new URL(ctx.pathname, ctx.site).href;

/** A route of the site (relative to the base path), as an absolute address. */
export const absoluteUrl = (ctx: PageContext, route: string): string => new URL(withBase(ctx.base, route), ctx.site).href;

type FixedRoute = { [K in keyof typeof ROUTES]: (typeof ROUTES)[K] extends string ? K : never }[keyof typeof ROUTES];

/** The address of every section's own page under the base path, for the links a page lays out. */
export type Links = Record<FixedRoute, string>;

export function sectionLinks(base: string): Links {
  const links: Record<string, string> = {};
  for (const [k, route] of Object.entries(ROUTES)) if (typeof route === 'string') links[k] = withBase(base, route);
  return links as Links;
}

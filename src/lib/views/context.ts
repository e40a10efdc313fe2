/** Where a page is built, for every view model: the base path, the site's address, the page's path. */
import { withBase } from '../../core/paths.ts';

export interface PageContext {
  base: string;
  /** The site's address (`site` in portal.config.ts); without it, addresses stay relative to the page. */
  site: URL | undefined;
  pathname: string;
}

/** The page's own address, absolute when the site's address is known. */
export const pageUrl = (ctx: PageContext): string => new URL(ctx.pathname, ctx.site).href;

/** A route of the site (relative to the base path), as an absolute address. */
export const absoluteUrl = (ctx: PageContext, route: string): string => new URL(withBase(ctx.base, route), ctx.site).href;

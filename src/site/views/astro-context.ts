/**
 * The one place a page turns Astro's globals into a view model's context: the base path the
 * site is built under, the site's address, the page's path and the portal's configuration.
 */
import { portal } from '../../../portal.config.ts';
import type { PageContext } from './context.ts';

export function contextOf(astro: { site: URL | undefined; url: URL }): PageContext {
  return { base: import.meta.env.BASE_URL, site: astro.site, pathname: astro.url.pathname, portal };
}

/**
 * What the preview (`npm run dev`) shows for an article that has an error: the build refuses it,
 * but the preview answers at its address with the findings, so an editor who follows a link or
 * reloads after a save sees why the page is not there instead of a bare 404.
 */
import type { Issue } from '../core/issues.ts';
import { ROUTES, withBase } from '../core/paths.ts';
import { PATHS } from '../schemas/files.ts';

export interface BrokenArticle {
  /** Where the file lives, as the findings name it (`content/conferences/x.mdx`). */
  file: string;
  /** The page's address under the base path, with its trailing slash. */
  path: string;
  /** Every error of the file, in the order the check reports them. */
  errors: Issue[];
}

const ARTICLE = new RegExp(`^(${PATHS.documents}|${PATHS.conferences})/(.+)\\.mdx?$`);

/**
 * The articles that have at least one error, each with the address its page has when it is
 * valid. `published` holds the ids that do have a page (an error in another file, e.g. a CSV row
 * that names the report, never hides a page that renders).
 */
export function brokenArticles(
  issues: Issue[],
  published: { documents: Set<string>; conferences: Set<string> },
  base: string,
): BrokenArticle[] {
  const byFile = new Map<string, BrokenArticle>();
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    const m = ARTICLE.exec(issue.file);
    if (!m) continue;
    const kind = m[1] === PATHS.documents ? 'documents' : 'conferences';
    const id = m[2]!.normalize('NFC');
    if (published[kind].has(id)) continue;
    let entry = byFile.get(issue.file);
    if (!entry) {
      const route = kind === 'documents' ? ROUTES.document(id) : ROUTES.conference(id);
      byFile.set(issue.file, (entry = { file: issue.file, path: withBase(base, route), errors: [] }));
    }
    entry.errors.push(issue);
  }
  return [...byFile.values()];
}

/** The broken article whose page would be at `pathname` (with or without its trailing slash). */
export function brokenAt(broken: BrokenArticle[], pathname: string): BrokenArticle | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return broken.find((b) => b.path === path || decodeURI(path) === b.path);
}

/**
 * When each content file last changed (lịch sử phiên bản), read from git at build time: one
 * `git log` over the whole content, parsed once, instead of one process per page. The date is
 * the commit's own (committer date), taken as the day it was in Vietnam: a commit made at 23:30
 * in UTC on 6/12 is 7/12 to the site's readers, whatever the committer's or the build machine's
 * zone. The same history always gives the same page: no build-time "now". Outside a git
 * checkout, or for a file never committed, there is no date and the page says nothing.
 */
import { execFileSync } from 'node:child_process';
import { dayInVietnam, isDayText } from '../../core/partial-date.ts';

/** Folders whose history pages show. */
const TRACKED = ['content', 'data'];

const RECORD = '\x1e';

/**
 * The calendar day in Vietnam of a git date (`%cI`, `2021-09-23T23:30:00+00:00`) as `YYYY-MM-DD`;
 * a bare `YYYY-MM-DD` is kept as it is. Undefined for anything else.
 */
export function commitDay(stamp: string): string | undefined {
  if (isDayText(stamp)) return stamp;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/.test(stamp)) return undefined;
  const t = Date.parse(stamp);
  return Number.isNaN(t) ? undefined : dayInVietnam(t);
}

/**
 * Parses `git log --format=%x1e%cI --name-only -z`: newest commit first, so the first date
 * seen for a file is its last change.
 */
export function parseGitLog(out: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of out.split(RECORD)) {
    const [stamp, ...names] = record.split('\0');
    const date = stamp ? commitDay(stamp) : undefined;
    if (!date) continue;
    for (const raw of names) {
      const name = raw.replace(/^\n+/, '').normalize('NFC');
      if (name && !dates.has(name)) dates.set(name, date);
    }
  }
  return dates;
}

/** Last-change date of every tracked file under `root`, paths relative to `root` with `/`. */
export function readHistory(root: string): Map<string, string> {
  try {
    const out = execFileSync('git', ['log', `--format=${RECORD}%cI`, '--name-only', '-z', '--relative', '--', ...TRACKED], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    return parseGitLog(out);
  } catch {
    // Not a git checkout, git not installed, or no commit yet: no dates, nothing shown.
    return new Map();
  }
}

const cache = new Map<string, Map<string, string>>();

/**
 * Date (`YYYY-MM-DD`) of the last commit that changed `file` (relative to the project root), or
 * undefined. The build runs from the project root, so that is the default.
 */
export function lastChanged(file: string, root = process.cwd()): string | undefined {
  let dates = cache.get(root);
  if (!dates) cache.set(root, (dates = readHistory(root)));
  return dates.get(file.normalize('NFC'));
}

/** The file's change history on the code host, from a `…/{path}` template; undefined if none. */
export function historyLink(template: string, file: string): string | undefined {
  if (!template.trim()) return undefined;
  return template.replace('{path}', file.split('/').map(encodeURIComponent).join('/'));
}

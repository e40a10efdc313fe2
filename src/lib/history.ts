/**
 * When each content file last changed (lịch sử phiên bản), read from git at build time: one
 * `git log` over the whole content, parsed once, instead of one process per page. The date is
 * the commit's own (committer date, in the committer's zone), so the same history always
 * gives the same page: no build-time "now". Outside a git checkout, or for a file never
 * committed, there is no date and the page says nothing.
 */
import { execFileSync } from 'node:child_process';

/** Folders whose history pages show. */
const TRACKED = ['content', 'data'];

const RECORD = '\x1e';

/**
 * Parses `git log --format=%x1e%cs --name-only -z`: newest commit first, so the first date
 * seen for a file is its last change.
 */
export function parseGitLog(out: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of out.split(RECORD)) {
    const [date, ...names] = record.split('\0');
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
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
    const out = execFileSync('git', ['log', `--format=${RECORD}%cs`, '--name-only', '-z', '--relative', '--', ...TRACKED], {
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

/**
 * What a build's output depends on besides content and data: the code and its configuration.
 * The cache keys of rebuilds (the compiled articles of src/collections/corpus.ts, the pages of
 * src/site/model/query.ts) include this digest, so a changed module anywhere under src/ can never serve
 * a page compiled by the old code. A list of the modules that matter would be shorter to hash,
 * but it goes stale as the code grows, and a stale list publishes stale pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files beside src/ that change what a build writes. */
const CONFIG_FILES = ['astro.config.mjs', 'portal.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'] as const;

/** Tests and their snapshots are read by the test runner, never by a build. */
const TEST_ONLY = /\.test\.ts$|(^|\/)__snapshots__\//;

/** Every file the digest covers, relative to `root` with `/`, in a fixed order. */
export function sourceFiles(root: string): string[] {
  const src = existsSync(join(root, 'src'))
    ? readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map(
          (e) =>
            `${join(e.parentPath, e.name)
              .slice(root.length + 1)
              .split('\\')
              .join('/')}`,
        )
        .filter((f) => !TEST_ONLY.test(f))
    : [];
  return [...src.sort(), ...CONFIG_FILES.filter((f) => existsSync(join(root, f)))];
}

/**
 * A digest of the contents of every file of `sourceFiles(root)`, names included (a renamed module
 * changes it too). A few hundred kilobytes: hashed in milliseconds, so it is not memoised — in
 * preview the code changes while the server runs.
 */
export function sourceDigest(root: string): string {
  const hash = createHash('sha256');
  for (const f of sourceFiles(root)) {
    const bytes = readFileSync(join(root, f));
    hash.update(`${f}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * Determinism gate: a clean build of the same tree gives `dist/` again, byte for byte. The site
 * under test is the first build (made by `npm run build`, with or without its cache: either way a
 * clean build must give the same files), so the gate builds once, not twice.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../lib/dist.ts';
import type { GateResult } from './types.ts';

function digest(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

export function compareBuilds(a: string, b: string): string[] {
  const da = digest(a);
  const db = digest(b);
  const failures: string[] = [];
  for (const [f, h] of da)
    if (!db.has(f)) failures.push(`chỉ có ở lần 1 (only in build 1): ${f}`);
    else if (db.get(f) !== h) failures.push(`khác nhau giữa hai lần dựng (differs between builds): ${f}`);
  for (const f of db.keys()) if (!da.has(f)) failures.push(`chỉ có ở lần 2 (only in build 2): ${f}`);
  return failures;
}

export async function determinismGate(root: string, dist: string): Promise<GateResult> {
  // Inside the project: Astro puts its intermediate files beside an out-of-tree outDir in the
  // shared .astro/ folder, which two builds must not share.
  mkdirSync(join(root, '.cache'), { recursive: true });
  const tmp = mkdtempSync(join(root, '.cache', 'dung-lai-'));
  try {
    const out = join(tmp, 'dist');
    await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: root,
      env: { ...process.env, OUT_DIR: out, ASTRO_CACHE_DIR: join(tmp, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const failures = compareBuilds(dist, out);
    return { gate: 'determinism', ok: failures.length === 0, checked: `${listFiles(dist).length} tệp, so với một lần dựng sạch`, failures };
  } catch (e) {
    const err = e as { message: string; stderr?: string };
    return {
      gate: 'determinism',
      ok: false,
      checked: 'một lần dựng sạch',
      failures: [`dựng trang lỗi (a build failed): ${err.stderr || err.message}`],
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const run = promisify(execFile);

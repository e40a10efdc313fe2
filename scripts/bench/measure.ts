/** Runs a command as a measured child, its output in `log`: wall and CPU seconds and peak RSS from /usr/bin/time. */
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
  wallS: number;
  /** user + sys of the child and every descendant it waited for (Pagefind's binary included). */
  cpuS: number;
  /** Largest resident set of any one process of the tree, MB. */
  peakRssMb: number;
  status: number;
}

export function measure(cmd: string[], opts: { cwd: string; env?: Record<string, string>; log: string }): Measured {
  const timeFile = `${opts.log}.time`;
  const out = openSync(opts.log, 'w');
  // GNU time's -o keeps its numbers apart from the child's own stderr.
  const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', ...cmd], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!;
  const [e, u, s, m] = last.split(' ').map(Number);
  return { wallS: e!, cpuS: Math.round((u! + s!) * 100) / 100, peakRssMb: Math.round(m! / 1024), status: r.status ?? -1 };
}

/** Bytes and file count under `dir` (0 when it does not exist). */
export function dirSize(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

export function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((p) => String(p).endsWith('.html')).length;
}

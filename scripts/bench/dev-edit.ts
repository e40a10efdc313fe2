/**
 * `npm run dev` as an editor meets it: the server started on a generated corpus, one report's
 * page loaded, then its body edited several times. Each edit is timed from the save to the
 * page's answer holding the new words, loaded as a browser loads it: when the dev server tells
 * the page to reload (Vite's HMR socket), not by polling, which would slow the server it measures.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../lib/static-server.ts';

export interface DevEdits {
  /** From the command to the server saying it is ready, seconds. */
  readyS: number;
  /** From the command to the report's page first answering, seconds. */
  firstPageS: number;
  /** Each edit, save to the page showing it, seconds. */
  editsS: number[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Measures `edits` saves of `article` (a path under `project`), whose page is at `path`. */
export async function measureDevEdits(project: string, article: string, path: string, edits = 5): Promise<DevEdits> {
  const file = join(project, article);
  const original = readFileSync(file, 'utf8');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const seconds = (from: number) => Math.round((Date.now() - from) / 10) / 100;
  const page = async () => {
    try {
      return await (await fetch(`${origin}/${path}`)).text();
    } catch {
      return '';
    }
  };
  const deadline = (what: string, ms: number) => {
    const end = Date.now() + ms;
    return () => {
      if (Date.now() > end) throw new Error(`dev: ${what} took over ${ms / 1000} s\n${log.slice(-3000)}`);
    };
  };
  try {
    for (const check = deadline('start', 300_000); !log.includes(`${port}`); check()) await sleep(100);
    const readyS = seconds(t0);
    for (const check = deadline('first page', 300_000); !(await page()).includes('</html>'); check()) await sleep(100);
    const firstPageS = seconds(t0);
    const socket = new WebSocket(`ws://127.0.0.1:${port}/`, 'vite-hmr');
    const reloads: number[] = [];
    socket.onmessage = (e) => {
      if (/"type":"(full-reload|update)"/.test(String(e.data))) reloads.push(Date.now());
    };
    await new Promise((r, j) => ((socket.onopen = r), (socket.onerror = j)));
    const editsS: number[] = [];
    for (let i = 1; i <= edits; i++) {
      await sleep(1500);
      const words = `Đoạn sửa thử số ${i} lúc ${Date.now()}.`;
      const edited = original.replace(/\n*$/, `\n\n${words}\n`);
      reloads.length = 0;
      const saved = Date.now();
      writeFileSync(file, edited);
      // Each reload the server asks for loads the page again, as the browser would, until it shows the edit.
      for (let seen = 0, check = deadline(`edit ${i}`, 60_000); ; check()) {
        if (reloads.length > seen) {
          seen = reloads.length;
          if ((await page()).includes(words)) break;
        } else await sleep(10);
      }
      editsS.push(seconds(saved));
    }
    socket.close();
    return { readyS, firstPageS, editsS };
  } finally {
    writeFileSync(file, original);
    child.kill();
  }
}

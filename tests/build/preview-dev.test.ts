/**
 * The preview (`npm run dev`) tells the truth within seconds of a save: an editor breaks a report,
 * sees the finding listed on /kiem-tra/ and the report's own address answering with a banner that
 * names the problem; fixes it, and both are gone. A real dev server on a copy of the fixture site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, astroEnv, copyProject } from '../site.ts';
import { freePort } from '../../scripts/lib/static-server.ts';

const REPORT = 'content/conferences/so-ket-kiem-nhiem-ben-tre-2021.mdx';
const PAGE = 'hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/';
/** How long a save may take to show: generous, for a loaded machine; the test waits no longer than it must. */
const WITHIN_MS = 30_000;

/** Polls `url` until `ok(status, body)` holds, or fails with the last answer after WITHIN_MS. */
async function until(url: string, ok: (status: number, body: string) => boolean): Promise<string> {
  const end = Date.now() + WITHIN_MS;
  let last = '';
  for (;;) {
    try {
      const r = await fetch(url);
      const body = await r.text();
      if (ok(r.status, body)) return body;
      last = `${r.status} ${body.slice(0, 300)}`;
    } catch (e) {
      last = String(e);
    }
    if (Date.now() > end) throw new Error(`${url} did not change as expected within ${WITHIN_MS} ms; last answer: ${last}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const lead = (html: string) => /class="lead">([^<]*)/.exec(html)?.[1] ?? '';

describe('the preview (astro dev) after an editor saves a file', () => {
  let root = '';
  let server: ChildProcess | undefined;
  let origin = '';
  let log = '';

  beforeAll(async () => {
    root = copyProject();
    const port = await freePort();
    origin = `http://127.0.0.1:${port}/`;
    server = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
      {
        cwd: root,
        env: { ...astroEnv(), ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'development' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    await until(`${origin}kiem-tra/`, (status) => status === 200).catch((e) => {
      throw new Error(`${e}\n${log}`);
    });
  }, 120_000);

  afterAll(() => {
    server?.kill();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('a wrong date: the finding is listed and the report answers at its address with a banner; fixed, both are gone', async () => {
    const file = join(root, REPORT);
    const good = readFileSync(file, 'utf8');
    expect(good).toMatch(/^held: 2021-09-23$/m);
    expect(lead(await until(`${origin}kiem-tra/`, (s) => s === 200))).toMatch(/^0 lỗi/);
    expect(await until(`${origin}${PAGE}`, (s) => s === 200)).not.toContain('Trang này chưa hiển thị được');

    writeFileSync(file, good.replace(/^held: 2021-09-23$/m, 'held: 2019-13-45'));
    const findings = await until(`${origin}kiem-tra/`, (_, body) => lead(body).startsWith('1 lỗi')).catch((e) => {
      throw new Error(`${e}\n${log}`);
    });
    expect(findings).toContain(`${REPORT}, dòng 4 · held`);
    const page = await until(`${origin}${PAGE}`, (s, body) => s === 200 && body.includes('Trang này chưa hiển thị được'));
    expect(page).toContain(`<code>${REPORT}</code> có 1 lỗi`);
    expect(page).toMatch(/\[type-error\]<\/strong> dòng 4 · held · <code>2019-13-45<\/code>/);

    writeFileSync(file, good);
    expect(lead(await until(`${origin}kiem-tra/`, (_, body) => lead(body).startsWith('0 lỗi')))).toMatch(/^0 lỗi/);
    const fixed = await until(`${origin}${PAGE}`, (s, body) => s === 200 && !body.includes('Trang này chưa hiển thị được'));
    expect(fixed).toMatch(/<h1>[^<]*1\.017 trường hợp/);
  }, 120_000);

  it('a new title and a new sentence show on the page and in the list of reports, each after its own save', async () => {
    const file = join(root, REPORT);
    const good = readFileSync(file, 'utf8');
    const title = /^title: (.*)$/m.exec(good)![1]!;
    const retitled = good.replace(/^title: .*$/m, 'title: Sơ kết mô hình kiêm nhiệm tại Bến Tre, bản sửa tiêu đề');
    writeFileSync(file, retitled);
    await until(`${origin}${PAGE}`, (s, body) => s === 200 && body.includes('bản sửa tiêu đề'));
    // The list is drawn from the site model that the preview keeps between requests: it must follow.
    await until(`${origin}hoi-nghi/`, (s, body) => s === 200 && body.includes('bản sửa tiêu đề'));
    writeFileSync(file, retitled.replace(/\n$/, '\n\nMột câu mới thêm vào cuối bài để xem trước.\n'));
    const page = await until(`${origin}${PAGE}`, (s, body) => s === 200 && body.includes('Một câu mới thêm vào cuối bài'));
    expect(page).toContain('bản sửa tiêu đề');
    writeFileSync(file, good);
    await until(
      `${origin}hoi-nghi/`,
      (s, body) => s === 200 && !body.includes('bản sửa tiêu đề') && body.includes(title.replace(/^["']|["']$/g, '')),
    );
  }, 120_000);
});

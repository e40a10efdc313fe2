/**
 * `node scripts/bench/search-bytes.ts DIST [query]`: bytes a reader's browser fetches for one
 * query on the search page of a built site (Debian's Chromium, the site served on 127.0.0.1):
 * the page itself, its script, and Pagefind's loader, wasm, index chunks, filters and fragments.
 */
import { launchBrowser } from '../lib/browser.ts';
import { serveDist } from '../lib/static-server.ts';
import { parseCli, usageError } from '../lib/cli.ts';

export async function searchBytes(dist: string, query: string): Promise<{ total: number; pagefind: number; requests: { path: string; bytes: number }[] }> {
  const server = await serveDist(dist, '/');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    // Until the first results are on screen (their records fetched), then until the network rests.
    await page.waitForSelector('.search-result', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const requests = [...server.requests];
    const sum = (rs: typeof requests) => rs.reduce((s, r) => s + r.bytes, 0);
    return { total: sum(requests), pagefind: sum(requests.filter((r) => r.path.includes('/pagefind/'))), requests };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const CLI = { usage: 'node scripts/bench/search-bytes.ts DIST ["từ khóa"]', options: {}, positionals: true } as const;
  const { positionals } = parseCli(CLI);
  if (positionals.length < 1 || positionals.length > 2) usageError(CLI, 'Cần thư mục trang đã dựng (need the built site folder).');
  const r = await searchBytes(positionals[0]!, positionals[1] ?? 'kiêm nhiệm');
  const groups = new Map<string, number>();
  for (const q of r.requests) {
    const kind = q.path.replace(/.*\/pagefind\/(\w+)[/.].*/, 'pagefind $1').replace(/^\/(?!pagefind).*\.(\w+)$/, '$1').replace(/^\/.*\/$/, 'html');
    groups.set(kind, (groups.get(kind) ?? 0) + q.bytes);
  }
  process.stdout.write(`${JSON.stringify({ totalKB: Math.round(r.total / 1024), pagefindKB: Math.round(r.pagefind / 1024), requests: r.requests.length, byKindKB: Object.fromEntries([...groups].map(([k, v]) => [k, Math.round(v / 1024)])) })}\n`);
}

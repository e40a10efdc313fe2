/**
 * A static file server for a built site on 127.0.0.1, sending the security headers a host
 * should send (the CSP among them), under the site's base path. For browser checks only.
 */
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { SECURITY_HEADERS } from '../../src/site/outputs/security.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface RunningServer {
  url: string;
  /** Every path requested, for counting bytes and checking what a page fetched. */
  requests: { path: string; bytes: number }[];
  close(): Promise<void>;
}

/** `headers` gives a path's own headers instead of the site's (the web editor has its own CSP). */
export async function serveDist(
  dist: string,
  base = '/',
  headers: (path: string) => Record<string, string> = () => SECURITY_HEADERS,
): Promise<RunningServer> {
  const requests: RunningServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(dist, path.slice(base.length)));
    if (!file.startsWith(normalize(dist))) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    const body = readFileSync(file);
    requests.push({ path, bytes: body.length });
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
    res.end(body);

    function notFound() {
      const page = join(dist, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']!, ...SECURITY_HEADERS });
      res.end(existsSync(page) ? readFileSync(page) : 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 free at the time of asking, for a server started by another process. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

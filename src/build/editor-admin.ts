/**
 * The web editor at `<base>bien-tap/`: Sveltia CMS from the npm package, served from this site
 * (its fonts and icons included), its configuration generated from the contract at the moment it
 * is served or built. `npm run dev` always serves it; a build writes it only when the portal turns
 * it on (portal.config.ts: `editor.enabled`). The CMS's 2 MB bundle is copied from node_modules,
 * never kept in the repository. The page is marked noindex and is not a page of the site: the
 * sitemap, the search index and the feeds never see it.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { projectEditor, type PortalEditor } from '../editor/contract.ts';
import { cspString, HEADER_ONLY_DIRECTIVES } from '../site/outputs/security.ts';

export const EDITOR_PATH = 'bien-tap/';

/** Where the package's files are: `npm/` (the module build, with its assets) and `locales/`. */
export const CMS_DIR = dirname(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')));
const CLIENT = join(import.meta.dirname, '..', 'editor', 'client.js');

/**
 * The CMS loads its interface language by a dynamic import of `../locales/vi.json`, which a browser
 * refuses (a JSON module needs an import attribute). The page's import map sends that one import
 * to the same data written as a JavaScript module.
 */
function importMap(base: string): string {
  const at = `${base}${EDITOR_PATH}sveltia/locales/`;
  return JSON.stringify({ imports: { [`${at}vi.json`]: `${at}vi.js` } });
}

/** The page's policy: the site's, plus what the CMS needs and nothing more (see the editor guide). */
export function editorCsp(base: string, authUrl?: string): Record<string, string> {
  const hash = createHash('sha256').update(importMap(base)).digest('base64');
  return {
    'default-src': "'self'",
    // The import map is the page's only inline script; the CMS compiles image codecs (WebAssembly).
    'script-src': `'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
    // Svelte sets style attributes and inserts the CMS's own style sheets.
    'style-src': "'self' 'unsafe-inline'",
    // Previews of pictures being uploaded are blob: and data: URLs; signed-in editors' avatars come from GitHub.
    'img-src': "'self' data: blob: https://avatars.githubusercontent.com",
    'media-src': "'self' blob:",
    'font-src': "'self'",
    // GitHub's API, used only after signing in with GitHub; nothing else leaves the site.
    // data: and blob: are the CMS reading its own pictures and files, never the network.
    'connect-src': `'self' blob: data: https://api.github.com${authUrl ? ` ${new URL(authUrl).origin}` : ''}`,
    'worker-src': "'self' blob:",
    'frame-src': "'none'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
  };
}

/** The `_headers` block for the editor's folder. */
function editorHeaders(base: string, authUrl?: string): string {
  const csp = cspString({ ...editorCsp(base, authUrl), ...HEADER_ONLY_DIRECTIVES });
  return `${base}${EDITOR_PATH}*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${csp}\n`;
}

function editorPage(base: string, title: string, authUrl?: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${cspString(editorCsp(base, authUrl))}">
<meta name="robots" content="noindex, nofollow">
<title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>
<script type="importmap">${importMap(base)}</script>
<script type="module" src="./editor.js"></script>
</head>
<body></body>
</html>
`;
}

/** The generated files of the editor, by path under `bien-tap/` (the CMS's own files aside). */
function editorFiles(root: string, base: string, portal: PortalEditor, opts: { drafts?: boolean } = {}): Map<string, string> {
  // A build's editor is public output: it offers no figure of a report not yet public.
  const { config, components } = projectEditor(root, portal, opts);
  return new Map([
    ['index.html', editorPage(base, portal.title, portal.backend.authUrl)],
    ['editor.js', readFileSync(CLIENT, 'utf8')],
    ['config.json', `${JSON.stringify(config, null, 1)}\n`],
    ['components.json', `${JSON.stringify(components, null, 1)}\n`],
    ['sveltia/locales/vi.js', `export default ${readFileSync(join(CMS_DIR, 'locales', 'vi.json'), 'utf8').trim()};\n`],
  ]);
}

/**
 * The CMS's style sheet declares its fonts at a public CDN as well as in its own assets; the
 * page's CSP would block those requests, and the page should not even try them: the CDN
 * addresses are pointed at the same files shipped in the package (`assets/<name>-<hash>.woff2`).
 * An address the package no longer has is left alone (the CSP still blocks it).
 */
function selfHostFonts(js: string, assets: string[], base: string): string {
  return js.replace(
    /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g,
    (url, family: string, subset: string) => {
      const local = assets.find((a) => a.startsWith(`${family}-${subset}-`) && a.endsWith('.woff2'));
      return local ? `${base}${EDITOR_PATH}sveltia/npm/assets/${local}` : url;
    },
  );
}

/** One file of the CMS's module build, as served: its entry with the fonts made local. */
function cmsFile(rel: string, base: string): Buffer | undefined {
  const file = normalize(join(CMS_DIR, 'npm', rel));
  if (!file.startsWith(join(CMS_DIR, 'npm')) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  if (rel !== 'index.js') return readFileSync(file);
  return Buffer.from(selfHostFonts(readFileSync(file, 'utf8'), readdirSync(join(CMS_DIR, 'npm', 'assets')), base));
}

/** The CMS's module build and its assets, without source maps (8 MB the browser never needs). */
function copyCms(to: string, base: string): void {
  cpSync(join(CMS_DIR, 'npm'), join(to, 'sveltia', 'npm'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  writeFileSync(join(to, 'sveltia', 'npm', 'index.js'), cmsFile('index.js', base)!);
}

/** The whole editor into `out` (a build's `bien-tap/`): generated files and the CMS's own. */
export function writeEditor(out: string, root: string, base: string, portal: PortalEditor): void {
  for (const [rel, text] of editorFiles(root, base, portal)) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    writeFileSync(join(out, rel), text);
  }
  copyCms(out, base);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

export interface EditorOptions extends PortalEditor {
  /** Write the editor into the build (a dev server always serves it). */
  enabled: boolean;
}

export function editorAdmin(options: EditorOptions): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'editor-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${EDITOR_PATH}`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          if (!path.startsWith(prefix)) return next();
          const rel = path.slice(prefix.length) || 'index.html';
          // Generated again on every request: a new locality or figure is offered at once.
          // The local dev server is not public: a draft's figures are offered for linking there.
          const generated = rel.startsWith('sveltia/npm/') ? undefined : editorFiles(root, base, options, { drafts: true }).get(rel);
          const body =
            generated ??
            (rel.startsWith('sveltia/npm/') && !rel.endsWith('.map') ? cmsFile(rel.slice('sveltia/npm/'.length), base) : undefined);
          if (body === undefined) return next();
          res.writeHead(200, { 'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
          res.end(body);
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), EDITOR_PATH);
        rmSync(out, { recursive: true, force: true });
        if (!options.enabled) return;
        writeEditor(out, root, base, options);
        // Hosts that read `_headers` (written just before by host-headers): the editor's policy
        // replaces the site's there (`!` detaches the site's header on Cloudflare Pages).
        const headers = join(fileURLToPath(dir), '_headers');
        if (existsSync(headers))
          writeFileSync(headers, `${readFileSync(headers, 'utf8')}\n${editorHeaders(base, options.backend.authUrl)}`);
      },
    },
  };
}

/** portal.config.ts is checked by a schema: a wrong site address or base path stops with its line. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPortal, checkPortal, PortalConfigError } from '../src/schemas/portal.ts';
import { projectWith } from './helpers.ts';
import { SITE_FIXTURE } from './site.ts';

const FILE = join(SITE_FIXTURE, 'portal.config.ts');
const text = readFileSync(FILE, 'utf8');
const { portal } = (await import(FILE)) as { portal: Record<string, unknown> };
const lines = text.split('\n');
const exported = lines.findIndex((l) => l.startsWith('export const portal'));
/** The line of a key in the exported object (not in the interface above it). */
const lineOf = (key: string) => lines.findIndex((l, i) => i > exported && l.trimStart().startsWith(`${key}:`)) + 1;

describe('the portal configuration schema', () => {
  it('accepts the fixture portal and the usual forms of site and base', () => {
    expect(checkPortal(portal, text)).toEqual([]);
    for (const [site, base] of [
      ['https://example.org', '/'],
      ['https://tinh.gov.vn/', '/cong-thong-tin/'],
      ['http://localhost:4321', '/a/b.c/'],
    ])
      expect(checkPortal({ ...portal, site, base }, text), `${site} ${base}`).toEqual([]);
  });

  it.each([
    ['example.org', 'no scheme'],
    ['ftp://example.org', 'not http(s)'],
    ['https://example.org/cong/', 'a path belongs in base'],
    ['https://example.org/?a=1', 'a query'],
    ['https://', 'no host'],
  ])('site %j (%s) is refused at its line in portal.config.ts, in Vietnamese and English', (site) => {
    const [p, ...rest] = checkPortal({ ...portal, site }, text);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'portal.config.ts', line: lineOf('site'), field: 'site', value: site });
    expect(p!.expected.vi).toContain('địa chỉ gốc');
    expect(p!.expected.en).toContain('site origin');
  });

  it.each(['/a b/', '/cổng/', '/../', 'portal/', '/a//b/'])('base %j is refused at its line', (base) => {
    expect(checkPortal({ ...portal, base }, text)).toEqual([
      expect.objectContaining({ file: 'portal.config.ts', line: lineOf('base'), field: 'base', value: base }),
    ]);
  });

  it('accepts any base path of URL-safe segments and refuses any with a space, a slash pair or a non-ASCII letter (property)', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,11}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (segments) => {
        const base = segments.length ? `/${segments.join('/')}/` : '/';
        expect(checkPortal({ ...portal, base }, text)).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(' ', '//', 'ổ', '?', '#', '..'),
        fc.nat(2),
        (segments, bad, at) => {
          const i = at % segments.length;
          const parts = segments.map((s, k) => (k === i ? (bad === '..' ? bad : `${s}${bad}`) : s));
          const base = `/${parts.join('/')}/`;
          expect(checkPortal({ ...portal, base }, text).map((p) => p.field)).toEqual(['base']);
        },
      ),
    );
  });

  it('names the environment variable when SITE_URL or BASE_PATH gave the bad value, and every problem at once', () => {
    const problems = checkPortal({ ...portal, site: 'example.org', base: '/a b/' }, text, { SITE_URL: 'example.org', BASE_PATH: 'a b' });
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['SITE_URL (biến môi trường / environment variable)', undefined, 'site'],
      ['BASE_PATH (biến môi trường / environment variable)', undefined, 'base'],
    ]);
  });

  it('assertPortal throws one message listing file:line, field, value and the fix in both languages', () => {
    const e = (() => {
      try {
        assertPortal({ ...portal, site: 'example.org' }, text);
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(PortalConfigError);
    const msg = (e as Error).message;
    expect(msg).toContain(`portal.config.ts:${lineOf('site')} — trường (field) site = "example.org"`);
    expect(msg).toContain('Cấu hình cổng thông tin sai (invalid portal configuration)');
    expect(msg).toContain('https://ten-mien.vn');
    expect(msg).toContain('https://domain.vn');
  });

  it('npm run check stops with exit 1 on a project whose portal.config.ts has a bad site address', () => {
    const p = projectWith();
    try {
      writeFileSync(
        join(p.root, 'portal.config.ts'),
        lines.map((l, i) => (i === lineOf('site') - 1 ? "  site: 'www.tinh.gov.vn'," : l)).join('\n'),
      );
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'SITE_URL' && k !== 'BASE_PATH'));
      const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'check.ts'), '--root', p.root], {
        encoding: 'utf8',
        env,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`portal.config.ts:${lineOf('site')} — trường (field) site = "www.tinh.gov.vn"`);
    } finally {
      p.cleanup();
    }
  });
});

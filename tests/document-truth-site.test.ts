/**
 * The built fixture site (the shared build, tests/global-setup.ts) says nothing about a document
 * that no source and no editor said: no legal status row or legal force where no file wrote a
 * status, and a document named only in another document's summary (96-KH/TU's summary names
 * 02-NQ/TU of 2016) is shown as such, never as a document citing it.
 */
import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { listFiles, readPage } from './site.ts';

const dist = inject('dist');

function jsonLd(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no JSON-LD on the page');
  return JSON.parse(m[1]!);
}

describe('document pages of the fixture site', () => {
  const pages = listFiles(join(dist, 'van-ban')).filter(
    (f) => /^[^/]+\/index\.html$/.test(f) && !f.startsWith('loai/') && !f.startsWith('nam/') && !f.startsWith('trang/'),
  );

  it('no document without a status shows a legal status, on the page or in its structured data', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      const html = readPage(dist, `van-ban/${p}`);
      expect(html, p).not.toContain('<th scope="row">Hiệu lực</th>');
      expect(html, p).not.toContain('Còn hiệu lực');
      expect(jsonLd(html), p).not.toHaveProperty('legislationLegalForce');
    }
  });

  it('a 2013 plan whose summary names the 2016 resolution is not listed as citing it, only as naming it in its summary', () => {
    const html = readPage(dist, 'van-ban/02-nq-tu-2016-ben-tre/index.html');
    expect(html).not.toContain('Văn bản khác nhắc đến văn bản này');
    const related = html.slice(html.indexOf('id="quan-he"'), html.indexOf('</section>', html.indexOf('id="quan-he"')));
    expect(related).not.toContain('96-KH/TU');
    const named = html.slice(html.indexOf('id="duoc-nhac"'));
    expect(html).toContain('<h2 id="duoc-nhac">Được nhắc trong phần giới thiệu của</h2>');
    expect(named.slice(0, named.indexOf('</section>'))).toContain('href="/van-ban/96-kh-tu-2013-tp-ben-tre/"');
  });

  it('a stated relation is still shown as one: 96-KH/TU carries out 01-ĐA/TU', () => {
    const html = readPage(dist, 'van-ban/01-da-tu-2012-ben-tre/index.html');
    const related = html.slice(html.indexOf('id="quan-he"'), html.indexOf('</section>', html.indexOf('id="quan-he"')));
    expect(related).toContain('Văn bản thực hiện văn bản này');
    expect(related).toContain('href="/van-ban/96-kh-tu-2013-tp-ben-tre/"');
  });
});

/**
 * Report and document pages of the fixture site, read from the build that every test of
 * `npm test` shares: photos as <figure> with their sources, related reading and share links, the
 * archive of reports, summaries and featured reports.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from './site.ts';

describe('the sample site', () => {
  const dist = inject('dist');
  const report = () => readPage(dist, 'hoi-nghi/so-ket-de-an-01-tp-ben-tre-2018/index.html');

  it('a report page shows its photo as <figure> with AVIF and WebP sources, width and height, caption and credit', () => {
    const html = report();
    const figure = html.match(/<figure class="article-image">[\s\S]*?<\/figure>/)?.[0] ?? '';
    expect(figure).toMatch(/<source srcset="[^"]*\.avif 480w[^"]*" type="image\/avif"/);
    expect(figure).toMatch(/<source srcset="[^"]*\.webp 480w[^"]*" type="image\/webp"/);
    expect(figure).toMatch(/<img [^>]*alt="Ảnh minh họa: [^"]+"[^>]*width="1600" height="1000"/);
    // The first image of a page is not lazy: it is usually in view at once.
    expect(figure).toMatch(/loading="eager"/);
    expect(figure).toMatch(
      /<figcaption><span class="caption">Ảnh minh họa[^<]*<\/span><span class="credit">Ảnh minh họa do ban biên tập tạo<\/span><\/figcaption>/,
    );
    // Every file named exists, and only resized copies are published, never the original upload.
    const urls = [...figure.matchAll(/\/_astro\/[^\s",]+/g)].map((m) => m[0]);
    for (const u of urls) expect(existsSync(join(dist, u))).toBe(true);
    expect(listFiles(join(dist, '_astro')).filter((f) => /^hoi-nghi-so-ket-2018\.[^_]+\.jpg$/.test(f))).toEqual([]);
  });

  it('report and document pages carry related reading, share links, the address to copy and the feedback address', () => {
    for (const page of ['hoi-nghi/so-ket-de-an-01-tp-ben-tre-2018/index.html', 'van-ban/34-kl-tw-2018/index.html']) {
      const html = readPage(dist, page);
      expect(html).toMatch(/<h2 id="tin-lien-quan">Tin liên quan<\/h2><ol>(<li>.*?<\/li>){1,5}<\/ol>/);
      expect(html).toContain('href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2F');
      expect(html).toContain('href="https://zalo.me/share?url=https%3A%2F%2Fexample.org%2F');
      expect(html).toMatch(/href="mailto:\?subject=[^"]+&amp;body=https%3A%2F%2Fexample.org%2F/);
      expect(html).toMatch(
        /<label for="dia-chi-trang">[^<]+<\/label><input id="dia-chi-trang" type="url" value="https:\/\/example\.org\/[^"]+" readonly>/,
      );
      expect(html).toMatch(/href="mailto:bientap@example\.org\?subject=%C3%9D%20ki%E1%BA%BFn%20b%E1%BA%A1n%20%C4%91%E1%BB%8Dc%3A%20/);
      expect(html).toContain('Trang không có mục bình luận');
      // No third-party script or image: only the site's own files are fetched.
      expect(html).not.toMatch(/<(script|img|source|iframe)[^>]+(src|srcset)="https?:/);
    }
  });

  it('the reports list links to an archive page per year and month; one page of reports needs no pager', () => {
    const list = readPage(dist, 'hoi-nghi/index.html');
    // The feature article on Sầm Sơn has no date a source gives: it is in the list, in no year.
    expect(list).toContain('href="/hoi-nghi/nhat-the-hoa-sam-son-2020/"');
    for (const y of ['2018', '2019', '2021']) expect(list).toContain(`href="/hoi-nghi/nam/${y}/"`);
    expect(list).not.toContain('aria-label="Phân trang"');
    expect(existsSync(join(dist, 'hoi-nghi/trang'))).toBe(false);
    const year = readPage(dist, 'hoi-nghi/nam/2021/index.html');
    expect(year).toContain('<h1>Hội nghị, báo cáo năm 2021</h1>');
    expect(year).toContain('href="/hoi-nghi/nam/2021/09/"');
    const month = readPage(dist, 'hoi-nghi/nam/2021/09/index.html');
    expect(month).toContain('<h1>Hội nghị, báo cáo tháng 9/2021</h1>');
    expect(month).toContain('href="/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/"');
    expect(month).toContain('href="/hoi-nghi/ban-chi-dao-to-chuc-co-so-dang-2021/"');
  });

  it('summary is the page description and featured reports lead the home page', () => {
    expect(report()).toMatch(/<meta name="description" content="Thành ủy Bến Tre sơ kết 6 năm thực hiện Đề án/);
    const home = readPage(dist, 'index.html');
    const featured = home.slice(home.indexOf('id="tin-noi-bat"'), home.indexOf('id="moi-nhat"'));
    expect(featured).toContain('href="/hoi-nghi/so-ket-de-an-01-tp-ben-tre-2018/"');
  });
});

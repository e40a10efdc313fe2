import { describe, expect, it } from 'vitest';
import { absoluteUrl, documentItem, feedCustomData, feedDate, reportItem, sortItems } from './feeds.ts';

const root = { site: 'https://example.org', base: '/' };
const sub = { site: 'https://example.org', base: '/portal/' };
const doc = {
  id: '34-kl-tw-2018',
  data: { number: '34-KL/TW', kind: 'ket-luan' as const, issuer: 'Bộ Chính trị', issued: '2018-08-07', title: 'Về thực hiện thí điểm' },
};
const report = {
  id: 'so-ket',
  data: { title: 'Sơ kết', held: '2021-09-23', published: '2021-09-24', organizer: 'Tỉnh ủy', summary: 'Tóm tắt.' },
};

describe('feeds', () => {
  it('feedDate("2021-09-24") is midnight in Vietnam written with its offset, the day never moved', () => {
    expect(feedDate('2021-09-24')).toBe('Fri, 24 Sep 2021 00:00:00 +0700');
    // The same instant as before, now read as Vietnam's day by any reader.
    expect(new Date(feedDate('2021-09-24')).toISOString()).toBe('2021-09-23T17:00:00.000Z');
    expect(feedDate('2020-02-29')).toBe('Sat, 29 Feb 2020 00:00:00 +0700');
    expect(feedDate('2021-01-01')).toBe('Fri, 01 Jan 2021 00:00:00 +0700');
    expect(() => feedDate('24/9/2021')).toThrow(/YYYY-MM-DD/);
  });

  it('absoluteUrl joins the site, the base path and the route', () => {
    expect(absoluteUrl(root, 'van-ban/')).toBe('https://example.org/van-ban/');
    expect(absoluteUrl(sub, 'van-ban/')).toBe('https://example.org/portal/van-ban/');
  });

  it('documentItem dates a document by its issue and describes it by its trích yếu', () => {
    const item = documentItem(doc, sub);
    expect(item).toMatchObject({
      title: 'Kết luận số 34-KL/TW của Bộ Chính trị',
      link: 'https://example.org/portal/van-ban/34-kl-tw-2018/',
    });
    expect(item.customData).toBe('<pubDate>Tue, 07 Aug 2018 00:00:00 +0700</pubDate>');
    expect(item.description).toBe('Về thực hiện thí điểm (ban hành ngày 7/8/2018).');
  });

  it('reportItem dates a report by its publication and uses its summary, else the organiser and day', () => {
    expect(reportItem(report, root)).toMatchObject({ link: 'https://example.org/hoi-nghi/so-ket/', description: 'Tóm tắt.' });
    expect(reportItem(report, root).customData).toBe('<pubDate>Fri, 24 Sep 2021 00:00:00 +0700</pubDate>');
    const bare = { ...report, data: { ...report.data, summary: undefined } };
    expect(reportItem(bare, root).description).toBe('Tỉnh ủy, ngày 23/9/2021.');
  });

  it('documentItem gives a month-only or unknown issue date no pubDate and says what is known', () => {
    const month = documentItem({ ...doc, data: { ...doc.data, issued: '2021-09' } }, root);
    expect(month.customData).toBeUndefined();
    expect(month.description).toBe('Về thực hiện thí điểm (ban hành tháng 9/2021).');
    const none = documentItem({ ...doc, data: { ...doc.data, issued: undefined } }, root);
    expect(none.customData).toBeUndefined();
    expect(none.description).toBe('Về thực hiện thí điểm (chưa rõ ngày ban hành).');
  });

  it('sortItems puts a month after its days and undated items last', () => {
    const at = (link: string, date: string | undefined) => ({ ...reportItem(report, root), link, date });
    const items = sortItems([at('u', undefined), at('m', '2021-09'), at('d', '2021-09-30'), at('y', '2021'), at('n', '2022-01-02')]);
    expect(items.map((i) => i.link)).toEqual(['n', 'd', 'm', 'y', 'u']);
    expect(items.every((i) => !('date' in i))).toBe(true);
  });

  it('sortItems puts the newest first and breaks ties by link', () => {
    const items = sortItems([
      documentItem(doc, root),
      reportItem(report, root),
      { ...reportItem(report, root), link: 'https://example.org/a/' },
    ]);
    expect(items.map((i) => i.link)).toEqual([
      'https://example.org/a/',
      'https://example.org/hoi-nghi/so-ket/',
      'https://example.org/van-ban/34-kl-tw-2018/',
    ]);
  });

  it('feedCustomData declares the language and the feed’s own absolute address', () => {
    expect(feedCustomData(sub, 'rss.xml')).toBe(
      '<language>vi</language><atom:link href="https://example.org/portal/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });
});

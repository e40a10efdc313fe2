/**
 * The built fixture site says what its sources say of their figures: "gần 80%" stays "gần 80%"
 * on the report's page and in the open data; "trên 5.120" stays the total of its chart, the
 * parts' sum beside it marked worked out; the period 2015/2020 reads "2015–2020" on the page and
 * is the JSON-LD coverage, and a single month is covered by itself, not "2020-03/2020-03".
 */
import { describe, expect, inject, it } from 'vitest';
import { readPage } from './site.ts';

const dist = inject('dist');
const jsonLd = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('figures on the built site', () => {
  it('the report page prints the source’s "gần 80%", never "khoảng 80%"', () => {
    const page = readPage(dist, 'hoi-nghi/nhat-the-hoa-sam-son-2020/index.html');
    expect(text(page)).toContain('gần 80%');
    expect(page).not.toContain('khoảng 80');
  });

  it('a chart whose whole is "trên 5.120" shows that total, and the parts’ 5.123 only marked worked out', () => {
    const page = text(readPage(dist, 'hoi-nghi/nhat-the-hoa-sam-son-2020/index.html'));
    expect(page).toContain('Tổng: trên 5.120');
    expect(page).toContain('Cộng các phần: 5.123 (tính ra)');
    expect(page).not.toMatch(/Tổng[^:]{0,80}: 5\.123/);
  });

  it('the period 2015/2020 reads 2015–2020 and is the indicator’s temporalCoverage; one month covers itself', () => {
    const training = readPage(dist, 'chi-tieu/luot-can-bo-dao-tao-boi-duong/index.html');
    expect(jsonLd(training).temporalCoverage).toBe('2015/2020');
    expect(text(training)).toContain('2015–2020');
    expect(jsonLd(readPage(dist, 'chi-tieu/bi-thu-xa-khong-phai-nguoi-dia-phuong/index.html')).temporalCoverage).toBe('2020-03');
  });

  it('the open data keeps the qualifier, the source’s word and the period', () => {
    const csv = readPage(dist, 'du-lieu/observations.csv');
    expect(csv).toContain(',2020-03,80,,nearly,gần 80%,');
    expect(csv).toContain(',2015/2020,5120,,over,trên 5.120,');
    const json = JSON.parse(readPage(dist, 'du-lieu/observations.json')) as {
      id: string;
      date: string;
      qualifier: string | null;
      printed: string | null;
    }[];
    expect(json.find((r) => r.id === 'sam-son-2020-bi-thu-khong-phai-nguoi-dia-phuong')).toMatchObject({
      qualifier: 'nearly',
      printed: 'gần 80%',
    });
    expect(json.find((r) => r.id === 'sam-son-2020-dao-tao-boi-duong-tong')).toMatchObject({
      date: '2015/2020',
      qualifier: 'over',
      printed: 'trên 5.120',
    });
  });
});

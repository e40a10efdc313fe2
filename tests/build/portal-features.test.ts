/**
 * What readers and editors get beyond the text: photos with caption and credit, related
 * reading, the archive by date and paginated lists, drafts and scheduled reports kept out of
 * every public output, the last-change date from git, share and feedback links without trackers.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProject } from '../../src/checks/engine.ts';
import { rankRelated, relatedIndex, type RelatedSource } from '../../src/site/model/related.ts';
import { readHistory } from '../../src/site/model/history.ts';
import { PAGE_SIZE } from '../../src/site/model/archive.ts';
import { validateCase } from '../helpers.ts';
import { buildSite, copyProject, listFiles, readPage, ROOT, SITE_FIXTURE } from '../site.ts';

const CONF = 'content/conferences/hoi-nghi-a.mdx';
const pick = ({ code, file, line, field, value }: { code: string; file: string; line?: number; field?: string; value?: string }) => ({
  code,
  file,
  line,
  field,
  value,
});

describe('report images: validation', () => {
  it('validateProject(root) accepts a report whose images exist and have alt text', () => {
    expect(validateCase('image-ok').issues).toEqual([]);
  });

  it('validateProject(root) reports an image without alt as `required`, at the line of that image, field images[1].alt', () => {
    expect(validateCase('image-missing-alt').issues.map(pick)).toEqual([
      { code: 'required', file: CONF, line: 15, field: 'images[1].alt', value: undefined },
    ]);
  });

  it('validateProject(root) reports a missing image file as `foreign-key`, at the line of its src, field images[1].src', () => {
    const issues = validateCase('image-missing-file').issues;
    expect(issues.map(pick)).toEqual([{ code: 'foreign-key', file: CONF, line: 22, field: 'images[1].src', value: './anh/khong-co.jpg' }]);
    expect(issues[0]!.expected).toContain('content/conferences/anh/khong-co.jpg');
  });
});

describe('related reading on the sample content', () => {
  it('rankRelated ranks first the report on the same city that reviews the same resolution', () => {
    const { corpus, mentions } = validateProject(SITE_FIXTURE);
    const units = new Map(corpus.units.map((u) => [u.data.id, u.data]));
    const indicators = new Map(corpus.indicators.map((i) => [i.data.id, i.data]));
    const cites = (key: string) => (mentions.get(key) ?? []).map((m) => m.id).filter((x): x is string => !!x);
    const s: RelatedSource = {
      documents: corpus.documents.map((d) => ({ id: d.id, data: { ...d.data, cites: cites(`documents/${d.id}`) } })),
      conferences: corpus.conferences.map((c) => ({ id: c.id, data: { ...c.data, cites: cites(`conferences/${c.id}`) } })),
      figures: corpus.observations.map((o) => ({
        conference: o.data.conference,
        indicator: o.data.indicator,
        indicatorData: indicators.get(o.data.indicator)!,
      })),
      units: [...units.values()],
      ancestors(id) {
        const out = [];
        for (let u = units.get(id); u; u = u.parent ? units.get(u.parent) : undefined) out.push(u);
        return out;
      },
    };
    const { facts, line } = relatedIndex(s);
    const page = facts.find((f) => f.id === 'so-ket-de-an-01-tp-ben-tre-2018')!;
    const ranked = rankRelated(page, facts, line);
    expect(ranked.length).toBeLessThanOrEqual(5);
    const survey = ranked.find((m) => m.facts.id === 'khao-sat-tp-ben-tre-2019')!;
    // Both concern Thành phố Bến Tre and both review Nghị quyết 02-NQ/TU (2016) of the province.
    expect(survey.reasons).toEqual(expect.arrayContaining(['document', 'unit']));
    expect(ranked.map((m) => m.facts.id)).not.toContain('so-ket-de-an-01-tp-ben-tre-2018');
    expect(rankRelated(page, [...facts].reverse(), line)).toEqual(ranked);
  });
});

const report = (id: string, fields: Record<string, string>, body = 'Bài thử nghiệm.') =>
  writeFileSync(
    join(ROOT_COPY.root, 'content/conferences', `${id}.mdx`),
    `---\n${Object.entries({ kind: 'hoi-nghi', unit: 'ben-tre', organizer: 'Tỉnh ủy Bến Tre', ...fields })
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')}\nsource:\n  publisher: Báo thử nghiệm\n---\n\n${body}\n`,
  );
const ROOT_COPY = { root: '' };
const GENERATED = 45;

/** Every file of a build as text; Pagefind's fragments are gzip, unpacked to be searched too. */
function allText(dist: string): { file: string; text: string }[] {
  return listFiles(dist)
    .filter((f) => /\.(html|xml|csv|json|txt|pf_fragment)$/.test(f))
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      return { file, text: (file.endsWith('.pf_fragment') ? gunzipSync(bytes) : bytes).toString('utf8') };
    });
}

describe('a copy of the project with 45 more reports, a draft and a scheduled report', () => {
  let pub = '';
  let preview = '';
  beforeAll(() => {
    ROOT_COPY.root = copyProject();
    for (let i = 1; i <= GENERATED; i++) {
      const day = String((i % 27) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      report(`hoi-nghi-thu-${i}`, {
        title: `"Hội nghị thử số ${i}"`,
        held: `2022-${month}-${day}`,
        published: `2022-${month}-${day}`,
        summary: `"Tóm tắt hội nghị thử số ${i}."`,
      });
    }
    report(
      'ban-nhap-zqx',
      { title: 'Bản nháp zqxnhap', held: '2022-05-05', published: '2022-05-06', draft: 'true', observations: '[zqx-nhap-so-lieu]' },
      'Nội dung nháp zqxnhap.',
    );
    report('hen-gio-zqx', { title: 'Bài hẹn giờ zqxhengio', held: '2022-05-05', published: '2099-01-01' }, 'Nội dung hẹn giờ zqxhengio.');
    appendFileSync(
      join(ROOT_COPY.root, 'data/observations.csv'),
      'zqx-nhap-so-lieu,mo-hinh-kiem-nhiem,ben-tre,2022-05-05,987654,,,987654,,,ban-nhap-zqx,zqxnhap\n',
    );
    expect(validateProject(ROOT_COPY.root).issues.filter((i) => i.severity === 'error')).toEqual([]);
    pub = buildSite({ name: 'portal-features', root: ROOT_COPY.root });
    preview = buildSite({ name: 'portal-features-preview', root: ROOT_COPY.root, env: { PREVIEW_DRAFTS: '1' } });
  }, 600_000);
  afterAll(() => {
    if (ROOT_COPY.root) rmSync(ROOT_COPY.root, { recursive: true, force: true });
  });

  it('the public build has no trace of the draft or the scheduled report: pages, search, feeds, sitemap, open data, home', () => {
    const files = allText(pub);
    expect(files.some((f) => f.file.startsWith('pagefind/fragment/'))).toBe(true);
    for (const f of ['rss.xml', 'hoi-nghi/rss.xml', 'sitemap-0.xml', 'index.html', 'du-lieu/observations.csv'])
      expect(files.some((x) => x.file === f)).toBe(true);
    const leaks = files.filter((f) => /zqxnhap|zqxhengio|ban-nhap-zqx|hen-gio-zqx|zqx-nhap-so-lieu|987654/.test(f.text)).map((f) => f.file);
    expect(leaks).toEqual([]);
    expect(existsSync(join(pub, 'hoi-nghi/ban-nhap-zqx'))).toBe(false);
    expect(existsSync(join(pub, 'hoi-nghi/hen-gio-zqx'))).toBe(false);
  });

  it('with PREVIEW_DRAFTS=1 both are built, listed and searchable, for review before approval', () => {
    expect(existsSync(join(preview, 'hoi-nghi/ban-nhap-zqx/index.html'))).toBe(true);
    expect(existsSync(join(preview, 'hoi-nghi/hen-gio-zqx/index.html'))).toBe(true);
    const fragments = allText(preview).filter((f) => f.file.startsWith('pagefind/fragment/'));
    expect(fragments.some((f) => f.text.includes('zqxnhap'))).toBe(true);
    expect(readPage(preview, 'du-lieu/observations.csv')).toContain('zqx-nhap-so-lieu');
  });

  it('the list is cut into pages of PAGE_SIZE at stable addresses, newest first, each report on exactly one page', () => {
    const total = 5 + GENERATED;
    const pages = Math.ceil(total / PAGE_SIZE);
    const paths = ['hoi-nghi/index.html', ...Array.from({ length: pages - 1 }, (_, i) => `hoi-nghi/trang/${i + 2}/index.html`)];
    expect(existsSync(join(pub, 'hoi-nghi/trang/1'))).toBe(false);
    expect(existsSync(join(pub, `hoi-nghi/trang/${pages + 1}`))).toBe(false);
    const ids = paths.map((p) => [...readPage(pub, p).matchAll(/<h2><a href="\/hoi-nghi\/([a-z0-9-]+)\/">/g)].map((m) => m[1]!));
    expect(ids.map((x) => x.length)).toEqual(Array.from({ length: pages }, (_, i) => Math.min(PAGE_SIZE, total - i * PAGE_SIZE)));
    expect(new Set(ids.flat()).size).toBe(total);
    const second = readPage(pub, 'hoi-nghi/trang/2/index.html');
    expect(second).toContain('<a href="/hoi-nghi/" rel="prev">');
    expect(second).toContain('<a href="/hoi-nghi/trang/3/" rel="next">');
    expect(second).toContain('<span aria-current="page">Trang 2</span>');
    expect(second).toMatch(/<title>Hội nghị, báo cáo — trang 2\/3 \|/);
  });

  it('year and month pages hold exactly the reports of their period', () => {
    const months = readdirSync(join(pub, 'hoi-nghi/nam/2022')).filter((m) => /^\d{2}$/.test(m));
    expect(months.length).toBe(12);
    const may = readPage(pub, 'hoi-nghi/nam/2022/05/index.html');
    const ids = [...may.matchAll(/<h2><a href="\/hoi-nghi\/([a-z0-9-]+)\/">/g)].map((m) => m[1]);
    // i % 12 + 1 = 5 for i = 4, 16, 28, 40; the draft and the scheduled report held in May are not public.
    expect(ids.sort()).toEqual(['hoi-nghi-thu-16', 'hoi-nghi-thu-28', 'hoi-nghi-thu-4', 'hoi-nghi-thu-40']);
  });

  it('outside a git checkout a page shows no last-change date', () => {
    expect(readPage(pub, 'hoi-nghi/hoi-nghi-thu-1/index.html')).not.toContain('cập nhật lần cuối');
  });
});

describe('last change from git', () => {
  const git = (cwd: string, args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=Biên tập', '-c', 'user.email=bt@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });

  it('readHistory(clone) gives each file the date of its last commit, in a fresh `git clone`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lich-su-'));
    try {
      const origin = join(dir, 'goc');
      mkdirSync(join(origin, 'content/conferences'), { recursive: true });
      git(origin, ['init', '-q']);
      writeFileSync(join(origin, 'content/conferences/a.mdx'), 'một\n');
      writeFileSync(join(origin, 'content/conferences/bé.mdx'), 'hai\n');
      git(origin, ['add', '.']);
      git(origin, ['commit', '-q', '-m', 'một'], '2021-09-24T10:00:00+07:00');
      writeFileSync(join(origin, 'content/conferences/a.mdx'), 'một, sửa\n');
      git(origin, ['commit', '-q', '-am', 'sửa'], '2022-01-02T06:30:00+07:00');
      const clone = join(dir, 'ban-sao');
      execFileSync('git', ['clone', '-q', origin, clone]);
      writeFileSync(join(clone, 'content/conferences/moi.mdx'), 'chưa commit\n');
      const dates = readHistory(clone);
      // 06:30 in Vietnam is still the day before in UTC: the commit's own day is kept.
      expect(dates.get('content/conferences/a.mdx')).toBe('2022-01-02');
      expect(dates.get('content/conferences/bé.mdx')).toBe('2021-09-24');
      expect(dates.has('content/conferences/moi.mdx')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(existsSync(join(ROOT, '.git')))('readHistory(clone of this project) agrees with `git log -1` for a content file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lich-su-du-an-'));
    try {
      execFileSync('git', ['clone', '-q', ROOT, dir]);
      // Whatever content the portal holds: its first tracked file, not one of the sample's names.
      const file = execFileSync('git', ['ls-files', '--', 'content', 'data'], { cwd: dir, encoding: 'utf8' }).split('\n')[0]!;
      expect(file).toMatch(/^(content|data)\//);
      const expected = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { cwd: dir, encoding: 'utf8' }).trim();
      expect(readHistory(dir).get(file)).toBe(expected || undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

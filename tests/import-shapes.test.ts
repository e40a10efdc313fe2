/**
 * Every real article gives a draft, and its figures are read in every usual phrasing. The
 * sentences are written for these tests (tests/fixtures/import/shapes/shapes.json: one list per
 * shape of figure, each with the figures a reader finds in it); recall (value, total, qualifier)
 * is measured per shape, with the rate printed beside a ratio, the subset after "trong đó", the
 * period, the target and the change. The articles without a headline, the datelines, the
 * document numbers and the prose check that shares the reading run on the real command or the
 * real check.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readFigures } from '../src/extract/figures.ts';
import { analyseFigures } from '../src/import/analyse.ts';
import { validateProject } from '../src/checks/engine.ts';
import { docxParts, documentOf, wpara } from './docx.ts';
import { FIXTURES, importCommand } from './helpers.ts';

type Case = {
  text: string;
  expected: [number, (number | null)?, string?][];
  rates?: string[];
  subset?: [number, number][];
  period?: string;
  target?: boolean;
  change?: string;
  flag?: boolean;
};
const SHAPES = JSON.parse(readFileSync(join(FIXTURES, 'import', 'shapes', 'shapes.json'), 'utf8')) as Record<string, Case[] | string>;
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const same = (f: { value: number; total?: number; qualifier?: string }, [v, t, q]: Case['expected'][number]) =>
  f.value === v && (f.total ?? null) === (t ?? null) && (f.qualifier ?? null) === (q ?? null);

describe('figures in every usual phrasing', () => {
  const recall: Record<string, string> = {};
  for (const [shape, cases] of Object.entries(SHAPES)) {
    if (typeof cases === 'string') continue;
    it(`${shape}: recall ≥ 90 % (value, total, qualifier), nothing extra, each figure's rate, subset, period, target or change`, () => {
      let found = 0;
      let all = 0;
      for (const c of cases) {
        const figs = readFigures(c.text).filter((f) => f.role !== 'excess');
        all += c.expected.length;
        found += c.expected.filter((e) => figs.some((f) => same(f, e))).length;
        expect(
          figs.filter((f) => !c.expected.some((e) => same(f, e))),
          c.text,
        ).toEqual([]);
        expect(
          figs.flatMap((f) => (f.rate ? [f.rate.printed] : [])),
          c.text,
        ).toEqual(c.rates ?? []);
        for (const [part, whole] of c.subset ?? []) expect(figs[part]!.subsetOf, c.text).toBe(whole);
        if (c.period)
          expect(
            figs.map((f) => f.period),
            c.text,
          ).toEqual(figs.map(() => c.period));
        if (c.target)
          expect(
            figs.map((f) => f.role),
            c.text,
          ).toEqual(['target']);
        if (c.change)
          expect(
            figs.map((f) => f.change),
            c.text,
          ).toEqual([c.change]);
        // The rate printed beside a ratio is checked: the one whose rate disagrees is flagged.
        const analysis = analyseFigures(c.text, { file: 'x.mdx', bodyLine: 1, slug: 'x', unit: 'u', date: '2021', indicators: [] });
        expect(
          analysis.findings.some((i) => i.code === 'printed-mismatch'),
          c.text,
        ).toBe(c.flag === true);
      }
      recall[shape] = `${found}/${all}`;
      expect(found / all).toBeGreaterThanOrEqual(0.9);
    });
  }
  afterAll(() => {
    process.stdout.write(`recall per shape: ${JSON.stringify(recall)}\n`);
  });
});

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'nhap-dang-'));
  cpSync(join(FIXTURES, 'import', 'project'), root, { recursive: true });
  roots.push(root);
  return root;
}

async function importFile(name: string, content: string | Buffer) {
  const root = project();
  mkdirSync(join(root, 'nguon'));
  writeFileSync(join(root, 'nguon', name), content);
  const r = await importCommand([join(root, 'nguon', name), '--json', '--root', root]);
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as {
    draft: string;
    published: string;
    held?: string;
    title?: null;
    titleSuggestion?: string;
    documents: { number: string }[];
  };
  const draft = readFileSync(join(root, out.draft), 'utf8');
  const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(draft)![1]!) as Record<string, unknown> & { source: { publisher: string } };
  return { root, out, draft, front };
}

const LEAD =
  'Thời gian qua, Huyện ủy Long Phú đã lãnh đạo thực hiện mô hình bí thư chi bộ kiêm trưởng ấp; đến nay có 38 trong tổng số 45 ấp thực hiện mô hình (chiếm 84,4%).';
const BODY = 'Hội nghị thống nhất tiếp tục nhân rộng mô hình trong thời gian tới, bảo đảm đúng quy định của Đảng.';

describe('an article without a headline still gives a draft', () => {
  it('plain text opening with the publisher in brackets: empty title the check warns on (and refuses once published), the lead as a suggestion, the publisher from the bracket', async () => {
    const { root, out, draft, front } = await importFile('khong-tieu-de.txt', `(Báo Long Phú) - ${LEAD}\n${BODY}\n`);
    expect(front.title).toBe('');
    expect(front.source.publisher).toBe('Báo Long Phú');
    expect(out.titleSuggestion).toMatch(/^Thời gian qua, Huyện ủy Long Phú/);
    expect(draft).toMatch(/^# Gợi ý \(câu mở đầu của bài, không phải tiêu đề của nguồn\): Thời gian qua/m);
    expect(out.draft).toMatch(/^content\/conferences\/bai-nhap-thoi-gian-qua-huyen-uy-long-phu/);
    const issues = validateProject(root).issues.filter((i) => i.file === out.draft);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.find((i) => i.field === 'title')).toMatchObject({ code: 'required', severity: 'warning' });
    // Published: the empty title is refused.
    writeFileSync(join(root, out.draft), draft.replace('draft: true\n', ''));
    expect(validateProject(root).issues.find((i) => i.file === out.draft && i.field === 'title')).toMatchObject({
      code: 'required',
      severity: 'error',
    });
  });

  it("a page whose only heading is the portal's name, its headline in a <div>", async () => {
    const html = `<html><head><title>Cổng thông tin điện tử huyện Long Phú</title></head><body><h1>Cổng thông tin điện tử huyện Long Phú</h1><div class="tieu-de">Long Phú nhân rộng mô hình bí thư chi bộ kiêm trưởng ấp</div><div>${LEAD}</div><div>${BODY}</div></body></html>`;
    const { front, draft } = await importFile('trang.html', html);
    expect(front.title).toBe('Long Phú nhân rộng mô hình bí thư chi bộ kiêm trưởng ấp');
    expect(draft).not.toContain('Cổng thông tin điện tử');
  });

  it("a capture opening with the site's slogan in quotes, then a long headline ending in a full stop, then the lead", async () => {
    const headline =
      'Đoàn công tác của Thường trực Huyện ủy Long Phú làm việc với các chi bộ ấp về thực hiện mô hình bí thư chi bộ kiêm trưởng ấp trên địa bàn các xã vùng ven sông.';
    const { front, draft } = await importFile(
      'khau-hieu.txt',
      `"Đoàn kết, kỷ cương, đổi mới vì một Long Phú phát triển"
Chủ nhật, 14 Tháng 3, 2021 - 09:30
${headline}
Sáng ngày 12/3/2021, ${LEAD.slice(0, 1).toLowerCase()}${LEAD.slice(1)}
${BODY}
`,
    );
    expect(front.title).toBe(headline);
    expect(front.published).toBe('2021-03-14');
    expect(draft).not.toContain('Đoàn kết, kỷ cương');
  });

  it('a text of one short paragraph is a body, not a headline: it still gives a draft', async () => {
    const { front, draft } = await importFile('mot-doan.txt', 'Huyện ủy Long Phú đã kiện toàn 12 chi bộ ấp trong quý I.\n');
    expect(front.title).toBe('');
    expect(draft).toMatch(/\nHuyện ủy Long Phú đã kiện toàn 12 chi bộ ấp trong quý I\.\n$/);
  });

  it('a Word file without a Heading style: its first short line is the headline', async () => {
    const file = docxParts({
      'word/document.xml': documentOf(wpara('Long Phú nhân rộng mô hình bí thư chi bộ kiêm trưởng ấp') + wpara(LEAD) + wpara(BODY)),
    });
    const { front } = await importFile('bao-cao.docx', file);
    expect(front.title).toBe('Long Phú nhân rộng mô hình bí thư chi bộ kiêm trưởng ấp');
  });
});

describe('dates and document numbers', () => {
  it('a dateline with weekday and time is the publication date; an article naming no event date gets no held', async () => {
    const { root, out, front } = await importFile(
      'ngay.txt',
      `Long Phú nhân rộng mô hình bí thư chi bộ kiêm trưởng ấp\nTHỨ HAI, 02/3/2020 08:15\n${LEAD}\n${BODY}\n`,
    );
    expect(out.published).toBe('2020-03-02');
    expect(out.held).toBeUndefined();
    expect(front.held).toBeUndefined();
    expect(validateProject(root).issues.filter((i) => i.file === out.draft && i.severity === 'error')).toEqual([]);
  });

  it('finds a CTHĐ and a state-style number with its year', async () => {
    const { out } = await importFile(
      'van-ban.txt',
      `Long Phú triển khai chương trình hành động\n${LEAD} Thực hiện Chương trình hành động số 15-CTHĐ/TU ngày 3/5/2021 của Ban Thường vụ Tỉnh ủy và Nghị quyết số 15/2020/NQ-HĐND của HĐND tỉnh.\n${BODY}\n`,
    );
    expect(out.documents.map((d) => d.number)).toEqual(['15-CTHĐ/TU', '15/2020/NQ-HĐND']);
  });
});

describe('the prose check reads a ratio the way the import does', () => {
  const write = (root: string, row: string) => {
    writeFileSync(
      join(root, 'content', 'conferences', 'long-phu-so-ket.mdx'),
      `---\ntitle: "Long Phú sơ kết"\nkind: so-ket\nheld: 2021-09-23\npublished: 2021-09-24\nunit: tp-long-phu\norganizer: "Thành ủy Long Phú"\nsource:\n  publisher: "Báo Long Phú"\nobservations: [lp-01]\n---\n\nToàn thành phố có 14 trong tổng số 15 xã, phường có bí thư đảng ủy kiêm chủ tịch HĐND (chiếm 93,3%).\n`,
    );
    const obs = join(root, 'data', 'observations.csv');
    writeFileSync(obs, `${readFileSync(obs, 'utf8').trimEnd()}\n${row}\n`);
    return validateProject(root).issues.filter((i) => i.code.startsWith('text-figure-'));
  };
  it('"có X trong tổng số Y … (chiếm Z%)" with the row X/Y: nothing unrecorded', () => {
    expect(write(project(), 'lp-01,bi-thu-kiem-chu-tich-hdnd-xa,tp-long-phu,2021-09-23,14,15,,"93,3%",,,long-phu-so-ket,')).toEqual([]);
  });
  it('with a row that says otherwise: the mismatch is found', () => {
    expect(
      write(project(), 'lp-01,bi-thu-kiem-chu-tich-hdnd-xa,tp-long-phu,2021-09-23,13,15,,"86,7%",,,long-phu-so-ket,').map((i) => i.code),
    ).toEqual(['text-figure-mismatch']);
  });
});

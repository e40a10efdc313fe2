/**
 * Nothing on a document page that no source and no editor said, as plain functions and as the
 * check sees the fixture projects: no legal status unless an editor wrote one (with its source);
 * a document named in an editor's summary is not a citation; a stated relation the dates rule
 * out is a finding; a draft report without `held` passes with a warning.
 */
import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../src/checks/engine.ts';
import { documentSchema } from '../src/schemas/document.ts';
import { documentRelations } from '../src/domain/documents.ts';
import { LEGAL_FORCE, sourceView, statusView } from '../src/site/views/document-source.ts';
import { documentJsonLd } from '../src/site/views/json-ld.ts';
import { catalogueEntry } from '../src/core/issues.ts';
import { mentionLists } from '../src/articles/article.ts';
import { validateWith } from './helpers.ts';

const errors = (r: ValidationResult) => r.issues.filter((i) => i.severity === 'error');
/** The minimal project's resolution, 01-NQ/TU, issued 2020-04-12. */
const NQ = '01-nq-tu-2020-tinh-a';
const PLAN = 'content/documents/05-kh-tu-tinh-a.mdx';
const CONF = 'content/conferences/hoi-nghi-a.mdx';

function plan(issued: string, extra: string[] = []): string {
  return [
    '---',
    'number: "05-KH/TU"',
    'kind: ke-hoach',
    'issuer: Ban Thường vụ Tỉnh ủy A',
    'unit: tinh-a',
    `issued: ${issued}`,
    'title: Kế hoạch thực hiện',
    ...extra,
    '---',
    '',
    'Tóm tắt của biên tập viên.',
    '',
  ].join('\n');
}

const base = {
  number: '01-NQ/TU',
  kind: 'nghi-quyet',
  issuer: 'Tỉnh ủy A',
  unit: 'tinh-a',
  issued: '2020-04-12',
  title: 'Về xây dựng Đảng',
};
const gazette = sourceView({ type: 'gazette', publisher: 'Công báo tỉnh A' }, () => undefined, 'https://example.org', '/');

describe('legal status: only what an editor wrote, with its source', () => {
  it('a document without status has none: no row text, no legal force in its JSON-LD', () => {
    const d = documentSchema.parse(base);
    expect(d.status).toBeUndefined();
    expect(statusView(d.status, gazette)).toBeUndefined();
    const ld = documentJsonLd(d, {
      name: 'Nghị quyết số 01-NQ/TU',
      kind: 'Nghị quyết',
      url: 'https://example.org/van-ban/a/',
      source: gazette,
    });
    expect(ld).not.toHaveProperty('legislationLegalForce');
  });

  it('a written status is shown with its source; superseded is NotInForce, never PartiallyInForce', () => {
    expect(statusView('superseded', gazette)).toEqual({
      text: 'Đã được thay thế (theo công báo: Công báo tỉnh A)',
      jsonLd: { legislationLegalForce: 'https://schema.org/NotInForce' },
    });
    expect(statusView('in-force', undefined)!.jsonLd.legislationLegalForce).toBe('https://schema.org/InForce');
    expect(Object.values(LEGAL_FORCE)).not.toContain('https://schema.org/PartiallyInForce');
    const ld = documentJsonLd({ ...base, status: 'expired' }, { name: 'N', kind: 'Nghị quyết', url: 'u', source: gazette });
    expect(ld.legislationLegalForce).toBe('https://schema.org/NotInForce');
  });

  it('a status without a source is a finding at the status line; with a source it passes', () => {
    const r = validateWith({ [PLAN]: plan('2021-05-04', ['status: superseded']) });
    expect(errors(r)).toEqual([expect.objectContaining({ code: 'required', file: PLAN, line: 8, field: 'source', value: 'superseded' })]);
    const ok = validateWith({
      [PLAN]: plan('2021-05-04', ['status: superseded', 'source:', '  type: gazette', '  publisher: Công báo tỉnh A']),
    });
    expect(errors(ok)).toEqual([]);
  });
});

describe('relations between documents come only from stated fields', () => {
  const docs = [
    { id: 'kh-2013', data: { implements: ['da-2012'], cites: ['nq-2016', 'da-2012'] } },
    { id: 'nq-2016', data: {} },
    { id: 'da-2012', data: {} },
  ];
  const r = documentRelations(docs);

  it('a document named in another’s summary is a link from that page, not a citation or a relation', () => {
    expect(r.namedInSummaryOf.get('nq-2016')!.map((d) => d.id)).toEqual(['kh-2013']);
    expect(r.implementedBy.get('nq-2016')).toBeUndefined();
    expect(r.supersededBy.get('nq-2016')).toBeUndefined();
  });

  it('a stated relation is listed under the relation, once, and never again as a summary mention', () => {
    expect(r.implementedBy.get('da-2012')!.map((d) => d.id)).toEqual(['kh-2013']);
    expect(r.namedInSummaryOf.get('da-2012')).toBeUndefined();
  });
});

describe('a stated relation the dates rule out is a finding', () => {
  it('a plan of 2019 carrying out a resolution of 12/4/2020 is relation-dates at the line of implements', () => {
    const r = validateWith({ [PLAN]: plan('2019-03-01', [`implements: [${NQ}]`]) });
    expect(errors(r)).toEqual([
      expect.objectContaining({ code: 'relation-dates', file: PLAN, line: 8, field: 'implements[0]', value: NQ }),
    ]);
    const issue = errors(r)[0]!;
    expect(issue.message.vi).toContain('01-NQ/TU');
    expect(issue.message.en).toContain('01-NQ/TU');
    expect(issue.hint).toEqual(catalogueEntry('relation-dates').hint);
  });

  it('partial and unknown dates are intervals: only a relation no day of them allows is reported', () => {
    // "2020" may be any day of 2020, so also after 12/4/2020; "2020-03" is wholly before it.
    expect(errors(validateWith({ [PLAN]: plan('2020', [`implements: [${NQ}]`]) }))).toEqual([]);
    expect(errors(validateWith({ [PLAN]: plan('unknown', [`implements: [${NQ}]`]) }))).toEqual([]);
    expect(errors(validateWith({ [PLAN]: plan('2020-04-12', [`implements: [${NQ}]`]) }))).toEqual([]);
    expect(errors(validateWith({ [PLAN]: plan('2020-03', [`implements: [${NQ}]`]) })).map((i) => i.code)).toEqual(['relation-dates']);
  });

  it('a document cannot replace one issued after it', () => {
    const r = validateWith({ [PLAN]: plan('2019', [`supersedes: [${NQ}]`]) });
    expect(errors(r)).toEqual([expect.objectContaining({ code: 'relation-dates', line: 8, field: 'supersedes[0]' })]);
  });

  it('a report cannot review a document issued after its event', () => {
    const conf = [
      '---',
      'title: Sơ kết',
      'kind: so-ket',
      'held: 2019-09-23',
      'published: 2019-09-24',
      'unit: tinh-a',
      'organizer: Ban A',
      `documents: [${NQ}]`,
      'source:',
      '  publisher: Báo A',
      '---',
      '',
      'Sơ kết.',
      '',
    ].join('\n');
    const r = validateWith({ [CONF]: conf });
    expect(errors(r)).toEqual([expect.objectContaining({ code: 'relation-dates', file: CONF, line: 8, field: 'documents[0]', value: NQ })]);
  });

  it('an editor’s summary naming a later document is no relation and no finding', () => {
    const text = plan('2019-03-01').replace(
      'Tóm tắt của biên tập viên.',
      'Kế hoạch này được đánh giá cùng Nghị quyết số 01-NQ/TU ngày 12/4/2020 của Tỉnh ủy A.',
    );
    const r = validateWith({ [PLAN]: text });
    expect(errors(r)).toEqual([]);
    expect(r.mentions.get('documents/05-kh-tu-tinh-a')?.map((m) => m.id)).toEqual([NQ]);
  });
});

describe('a draft report: one rule for every required field', () => {
  it('an event kind without held passes the check as a draft, with a warning at the line of kind', () => {
    const conf = [
      '---',
      'title: Sơ kết',
      'kind: so-ket',
      'published: 2021-09-24',
      'unit: tinh-a',
      'source:',
      '  publisher: Báo A',
      'draft: true',
      '---',
      '',
      'Sơ kết.',
      '',
    ].join('\n');
    const r = validateWith({ [CONF]: conf });
    expect(errors(r)).toEqual([]);
    expect(r.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'required', file: CONF, line: 3, field: 'held', severity: 'warning' }),
        expect.objectContaining({ code: 'required', file: CONF, line: 3, field: 'organizer', severity: 'warning' }),
      ]),
    );
    expect(r.issues.find((i) => i.field === 'held')!.message.vi).toContain('bản nháp');
    // Published, the same file fails.
    const published = validateWith({ [CONF]: conf.replace('draft: true\n', '') });
    expect(
      errors(published)
        .map((i) => i.field)
        .sort(),
    ).toEqual(['held', 'organizer']);
  });
});

describe('an editor’s note in a report is not the report citing', () => {
  it('a document named inside <Callout> is kept as commentary: linked from the page, not a citation', () => {
    const conf = [
      '---',
      'title: Sơ kết',
      'kind: so-ket',
      'held: 2021-09-23',
      'published: 2021-09-24',
      'unit: tinh-a',
      'organizer: Ban A',
      'source:',
      '  publisher: Báo A',
      '---',
      '',
      'Hội nghị sơ kết.',
      '',
      '<Callout type="note">Xem thêm Nghị quyết số 01-NQ/TU ngày 12/4/2020.</Callout>',
      '',
      '<Callout type="note"><DocRef id="01-nq-tu-2020-tinh-a">nghị quyết</DocRef></Callout>',
      '',
    ].join('\n');
    const r = validateWith({ [CONF]: conf });
    expect(errors(r)).toEqual([]);
    const mentions = r.mentions.get('conferences/hoi-nghi-a')!;
    expect(mentions.map((m) => [m.id, m.commentary])).toEqual([
      [NQ, true],
      [NQ, true],
    ]);
    expect(mentionLists(mentions)).toEqual({ cites: [], named: [NQ] });
  });

  it('a mention in the report’s own text stays a citation, even when a note names the same document', () => {
    const conf = [
      '---',
      'title: Sơ kết',
      'kind: so-ket',
      'held: 2021-09-23',
      'published: 2021-09-24',
      'unit: tinh-a',
      'organizer: Ban A',
      'source:',
      '  publisher: Báo A',
      '---',
      '',
      'Hội nghị sơ kết việc thực hiện Nghị quyết số 01-NQ/TU.',
      '',
      '<Callout type="note">Nghị quyết số 01-NQ/TU ngày 12/4/2020.</Callout>',
      '',
    ].join('\n');
    const mentions = validateWith({ [CONF]: conf }).mentions.get('conferences/hoi-nghi-a')!;
    expect(mentionLists(mentions)).toEqual({ cites: [NQ] });
    // On the very line of an inline note, the text before the note is the report's.
    const inline = conf.replace(
      'Hội nghị sơ kết việc thực hiện Nghị quyết số 01-NQ/TU.\n\n<Callout type="note">Nghị quyết số 01-NQ/TU ngày 12/4/2020.</Callout>',
      'Sơ kết Nghị quyết số 01-NQ/TU. <Callout type="note">Ghi chú.</Callout>',
    );
    expect(inline).toContain('<Callout type="note">Ghi chú.</Callout>');
    expect(
      validateWith({ [CONF]: inline })
        .mentions.get('conferences/hoi-nghi-a')!
        .map((m) => m.commentary),
    ).toEqual([undefined]);
  });

  it('a document’s note counts with its summary: named there, never a relation', () => {
    const r = documentRelations([{ id: 'kh', data: { named: ['nq'] } }]);
    expect(r.namedInSummaryOf.get('nq')!.map((d) => d.id)).toEqual(['kh']);
  });
});

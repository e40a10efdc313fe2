/**
 * The rules of the amended contract that data written to the old one can break: a qualifier
 * that is not the source's word (`about` for "gần 80%"), a period recorded as one month, a
 * worked-out field named in `derived` that is empty. `npm run check` reports each with its file,
 * row and why; a finding whose conversion is safe (the qualifier read from `printed`, the period
 * read from the row's own note) carries the new cell, which `npm run check -- --fix` writes.
 */
import { makeIssue, type Issue } from '../core/issues.ts';
import { isPartialDate, isPeriodText } from '../core/partial-date.ts';
import { leadingQualifier, QUALIFIER_WORDS } from '../core/qualifiers.ts';
import { PATHS } from '../schemas/files.ts';
import type { Corpus } from '../corpus/corpus.ts';

/** "Từ năm 2015 đến đầu năm 2020", "từ 2016 đến năm 2019": a period of years a note states. */
const NOTE_PERIOD = /từ\s+(?:năm\s+)?(\d{4})\s+(?:đến|tới)\s+(?:(?:đầu|giữa|cuối|hết)\s+)?(?:năm\s+)?(\d{4})/iu;

/** The findings of the amended rules on a corpus; each safe conversion carries its `fix`. */
export function checkUpgrade(c: Corpus): Issue[] {
  const issues: Issue[] = [];
  const file = PATHS.observations;
  for (const { row, data: o } of c.observations) {
    // The qualifier is the source's word, read from `printed`: never a synonym.
    const lead = o.printed ? leadingQualifier(o.printed.trim().normalize('NFC')) : undefined;
    if (lead && lead.qualifier !== o.qualifier) {
      issues.push({
        ...makeIssue('qualifier-word', {
          file,
          row,
          field: 'qualifier',
          value: o.qualifier ?? '',
          expected: `${lead.qualifier} (“${lead.word}” trong printed: ${o.printed}) / ${lead.qualifier} (“${lead.word}” in printed)`,
          message: {
            vi: `Nguồn in “${o.printed}”: từ “${lead.word}” là ${lead.qualifier}, không phải ${o.qualifier ?? 'số chính xác'}`,
            en: `The source prints “${o.printed}”: “${lead.word}” is ${lead.qualifier}, not ${o.qualifier ?? 'an exact figure'}`,
          },
        }),
        fix: { to: lead.qualifier },
      });
    } else if (!lead && o.qualifier && o.printed) {
      issues.push(
        makeIssue('qualifier-word', {
          file,
          row,
          field: 'printed',
          value: o.printed,
          severity: 'warning',
          expected: `số như nguồn in, kèm từ hạn định (${QUALIFIER_WORDS[o.qualifier].join(', ')}) / the figure as printed, with its qualifier word`,
          message: {
            vi: `qualifier là ${o.qualifier} nhưng printed không có từ hạn định nào của nguồn`,
            en: `qualifier is ${o.qualifier} but printed has none of the source's qualifier words`,
          },
        }),
      );
    }
    // A period the row's own note states, recorded as a single date.
    const period = o.note ? NOTE_PERIOD.exec(o.note.normalize('NFC')) : null;
    if (period && !isPeriodText(o.date) && period[1]! < period[2]!) {
      const to = `${period[1]}/${period[2]}`;
      issues.push({
        ...makeIssue('figure-period', {
          file,
          row,
          field: 'date',
          value: o.date,
          expected: `${to} (ghi chú: “${period[0]}”) / ${to}, the period the note states`,
          message: {
            vi: `Ghi chú nêu một giai đoạn (“${period[0]}”) nhưng date là một thời điểm`,
            en: `The note states a period (“${period[0]}”) but date is a single date`,
          },
        }),
        ...(isPartialDate(period[1]) && isPartialDate(period[2]) ? { fix: { to } } : {}),
      });
    }
    // A worked-out field must hold a value to be marked.
    for (const field of o.derived ?? [])
      if (o[field] === undefined)
        issues.push(
          makeIssue('constraint-error', {
            file,
            row,
            field: 'derived',
            value: o.derived!.join(' '),
            expected: `chỉ các trường có giá trị; ${field} đang trống / only fields that hold a value; ${field} is empty`,
          }),
        );
  }
  return issues;
}

import { describe, expect, it } from 'vitest';
import { toAnnotation } from '../src/checks/annotations.ts';
import { formatReport } from '../src/checks/report.ts';
import { makeIssue } from '../src/core/issues.ts';

describe('toAnnotation(issue)', () => {
  it('toAnnotation writes an error workflow command on the CSV row as a line, with escaped properties', () => {
    const a = toAnnotation(
      makeIssue('number-locale', { file: 'data/observations.csv', row: 3, field: 'value', value: '1.017', expected: '1017' }),
    );
    expect(a.startsWith('::error file=data/observations.csv,line=3,title=number-locale · value::')).toBe(true);
    expect(a).toContain('Giá trị: 1.017%0ACần: 1017%0ACách sửa:');
    expect(a.split('\n')).toHaveLength(1);
  });

  it('toAnnotation maps a source flag to a notice and a warning to a warning, with line and column', () => {
    expect(toAnnotation(makeIssue('printed-mismatch', { file: 'd.csv', row: 9 }))).toMatch(/^::notice file=d\.csv,line=9,/);
    expect(toAnnotation(makeIssue('unresolved-reference', { file: 'a, b.mdx', line: 12, column: 4 }))).toMatch(
      /^::warning file=a%2C b\.mdx,line=12,col=4,title=unresolved-reference::/,
    );
  });

  it('toAnnotation escapes percent signs in the message so 17,07% survives', () => {
    const a = toAnnotation(makeIssue('printed-mismatch', { file: 'o.csv', row: 9, value: '38,6%' }));
    expect(a).toContain('Giá trị: 38,6%25');
  });
});

describe('formatReport(issues) and toAnnotation(issue) on a cell that holds a line break', () => {
  // A quoted CSV cell may hold a line break; in a CI log, a line that starts with `::error` is a command.
  const cell = 'ghi chú\n::error file=x.csv,line=1::giả mạo\r\n\u000b';
  const issue = makeIssue('invisible-char', {
    file: 'data/observations.csv',
    row: 4,
    field: 'note',
    value: cell,
    expected: 'không có ký tự điều khiển',
  });

  it('formatReport prints each finding on its own lines, none of them started by the cell', () => {
    const lines = formatReport([issue], { files: 1, ms: 1 }).split('\n');
    expect(lines.some((l) => l.trimStart().startsWith('::'))).toBe(false);
    expect(lines.filter((l) => l.includes('giả mạo'))).toHaveLength(1);
    expect(lines.join('\n')).not.toMatch(/[\r\u000b]/);
  });

  it('toAnnotation keeps the finding on one line', () => {
    const a = toAnnotation(issue);
    expect(a.split('\n')).toHaveLength(1);
    expect(a).not.toMatch(/[\r\u000b]/);
  });
});

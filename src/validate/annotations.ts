/**
 * Findings as GitHub Actions workflow commands, so CI shows each one on the changed line of the
 * file in the pull request. A CSV row is a line of the file (the header is line 1).
 */
import type { Issue } from '../core/issues.ts';

const LEVEL = { error: 'error', warning: 'warning', flag: 'notice' } as const;

/** Data of a workflow command: `%`, CR and LF escaped. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also escape `:` and `,`. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function toAnnotation(i: Issue): string {
  const props = [`file=${escapeProperty(i.file)}`];
  const line = i.line ?? i.row;
  if (line !== undefined) props.push(`line=${line}`);
  if (i.column !== undefined) props.push(`col=${i.column}`);
  props.push(`title=${escapeProperty(`${i.code}${i.field ? ` · ${i.field}` : ''}`)}`);
  const parts = [`${i.message.vi} (${i.message.en})`];
  if (i.value !== undefined) parts.push(`Giá trị: ${i.value}`);
  if (i.expected !== undefined) parts.push(`Cần: ${i.expected}`);
  if (i.hint) parts.push(`Cách sửa: ${i.hint.vi}`);
  return `::${LEVEL[i.severity]} ${props.join(',')}::${escapeData(parts.join('\n'))}`;
}

/**
 * Findings as GitHub Actions workflow commands, so CI shows each one on the changed line of the
 * file in the pull request. A CSV row is a line of the file (the header is line 1).
 */
import type { Issue } from '../core/issues.ts';
import { escapeControls as safe } from '../core/forbidden-chars.ts';

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
  // Control characters of a value become visible escapes first; the line breaks between the
  // parts of the message are the annotation's own and are escaped by escapeData.
  const props = [`file=${escapeProperty(safe(i.file))}`];
  const line = i.line ?? i.row;
  if (line !== undefined) props.push(`line=${line}`);
  if (i.column !== undefined) props.push(`col=${i.column}`);
  props.push(`title=${escapeProperty(safe(`${i.code}${i.field ? ` · ${i.field}` : ''}`))}`);
  const parts = [safe(`${i.message.vi} (${i.message.en})`)];
  if (i.value !== undefined) parts.push(`Giá trị: ${safe(i.value)}`);
  if (i.expected !== undefined) parts.push(`Cần: ${safe(i.expected)}`);
  if (i.hint) parts.push(`Cách sửa: ${safe(i.hint.vi)}`);
  return `::${LEVEL[i.severity]} ${props.join(',')}::${escapeData(parts.join('\n'))}`;
}

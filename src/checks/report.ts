/** The check report as an editor reads it: grouped by file, Vietnamese first, English beside it. */
import { countBySeverity, type Issue } from '../core/issues.ts';
import { escapeControls as safe } from '../core/forbidden-chars.ts';

const LABEL = { error: 'LỖI / error', warning: 'CẢNH BÁO / warning', flag: 'CỜ NGUỒN / source flag' } as const;

function where(i: Issue): string {
  if (i.row !== undefined) return `dòng (row) ${i.row}${i.column ? `, cột (column) ${i.column}` : ''}`;
  if (i.line !== undefined) return `dòng (line) ${i.line}${i.column ? `:${i.column}` : ''}`;
  return 'cả tệp (whole file)';
}

export function formatReport(issues: Issue[], opts: { files: number; ms: number }): string {
  const out: string[] = [];
  let file = '';
  // Every piece is escaped: a value holding a line break must not start a line of its own
  // (in a CI log, `::error …` at the start of a line is a command).
  for (const i of issues) {
    if (i.file !== file) {
      file = i.file;
      out.push('', safe(file));
    }
    out.push(`  ${where(i)}${i.field ? ` · ${safe(i.field)}` : ''} · ${LABEL[i.severity]} [${i.code}]`);
    out.push(`    ${safe(i.message.vi)}`);
    out.push(`    (${safe(i.message.en)})`);
    if (i.value !== undefined) out.push(`    Giá trị (value): ${safe(i.value)}`);
    if (i.expected !== undefined) out.push(`    Cần (expected): ${safe(i.expected)}`);
    if (i.hint) out.push(`    Cách sửa: ${safe(i.hint.vi)}`, `    (Fix: ${safe(i.hint.en)})`);
    if (i.fix) out.push(`    Sửa tự động được (npm run check -- --fix): ${safe(i.fix.to ?? '(xóa / remove)')}`);
  }
  const n = countBySeverity(issues);
  out.push(
    '',
    `Đã kiểm tra ${opts.files} tệp trong ${Math.round(opts.ms)} ms: ${n.error} lỗi, ${n.warning} cảnh báo, ${n.flag} cờ nguồn.`,
    `(Checked ${opts.files} files in ${Math.round(opts.ms)} ms: ${n.error} errors, ${n.warning} warnings, ${n.flag} source flags.)`,
  );
  if (n.error > 0) out.push('Chưa thể xuất bản: hãy sửa các lỗi trên. (Cannot publish until the errors above are fixed.)');
  return out.join('\n');
}

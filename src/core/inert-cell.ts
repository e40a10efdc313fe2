/**
 * A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading `'`, which spreadsheets show as text. Only text cells: numeric columns are written
 * as numbers, so a real −5 stays a number. The open data and the import's review files share it.
 */
export function inertText(s: string): string {
  // Spreadsheets skip leading spaces and line breaks before they read `=`: ` =1+1` runs too.
  return /^[\s\u00A0\u3000]*[=+\-@]|^[\t\r\n]/.test(s) ? `'${s}` : s;
}

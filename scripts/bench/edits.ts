/**
 * The benchmark's edits of a generated corpus, apart from the generator: `scripts/corpus.ts` runs
 * before the packages are installed (a portal's CI generates its corpus first), this reads CSV
 * with papaparse.
 */
import Papa from 'papaparse';
import { viNumber } from './figures.ts';

/**
 * The benchmark's figure edit: one report's count of trained officials goes up by one, in its
 * value and as printed (`trên 1.960`), the rest of the table as it was. The text of the report
 * still states the old figure: the check warns, the build goes on.
 */
export function editFigure(csv: string, conference: string): string {
  const lines = csv.split('\n');
  const header = lines[0]!.split(',');
  const col = (name: string) => header.indexOf(name);
  const at = lines.findIndex((l) => {
    const cells = Papa.parse<string[]>(l).data[0] ?? [];
    return cells[col('conference')] === conference && cells[col('indicator')] === 'luot-can-bo-dao-tao-boi-duong';
  });
  if (at < 0) return csv;
  const cells = Papa.parse<string[]>(lines[at]!).data[0]!;
  const value = Number(cells[col('value')]) + 1;
  cells[col('value')] = String(value);
  cells[col('printed')] = `trên ${viNumber(value)}`;
  lines[at] = Papa.unparse([cells], { newline: '' });
  return lines.join('\n');
}

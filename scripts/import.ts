/**
 * npm run import -- FILE|FOLDER… [--json] [--publisher TÊN] [--url URL] [--root DIR]
 * npm run import -- --accept import/<slug>.figures.csv [--root DIR]
 * Turns portal news articles (.txt, .html) and Word reports (.docx) into draft reports; the
 * command itself is src/import/command.ts.
 */
import { runImport } from '../src/import/command.ts';

process.exitCode = await runImport(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  tty: process.stderr.isTTY === true,
});

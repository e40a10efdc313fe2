/**
 * npm run new -- van-ban|hoi-nghi "Tiêu đề" [--root DIR]
 * Creates a new document or report with an ASCII file name from the Vietnamese title, and every
 * field with a comment; dates are left blank for the editor (never today's, which would stand as
 * the day of issue if forgotten). Never overwrites an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCli, usageError } from './lib/cli.ts';
import type { ScaffoldKind } from '../src/import/scaffold.ts';

const CLI = {
  usage: 'npm run new -- van-ban|hoi-nghi "Tiêu đề" [--root DIR]   (ví dụ: npm run new -- hoi-nghi "Hội nghị sơ kết …")',
  options: { root: { type: 'string' } },
  positionals: true,
} as const;
const { values, positionals } = parseCli(CLI);
const root = values.root ?? process.cwd();
const [kind, ...words] = positionals;
const title = words.join(' ').trim().normalize('NFC');

const KINDS: Record<string, ScaffoldKind> = { 'van-ban': 'documents', 'hoi-nghi': 'conferences' };
if (!kind || !(kind in KINDS))
  usageError(CLI, `Loại bài phải là van-ban hoặc hoi-nghi, không phải "${kind ?? ''}" (the kind must be van-ban or hoi-nghi).`);
if (!title) usageError(CLI, 'Thiếu tiêu đề (missing title).');

// The modules that do the work load only once the command line is known good: a usage error
// answers at once.
const [{ suggestSlug }, { scaffold }] = await Promise.all([import('../src/core/slug.ts'), import('../src/import/scaffold.ts')]);
const collection = KINDS[kind]!;
const slug = suggestSlug(title).slice(0, 80).replace(/-+$/, '');
const dir = join(root, 'content', collection);
const file = join(dir, `${slug}.mdx`);
if (existsSync(file) || existsSync(file.replace(/\.mdx$/, '.md'))) {
  console.error(`Đã có tệp ${file}: không ghi đè. Hãy đặt tiêu đề khác hoặc sửa tệp đó. (File exists: not overwritten.)`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
writeFileSync(file, scaffold(collection, title), { flag: 'wx' });
console.log(`Đã tạo (created) content/${collection}/${slug}.mdx`);
console.log('Điền các trường còn trống, rồi chạy: npm run check');

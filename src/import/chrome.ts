/**
 * The portal's furniture, as it shows up in a capture's text: menus and ribbons, view counters
 * ("Lượt người xem: 118"), the field labels of a CMS form ("Tiêu đề:", "Tóm tắt:"), comment
 * templates (`{name} - {time}`), "Tin liên quan", "Đọc nhiều", "Tìm kiếm theo ngày", share buttons.
 */
import { foldKeep } from '../extract/scan.ts';

/** Lines that are furniture whatever follows them on the line. */
const CHROME_START = [
  'tim kiem theo ngay',
  'tim kiem',
  'luot nguoi xem',
  'luot xem',
  'luot truy cap',
  'so luot xem',
  'chia se',
  'share',
  'tweet',
  'in bai',
  'in trang',
  'gui email',
  'gui cho ban be',
  've dau trang',
  'quay lai',
  'trang chu',
  'dang nhap',
  'dang ky',
  'skip to main content',
  'bo qua',
  'site actions',
  'browse page',
  'lien ket website',
  'ban quyen',
  'copyright',
  '©',
  'co chu',
  'font size',
  'danh gia bai viet',
  'ban dang o',
  'vi tri hien tai',
  'rss',
  'facebook',
  'zalo',
  'thu vien anh',
  'lien he',
  'so do trang',
  'ho ten',
  'email',
  'ma xac nhan',
  'gui y kien',
  'gui binh luan',
  'y kien ban doc',
  'binh luan',
  'nhap ma',
  'tin moi',
  'tin moi nhat',
  'tin noi bat',
  'xem them',
  'xem tiep',
  'doc tiep',
  'trang truoc',
  'trang sau',
  'chuyen muc',
  'tu khoa',
  'tags',
];
/** Lines after which nothing belongs to the article: lists of other news, comments. */
const END_MARKERS = [
  'tin lien quan',
  'cac tin lien quan',
  'tin khac',
  'cac tin khac',
  'doc nhieu',
  'tin doc nhieu',
  'xem nhieu',
  'tin xem nhieu',
  'y kien ban doc',
  'binh luan',
  'gui y kien',
  'bai viet lien quan',
];
/** Labels of a CMS form's fields; the value after the label is kept by the caller. */
const FIELD_LABELS: Record<string, string> = {
  'tieu de': 'title',
  'tom tat': 'summary',
  'noi dung': 'body',
  'tac gia': 'author',
  nguon: 'publisher',
  'nguon tin': 'publisher',
  'ngay dang': 'published',
  'ngay xuat ban': 'published',
  'ngay cap nhat': 'published',
  'nguoi dang': 'ignore',
  'trang thai': 'ignore',
  'anh dai dien': 'ignore',
  'chuyen muc': 'ignore',
  'danh muc': 'ignore',
  'tu khoa': 'ignore',
  'thu tu': 'ignore',
  'luot xem': 'ignore',
};

const key = (line: string) =>
  foldKeep(line)
    .replace(/[^a-z0-9© ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function startsWithPhrase(k: string, phrases: string[]): boolean {
  return phrases.some((p) => k === p || k.startsWith(`${p} `));
}

/** A comment template or a menu: braces, or many short items split by `|`, `»`, `>` or `/`. */
function looksLikeMenu(line: string): boolean {
  if (/\{\s*\w+\s*\}/.test(line)) return true;
  const items = line.split(/\s*(?:\||»|›|>|·)\s*/).filter(Boolean);
  return items.length >= 3 && items.every((i) => i.split(/\s+/).length <= 4);
}

export function isChrome(line: string): boolean {
  const k = key(line);
  if (!k) return !/\p{L}|\d/u.test(line);
  if (looksLikeMenu(line)) return true;
  // A long line that merely begins like a menu word is text ("Tin khác biệt …" is rare; a
  // glued slogan after "Tìm kiếm theo ngày" is not).
  if (startsWithPhrase(k, CHROME_START)) return k.split(' ').length <= 8 || /^tim kiem theo ngay/.test(k);
  return false;
}

export function isEndMarker(line: string): boolean {
  const k = key(line);
  return END_MARKERS.includes(k) || (startsWithPhrase(k, END_MARKERS) && k.split(' ').length <= 4);
}

/** `Tiêu đề: …` → ['title', '…']; undefined for a line that is not a form field. */
export function fieldOf(line: string): [string, string] | undefined {
  const m = /^([^:：]{2,20})\s*[:：]\s*(.*)$/u.exec(line.trim());
  const label = m ? key(m[1]!) : key(line);
  const field = FIELD_LABELS[label];
  if (!field) return undefined;
  return [field, m ? m[2]!.trim() : ''];
}

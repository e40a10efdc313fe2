/**
 * The regular expressions the mention finder reads with. All run on prepared text (NFC,
 * look-alikes replaced, see normalize.ts); sticky ones are used with `lastIndex`.
 */
import { fold, vnPattern } from './normalize.ts';
import type { ContractKind } from './codes.ts';

/** What a type word in running text names: a contract kind, or a decree (outside the contract). */
export type TypeWordKind = ContractKind | 'nghi-dinh';

export const TYPE_WORDS: ReadonlyArray<readonly [string, TypeWordKind]> = [
  ['nghi quyet', 'nghi-quyet'],
  ['ket luan', 'ket-luan'],
  ['de an', 'de-an'],
  ['ke hoach', 'ke-hoach'],
  ['phuong an', 'phuong-an'],
  ['quyet dinh', 'quyet-dinh'],
  ['chi thi', 'chi-thi'],
  ['quy dinh', 'quy-dinh'],
  ['huong dan', 'huong-dan'],
  ['thong bao', 'thong-bao'],
  ['nghi dinh', 'nghi-dinh'],
];

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const L = 'A-Za-zĐđ';
const ISSUER = `[${L}][${L}\\d]*(?:-[${L}][${L}\\d]*)*`;
const SO = vnPattern('so');
const VA = `(?:${vnPattern('va')}|${vnPattern('hoac')})`;
const KHOA = vnPattern('khoa');
const ROMAN = '([IVXLC]+)';

/** Any type word; group i + 1 is TYPE_WORDS[i]. */
export const TYPE_WORD_RE = new RegExp(`${BEFORE}(?:${TYPE_WORDS.map(([w]) => `(${vnPattern(w)})`).join('|')})${AFTER}`, 'giu');

/** "số" (or "số:") right after a type word or a separator. */
export const SO_RE = new RegExp(`\\s+${SO}\\s*:?\\s*(?=\\d)`, 'iuy');
export const SPACE_RE = /\s+(?=\d)/y;

const PARTY = `(\\d{1,5})\\s?-\\s?[${L}]+\\s?/\\s?${ISSUER}`;
const STATE = `(\\d{1,6})\\s?/\\s?(?:\\d{4}\\s?/\\s?)?[${L}]+\\s?-\\s?${ISSUER}`;
/** A complete number in running text (spaces tolerated only next to the separators). */
export const FULL_RE = new RegExp(`(?:${PARTY}|${STATE})${AFTER}`, 'uy');
export const FULL_GLOBAL_RE = new RegExp(`(?<![\\p{L}\\p{N}/.,-])(?:${PARTY}|${STATE})${AFTER}`, 'gu');
/** A bare serial: not a decimal, ratio, date, percentage, range or code. */
export const BARE_RE = /(\d{1,5})(?![\p{N}%\p{L}]|[.,/:]\p{N}|\s?-\s?[\p{N}\p{L}])/uy;
/** Between items of an enumeration: ", ", "; ", " và ", ", và ", optionally followed by "số". */
export const SEP_RE = new RegExp(`(?:\\s*[,;]\\s*(?:${VA}\\s+)?|\\s+${VA}\\s+)(?:${SO}\\s*:?\\s*)?(?=\\d)`, 'iuy');

/** A date after a number: "ngày 12/4/2016", "ngày 25-10-2017", "(28/9/2018)", "ngày 12 tháng 4 năm 2016". */
export const DATE_RE = new RegExp(
  `\\s*,?\\s*(\\()?\\s*(${vnPattern('ngay')}\\s+)?(?:(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\4\\s?(\\d{4})` +
    `|(\\d{1,2})\\s+${vnPattern('thang')}\\s+(\\d{1,2})\\s*,?\\s+${vnPattern('nam')}\\s+(\\d{4}))${AFTER}(\\s*\\))?`,
  'iuy',
);
/** A year after a number: "(2016)", "(năm 2016)", " năm 2016". */
export const YEAR_RE = new RegExp(
  `(?:\\s*\\(\\s*(?:${vnPattern('nam')}\\s+)?((?:19|20)\\d\\d)\\s*\\)|\\s+${vnPattern('nam')}\\s+((?:19|20)\\d\\d)${AFTER})`,
  'iuy',
);

/** "Trung ương 6 (khóa XII)", "Hội nghị Trung ương 4 khóa XII", "TW 6". */
export const NAMED_TW_RE = new RegExp(
  `\\s+(?:${vnPattern('hoi nghi')}\\s+)?(?:${vnPattern('trung uong')}|TW|TƯ)\\s+(\\d{1,2})${AFTER}(?![.,/]\\d)` +
    `(?:\\s*\\(\\s*${KHOA}\\s+${ROMAN}\\s*\\)|\\s*,?\\s*${KHOA}\\s+${ROMAN}${AFTER})?`,
  'iuy',
);
/** "Đại hội XIII", "Đại hội đại biểu toàn quốc lần thứ XIII". */
export const NAMED_CONGRESS_RE = new RegExp(
  `\\s+${vnPattern('dai hoi')}(?:\\s+${vnPattern('dai bieu toan quoc')})?(?:\\s+${vnPattern('lan thu')})?\\s+${ROMAN}${AFTER}`,
  'iuy',
);

/** Words after a bare serial that show it counts something ("Kế hoạch 5 năm", "Đề án 3 xã"). */
const STOP_WORDS = [
  'nam',
  'thang',
  'ngay',
  'tuan',
  'gio',
  'phut',
  'nguoi',
  'luot',
  'lan',
  'dong',
  'trieu',
  'ty',
  'ti',
  'xa',
  'huyen',
  'tinh',
  'can bo',
  'dang vien',
  'chi bo',
  'don vi',
  'truong hop',
  'nhiem vu',
  'giai phap',
  'muc tieu',
  'noi dung',
  'tieu chi',
  'diem',
  'dieu',
  'chuong',
  'muc',
  'phan',
  'ap',
  'ban',
  'mo hinh',
  'to chuc',
  'co so',
  'thon',
  'khu pho',
  'to dan pho',
  'lop',
  'hoc vien',
];
const STOP_RE = new RegExp(`^\\s*(?:%|(?:${STOP_WORDS.join('|')})(?![a-z0-9]))`);

/** True when the words after `pos` show the number before it is a quantity, not a serial. */
export function countsSomething(text: string, pos: number): boolean {
  return STOP_RE.test(fold(text.slice(pos, pos + 24)));
}

/** `d/m/y` parts → ISO date, or undefined when the date does not exist. */
export function isoDate(d: string, m: string, y: string): string | undefined {
  const day = Number(d),
    month = Number(m),
    year = Number(y);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Runs a sticky regex at `pos`. */
export function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * What is never a figure, even though it is written with digits: dates and times, years and
 * ranges of years, document numbers, terms ("khóa 12"), ordinals ("lần thứ 24", "Trung ương 6"),
 * numbered places ("Phường 7"), phone numbers, view counters, list and heading numbers, and
 * markup (URLs, tags, image paths). Each rule works on the folded text (same offsets).
 */
import { findMentions } from '../docnumber/mentions.ts';
import { findDates, findTimes } from './dates.ts';
import { Mask } from './scan.ts';

/** Words after which a number is a name or an ordinal, not a quantity. */
const ORDINAL_BEFORE = new RegExp(
  '(?:(?<!tong\\s)\\bso|\\bthu|\\blan|\\bkhoa|\\bdieu|\\bkhoan|\\bchuong|\\bphan|\\bbuoc|\\bdot|\\bphien|\\bky\\s+hop|' +
    '\\btrung\\s+uong|\\btw|\\bdai\\s+hoi|\\bnghi\\s+dinh|\\bquyet\\s+dinh|\\bthong\\s+tu|\\bcong\\s+van|\\banh|\\bgiai\\s+doan|\\bnhiem\\s+ky|\\bquoc\\s+lo|\\btinh\\s+lo|\\bso\\s+nha)\\s*:?\\s*$',
);
/** Capitalised place words followed by a number name a place ("Phường 7", "Ấp 3", "Quận 1"). */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:Phường|Ấp|Khu phố|Quận|Tổ|Thôn|Bản|Tiểu khu|Khóm|Xóm|Khu)\s+$/u;
/** View counters and other page furniture ("Lượt người xem: 118", "Lượt xem 1.234"). */
const COUNTER_BEFORE =
  /(?:luot\s+(?:nguoi\s+)?(?:xem|truy\s+cap|doc)|views?|so\s+nguoi\s+truy\s+cap|dang\s+truc\s+tuyen|hom\s+nay|tong\s+truy\s+cap|binh\s+luan)\s*:?\s*$/;
const PHONE_BEFORE = /(?:dien\s+thoai|\bdt|\bsdt|tel|fax|hotline|di\s+dong)\s*:?\s*\(?$/;
/** A phone number: 9 to 11 digits in groups, starting with 0 or +84. */
const PHONE_RE = /(?<![\p{N}])(?:\+84|\(?0\d{1,3}\)?)(?:[\s.-]?\d){7,9}(?![\p{N}])/gu;
const URL_RE = /(?:https?:\/\/|www\.)[^\s)\]>"]+|\]\([^)]*\)|\b[\w-]+\.(?:jpe?g|png|gif|webp|aspx?|html?|pdf|docx?)\b/gu;
const TAG_RE = /<[^>\n]*>|\{[^}\n]*\}/gu;
/** Heading and list numbering at the start of a line: "## 1. ", "2) ", "I.1. ". */
const NUMBERING_RE = /^[ \t]*(?:#+[ \t]*)?(?:[IVXLC]+\.)?\d+(?:\.\d+)*[.)][ \t]/gmu;
/** Ranges: 2020–2025, 2011-2015, 1–2 (a span, not a figure). */
const RANGE_RE = /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?\s*[-–—]\s*\d+(?:[.,]\d+)?(?![\p{N}]|[.,]\d|\s*[/-]\s*\d)/gu;

/** Builds the mask of `text` (NFC); `folded` is `foldKeep(text)`. */
export function maskOf(text: string, folded: string): Mask {
  const mask = new Mask(text.length);
  for (const d of findDates(text, folded)) mask.add(d.start, d.end);
  for (const s of findTimes(text, folded)) mask.add(s.start, s.end);
  for (const m of findMentions(text)) mask.add(m.start, m.end);
  for (const re of [URL_RE, TAG_RE, NUMBERING_RE, RANGE_RE, PHONE_RE]) {
    re.lastIndex = 0;
    for (
      let m = re.exec(re === PHONE_RE || re === RANGE_RE ? folded : text);
      m;
      m = re.exec(re === PHONE_RE || re === RANGE_RE ? folded : text)
    )
      mask.add(m.index, m.index + m[0].length);
  }
  return mask;
}

/** True when the words before a number at `start` make it a name, an ordinal, a counter or a phone. */
export function namedBefore(text: string, folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 40), start);
  return (
    ORDINAL_BEFORE.test(before) ||
    COUNTER_BEFORE.test(before) ||
    PHONE_BEFORE.test(before) ||
    PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  );
}

/** Units of time and age after a number: "6 năm", "2 tháng", "35 tuổi" are spans, not counts. */
const TIME_AFTER = /^\s*(?:nam|thang|ngay|tuan|gio|phut|giay|tuoi|thap\s+ky|the\s+ky|ky)(?![\p{L}\p{N}])/u;

export function durationAfter(folded: string, end: number): boolean {
  return TIME_AFTER.test(folded.slice(end, end + 14));
}

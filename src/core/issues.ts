/**
 * The one catalogue of findings. Every problem the build can report has a stable code, a
 * severity, and a bilingual explanation; a finding adds where it is (file, line or row, field),
 * the value found and what was expected. Editors' tools and CI read these through
 * `npm run check -- --json`, so codes never change meaning.
 */

import { QUALIFIER_WORDS, QUALIFIERS } from './qualifiers.ts';

/** `error`: our input is malformed, the build fails. `warning`: publishable, probably a mistake.
 * `flag`: the source's own inconsistency, published as printed with a visible flag. */
export type Severity = 'error' | 'warning' | 'flag';

export interface Bilingual {
  vi: string;
  en: string;
}

export interface Issue {
  code: IssueCode;
  severity: Severity;
  file: string;
  line?: number;
  column?: number;
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row?: number;
  field?: string;
  value?: string;
  expected?: string;
  message: Bilingual;
  hint?: Bilingual;
  /**
   * A conversion that is safe to make without asking (`npm run check -- --fix`): the new value of
   * the cell (file, row, field) or front-matter field (file, line, field); null removes the field.
   */
  fix?: { to: string | null };
}

/** "trên/hơn → over, …": the one list of qualifiers (core/qualifiers.ts), as a hint writes it. */
const QUALIFIER_TABLE = QUALIFIERS.map((q) => `${QUALIFIER_WORDS[q].join('/')} → ${q}`).join(', ');

interface CatalogueEntry {
  severity: Severity;
  title: Bilingual;
  hint?: Bilingual;
}

const catalogue = {
  'encoding-error': {
    severity: 'error',
    title: { vi: 'Tệp không phải UTF-8', en: 'File is not UTF-8' },
    hint: {
      vi: 'Lưu lại tệp với mã hóa UTF-8 (Excel: Lưu thành → "CSV UTF-8 (phân tách bằng dấu phẩy)"; Notepad: Mã hóa → UTF-8). Không dùng UTF-16 hay Windows-1258.',
      en: 'Save the file again as UTF-8 (Excel: Save As → "CSV UTF-8 (Comma delimited)"; Notepad: Encoding → UTF-8). Not UTF-16 or Windows-1258.',
    },
  },
  'format-error': {
    severity: 'error',
    title: { vi: 'Tệp CSV sai định dạng', en: 'Malformed CSV file' },
    hint: {
      vi: 'Các cột phải phân tách bằng dấu phẩy (,); ô có dấu phẩy hoặc xuống dòng phải đặt trong ngoặc kép "…". Trong Excel chọn Lưu thành → "CSV UTF-8 (phân tách bằng dấu phẩy)".',
      en: 'Columns must be separated by commas; a cell holding a comma or a line break must be quoted "…". In Excel use Save As → "CSV UTF-8 (Comma delimited)".',
    },
  },
  'missing-label': {
    severity: 'error',
    title: { vi: 'Thiếu cột bắt buộc', en: 'Required column missing' },
    hint: { vi: 'Thêm cột này vào dòng tiêu đề (dòng 1).', en: 'Add this column to the header (row 1).' },
  },
  'extra-label': {
    severity: 'error',
    title: { vi: 'Cột không có trong quy ước', en: 'Column not in the contract' },
    hint: { vi: 'Xóa cột này hoặc sửa lại tên cho đúng.', en: 'Remove the column or correct its name.' },
  },
  'duplicate-label': {
    severity: 'error',
    title: { vi: 'Tên cột bị trùng', en: 'Duplicate column name' },
    hint: { vi: 'Mỗi cột chỉ xuất hiện một lần trong dòng tiêu đề.', en: 'Each column appears once in the header.' },
  },
  'blank-header': {
    severity: 'error',
    title: { vi: 'Cột không có tên', en: 'Blank column name' },
    hint: { vi: 'Đặt tên cho cột hoặc xóa cột trống.', en: 'Name the column or delete the empty column.' },
  },
  'blank-row': {
    severity: 'warning',
    title: { vi: 'Dòng trống', en: 'Blank row' },
    hint: { vi: 'Xóa dòng trống giữa bảng.', en: 'Delete the empty row.' },
  },
  'extra-cell': {
    severity: 'error',
    title: { vi: 'Dòng có nhiều ô hơn tiêu đề', en: 'Row has more cells than the header' },
    hint: {
      vi: 'Thường do một ô có dấu phẩy mà không đặt trong ngoặc kép: viết "17,07%" thay vì 17,07%.',
      en: 'Usually a cell holding a comma without quotes: write "17,07%" instead of 17,07%.',
    },
  },
  'missing-cell': {
    severity: 'error',
    title: { vi: 'Dòng thiếu ô', en: 'Row has fewer cells than the header' },
    hint: { vi: 'Thêm dấu phẩy cho các ô trống để đủ số cột.', en: 'Add commas for the empty cells so the row has every column.' },
  },
  'duplicate-id': {
    severity: 'error',
    title: { vi: 'Mã (id) bị trùng', en: 'Duplicate id' },
    hint: { vi: 'Mỗi mã chỉ dùng một lần; đổi mã của một trong hai dòng.', en: 'Each id is used once; rename one of the two.' },
  },
  'foreign-key': {
    severity: 'error',
    title: { vi: 'Tham chiếu đến mã không tồn tại', en: 'Reference to an id that does not exist' },
    hint: {
      vi: 'Kiểm tra chính tả mã, hoặc thêm mục được tham chiếu trước.',
      en: 'Check the spelling of the id, or add the referenced entry first.',
    },
  },
  required: {
    severity: 'error',
    title: { vi: 'Thiếu thông tin bắt buộc', en: 'Required value missing' },
  },
  'type-error': {
    severity: 'error',
    title: { vi: 'Giá trị sai kiểu', en: 'Value of the wrong type' },
  },
  'constraint-error': {
    severity: 'error',
    title: { vi: 'Giá trị không hợp lệ', en: 'Value not allowed' },
  },
  'number-locale': {
    severity: 'error',
    title: { vi: 'Số viết theo kiểu Việt Nam trong cột số', en: 'Vietnamese-formatted number in a number column' },
    hint: {
      vi: 'Cột số dùng số máy: không có dấu chấm phân cách hàng nghìn, dấu chấm cho phần thập phân (1017, 17.07). Cách in của nguồn ghi ở cột printed.',
      en: 'Number columns take plain machine numbers: no thousands separator, a dot for decimals (1017, 17.07). Keep the source’s printed form in the printed column.',
    },
  },
  'unknown-field': {
    severity: 'error',
    title: { vi: 'Trường không có trong quy ước', en: 'Field not in the contract' },
    hint: { vi: 'Xóa trường này hoặc sửa lại tên cho đúng.', en: 'Remove the field or correct its name.' },
  },
  'text-not-nfc': {
    severity: 'error',
    title: { vi: 'Chữ tiếng Việt chưa chuẩn hóa NFC', en: 'Text is not in Unicode NFC' },
    hint: {
      vi: 'Văn bản được dán từ nguồn dùng dấu tổ hợp (NFD). Lưu lại bằng trình soạn thảo hỗ trợ NFC, hoặc gõ lại từ này.',
      en: 'Text pasted from a source using combining marks (NFD). Save it with an editor that normalises to NFC, or retype the word.',
    },
  },
  'invisible-char': {
    severity: 'error',
    title: { vi: 'Ký tự ẩn trong văn bản', en: 'Invisible character in text' },
    hint: {
      vi: 'Xóa ký tự ẩn (khoảng trắng độ rộng 0, ký tự điều khiển hướng chữ) thường lẫn vào khi sao chép.',
      en: 'Delete the invisible character (zero-width space, bidi control) that copying often brings in.',
    },
  },
  'route-conflict': {
    severity: 'error',
    title: { vi: 'Hai tệp sẽ xuất bản ra cùng một địa chỉ', en: 'Two files would publish to one URL' },
    hint: {
      vi: 'Tên tệp là mã của bài: chỉ dùng chữ thường không dấu, số và dấu gạch ngang; giữ một tệp, đổi tên hoặc xóa tệp kia.',
      en: 'The file name is the entry’s id: lowercase ASCII letters, digits and hyphens; keep one file and rename or delete the other.',
    },
  },
  'duplicate-document': {
    severity: 'error',
    title: { vi: 'Văn bản bị nhập hai lần', en: 'Document entered twice' },
    hint: {
      vi: 'Cùng đơn vị, cùng số hiệu, cùng năm ban hành là một văn bản: gộp hai tệp làm một.',
      en: 'Same unit, number and year of issue is one document: merge the two files.',
    },
  },
  'kind-number-mismatch': {
    severity: 'error',
    title: { vi: 'Loại văn bản không khớp với số hiệu', en: 'Document kind does not match its number' },
  },
  'value-exceeds-total': {
    severity: 'error',
    title: { vi: 'Số đếm lớn hơn tổng số', en: 'Count exceeds its total' },
    hint: {
      vi: 'Kiểm tra lại hai cột value và total (16/17 → value 16, total 17).',
      en: 'Check the value and total columns (16/17 → value 16, total 17).',
    },
  },
  'printed-mismatch': {
    severity: 'flag',
    title: { vi: 'Số in trong nguồn không khớp với phép tính', en: 'Printed figure disagrees with the computation' },
    hint: {
      vi: 'Đây là sai sót của nguồn: giữ nguyên số in, trang sẽ hiện cờ và số tính lại bên cạnh. Chỉ sửa nếu bạn nhập sai.',
      en: 'This is the source’s error: keep the printed figure; the page shows a flag and the computed value beside it. Fix only if you mistyped.',
    },
  },
  'parts-sum-mismatch': {
    severity: 'flag',
    title: { vi: 'Các phần cộng lại không bằng tổng', en: 'Parts do not add up to their whole' },
    hint: {
      vi: 'Nếu nguồn in như vậy, giữ nguyên: trang sẽ hiện cờ. Nếu bạn nhập sai, sửa số liệu.',
      en: 'If the source prints it so, keep it: the page shows a flag. If you mistyped, correct the figure.',
    },
  },
  'mdx-forbidden': {
    severity: 'error',
    title: { vi: 'Bài viết chứa mã lệnh không được phép', en: 'Article contains code that is not allowed' },
    hint: {
      vi: 'Bài viết chỉ gồm văn bản Markdown và các thành phần trong danh sách của hướng dẫn biên tập; không dùng import, export, {…}, <script>, <iframe>, <style>.',
      en: 'Articles hold Markdown text and the components listed in the editor guide only; no import, export, {…}, <script>, <iframe> or <style>.',
    },
  },
  'mdx-syntax': {
    severity: 'error',
    title: { vi: 'Lỗi cú pháp trong bài viết', en: 'Syntax error in the article' },
    hint: {
      vi: 'Thường do ký tự < hoặc { đứng riêng: viết &lt; hoặc \\{ , hoặc đóng thẻ thành phần cho đúng.',
      en: 'Usually a lone < or {: write &lt; or \\{, or close the component tag properly.',
    },
  },
  'frontmatter-error': {
    severity: 'error',
    title: { vi: 'Phần đầu (frontmatter) không đọc được', en: 'Front matter cannot be read' },
    hint: {
      vi: 'Phần đầu nằm giữa hai dòng --- ở đầu tệp, mỗi dòng dạng "tên: giá trị"; giá trị có dấu hai chấm đặt trong ngoặc kép.',
      en: 'Front matter sits between two --- lines at the top, one "name: value" per line; quote values that contain a colon.',
    },
  },
  'yaml-forbidden': {
    severity: 'error',
    title: { vi: 'Phần đầu dùng tính năng YAML không được phép', en: 'Front matter uses a YAML feature that is not allowed' },
    hint: {
      vi: 'Phần đầu chỉ gồm giá trị thường: không dùng neo &, bí danh *, thẻ ! hay khóa gộp <<. Giá trị bắt đầu bằng *, &, ! hay có dấu hai chấm thì đặt trong ngoặc kép: title: "*Hội nghị*".',
      en: 'Front matter holds plain values only: no anchors &, aliases *, tags ! or merge keys <<. Quote a value that starts with *, & or ! or holds a colon: title: "*Hội nghị*".',
    },
  },
  'chart-empty': {
    severity: 'error',
    title: { vi: 'Biểu đồ sẽ không vẽ được gì', en: 'The chart would draw nothing' },
    hint: {
      vi: 'Ghi mã các dòng số liệu đã xuất bản trong observations="…", chọn type phù hợp với số liệu (ratio-bars cần cột total, time-series cần ít nhất hai ngày), hoặc bỏ thẻ <Chart>.',
      en: 'List ids of published observation rows in observations="…", choose a type the figures fit (ratio-bars needs a total, time-series at least two dates), or remove the <Chart>.',
    },
  },
  'unresolved-reference': {
    severity: 'warning',
    title: { vi: 'Số hiệu văn bản chưa có trong kho', en: 'Document number not in the registry' },
    hint: {
      vi: 'Nếu muốn liên kết, thêm văn bản này vào content/documents/; nếu không, có thể bỏ qua.',
      en: 'To link it, add the document to content/documents/; otherwise this can be ignored.',
    },
  },
  'source-too-large': {
    severity: 'error',
    title: { vi: 'Tệp nguồn quá lớn, không đọc', en: 'Source file too large, not read' },
    hint: {
      vi: 'Tệp vượt giới hạn đo trước khi đọc (50 MB khi giải nén, 1 triệu phần tử XML, 5 triệu ký tự chữ): có thể là tệp hỏng hoặc cố ý làm treo máy. Mở bằng Word, lưu lại chỉ phần bài viết, rồi nhập lại.',
      en: 'The file is over a bound measured before reading (50 MB unzipped, 1 million XML elements, 5 million characters of text): a damaged file or one made to exhaust memory. Open it in Word, save only the article, and import it again.',
    },
  },
  'lost-character': {
    severity: 'warning',
    title: { vi: 'Ký tự bị mất khi sao chép (U+FFFD)', en: 'Character lost in copying (U+FFFD)' },
    hint: {
      vi: 'Nguồn đã mất một chữ ở đây (hiện thành �). Đối chiếu bản gốc và gõ lại đúng chữ; không đoán.',
      en: 'The source lost a character here (shown as �). Compare with the original and type the right letter; do not guess.',
    },
  },
  'text-figure-mismatch': {
    severity: 'warning',
    title: { vi: 'Số liệu trong bài khác với dòng số liệu của bài', en: 'A figure in the text disagrees with the report’s data row' },
    hint: {
      vi: 'So lại bài viết với data/observations.csv: sửa bên gõ nhầm. Nếu nguồn in như vậy, giữ nguyên và ghi chú ở cột note.',
      en: 'Compare the text with data/observations.csv and correct whichever was mistyped. If the source prints it so, keep it and say so in the note column.',
    },
  },
  'text-figure-unrecorded': {
    severity: 'warning',
    title: { vi: 'Số liệu trong bài chưa có dòng số liệu', en: 'A figure in the text has no data row' },
    hint: {
      vi: 'Thêm một dòng vào data/observations.csv (conference là mã bài này, printed là số như bài in), hoặc ghi số này ở cột note của dòng liên quan.',
      en: 'Add a row to data/observations.csv (conference is this report’s id, printed the figure as printed), or mention it in the note of the related row.',
    },
  },
  'ambiguous-reference': {
    severity: 'error',
    title: { vi: 'Số hiệu văn bản trùng với nhiều văn bản', en: 'Document number matches several documents' },
  },
  'qualifier-word': {
    severity: 'error',
    title: { vi: 'Từ hạn định không phải từ của nguồn', en: 'Qualifier is not the source’s word' },
    hint: {
      vi: `Cột qualifier ghi đúng loại của từ nguồn in trong printed: ${QUALIFIER_TABLE}. Chạy npm run check -- --fix để sửa tự động.`,
      en: `The qualifier column names the kind of the word printed: ${QUALIFIER_TABLE}. Run npm run check -- --fix to convert.`,
    },
  },
  'figure-period': {
    severity: 'warning',
    title: { vi: 'Số liệu của một giai đoạn ghi như một thời điểm', en: 'A figure of a period dated as one date' },
    hint: {
      vi: 'Ghi date là giai đoạn BẮT ĐẦU/KẾT THÚC như nguồn nêu: “từ năm 2015 đến đầu năm 2020” → 2015/2020 (“đầu năm 2020” chỉ cho biết năm). Chạy npm run check -- --fix để sửa theo ghi chú.',
      en: 'Write date as the period START/END the source gives: “từ năm 2015 đến đầu năm 2020” → 2015/2020 (“early 2020” gives only the year). Run npm run check -- --fix to convert it from the note.',
    },
  },
  'relation-dates': {
    severity: 'error',
    title: { vi: 'Quan hệ giữa hai văn bản không thể có vì ngày tháng', en: 'A relation the dates rule out' },
    hint: {
      vi: 'Một văn bản không thể thực hiện hay thay thế văn bản ban hành sau nó; một báo cáo không thể sơ kết văn bản ban hành sau sự kiện. Kiểm tra mã văn bản trong trường này và ngày ban hành của cả hai theo nguồn; văn bản chỉ được nhắc trong phần tóm tắt thì không ghi vào đây.',
      en: 'A document cannot carry out or replace one issued after it; a report cannot review a document issued after its event. Check the id in this field and both dates against the sources; a document only named in the summary does not belong here.',
    },
  },
} satisfies Record<string, CatalogueEntry>;

export type IssueCode = keyof typeof catalogue;

export const issueCodes = Object.keys(catalogue) as IssueCode[];

export function catalogueEntry(code: IssueCode): CatalogueEntry {
  return catalogue[code];
}

export interface IssueInput {
  file: string;
  line?: number;
  column?: number;
  row?: number;
  field?: string;
  value?: unknown;
  expected?: string;
  /** Specific sentence for this finding; defaults to the catalogue title. */
  message?: Bilingual;
  hint?: Bilingual;
  severity?: Severity;
}

/** Shortens a value for display: editors need to recognise it, not read a whole paragraph. */
function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export function makeIssue(code: IssueCode, input: IssueInput): Issue {
  const entry = catalogue[code] as CatalogueEntry;
  const issue: Issue = {
    code,
    severity: input.severity ?? entry.severity,
    file: input.file,
    message: input.message ?? entry.title,
  };
  if (input.line !== undefined) issue.line = input.line;
  if (input.column !== undefined) issue.column = input.column;
  if (input.row !== undefined) issue.row = input.row;
  if (input.field !== undefined) issue.field = input.field;
  const value = showValue(input.value);
  if (value !== undefined) issue.value = value;
  if (input.expected !== undefined) issue.expected = input.expected;
  const hint = input.hint ?? entry.hint;
  if (hint) issue.hint = hint;
  return issue;
}

/** Stable order: by file, then position, then code; the report and the JSON read the same. */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.row ?? a.line ?? 0) - (b.row ?? b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? '') ||
      a.code.localeCompare(b.code),
  );
}

export function countBySeverity(issues: Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, flag: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

/**
 * The components editors may use in articles — the whole list. Each renders to static HTML at
 * build time; attributes are plain strings. The editor guide documents this list.
 */
export interface ComponentSpec {
  /**
   * Attributes, each with its name in the web editor's form and whether it is required; `ref`
   * names what an id attribute points at
   * (`observations`: ids separated by spaces; `documents`), so the web editor offers the ids.
   */
  attributes: Record<string, { required: boolean; label: string; values?: readonly string[]; ref?: 'observations' | 'documents' }>;
  /** May it wrap Markdown content? */
  children: boolean;
  /** One line for the editor guide. */
  doc: string;
}

export const COMPONENTS: Record<string, ComponentSpec> = {
  Callout: {
    attributes: {
      type: { required: false, label: 'Kiểu khung', values: ['note', 'warning', 'quote'] },
      title: { required: false, label: 'Tiêu đề khung' },
    },
    children: true,
    doc: 'Khung ghi chú, lưu ý hoặc trích dẫn: <Callout type="note" title="Lưu ý">…</Callout>',
  },
  Chart: {
    attributes: {
      observations: { required: true, label: 'Mã số liệu', ref: 'observations' },
      type: { required: false, label: 'Kiểu biểu đồ', values: ['ratio-bars', 'composition', 'progress', 'time-series'] },
      title: { required: false, label: 'Tiêu đề biểu đồ' },
    },
    children: false,
    doc: 'Biểu đồ từ các dòng số liệu: <Chart observations="id-1 id-2" title="…" />',
  },
  DocRef: {
    attributes: { id: { required: true, label: 'Văn bản', ref: 'documents' } },
    children: true,
    doc: 'Liên kết rõ ràng đến một văn bản khi số hiệu trùng nhau: <DocRef id="02-nq-tu-2016-ben-tre">Nghị quyết 02-NQ/TU</DocRef>',
  },
};

/** Plain HTML elements allowed in text, without attributes. */
export const INLINE_HTML = new Set(['br', 'sup', 'sub', 'abbr', 'mark', 'small']);

/** Elements that are never allowed, named so the message can say why. */
export const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'input', 'link', 'meta', 'base']);

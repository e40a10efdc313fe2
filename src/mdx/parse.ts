/**
 * Parses an article body (MDX without code) to mdast and applies the policy: editors write
 * content, not code. Every forbidden construct is reported with its line and column, all at once.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { mdxToMdast } from 'satteri';
import type { Root, Nodes } from 'mdast';
import { makeIssue, type Issue } from '../core/issues.ts';
import { COMPONENTS, FORBIDDEN_ELEMENTS, INLINE_HTML } from './components.ts';

/** The reference parser: micromark's MDX and GFM, whose reading of MDX defines the contract. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * The article's tree. Sätteri (a Rust parser Astro already ships) reads a body about 20× faster;
 * its tree is used when it is one the reference parser gives too, and the reference parser reads
 * the body otherwise: on any syntax error (its messages and positions are the ones editors see),
 * footnotes, import/export, and an element written on one line around text
 * (`<Callout>…</Callout>`), which MDX reads as text inside a paragraph. A test compares both on every construct the contract allows.
 */
export function parseTree(body: string): Root {
  if (!body.includes('[^')) {
    let fast: Root | undefined;
    try {
      fast = mdxToMdast(body, { features: { frontmatter: false } }) as Root;
    } catch {
      fast = undefined;
    }
    if (fast && readsAlike(fast)) return fast;
  }
  return parser.runSync(parser.parse(body)) as Root;
}

function readsAlike(tree: Root): boolean {
  let alike = true;
  walk(tree, (node) => {
    if (
      node.type === 'mdxJsxFlowElement' &&
      node.children.length > 0 &&
      node.position &&
      node.position.start.line === node.position.end.line
    )
      alike = false;
    // import/export are refused anyway; the fast parser ends them elsewhere.
    if (node.type === 'mdxjsEsm') alike = false;
  });
  return alike;
}

export interface ParsedBody {
  tree: Root | undefined;
  issues: Issue[];
}

/** `bodyLine` is the file line where the body starts, so positions are the file's. */
export function parseBody(body: string, file: string, bodyLine: number): ParsedBody {
  let tree: Root;
  try {
    tree = parseTree(body);
  } catch (e) {
    const err = e as { line?: number; column?: number; reason?: string; message?: string };
    return {
      tree: undefined,
      issues: [
        makeIssue('mdx-syntax', {
          file,
          line: (err.line ?? 1) + bodyLine - 1,
          column: err.column,
          value: err.reason ?? err.message,
        }),
      ],
    };
  }
  const issues: Issue[] = [];
  const forbid = (node: Nodes, value: string, vi: string, en: string, field?: string) =>
    issues.push(
      makeIssue('mdx-forbidden', {
        file,
        ...(field ? { field } : {}),
        line: (node.position?.start.line ?? 1) + bodyLine - 1,
        column: node.position?.start.column,
        value,
        message: { vi, en },
      }),
    );
  // `![x][ref]` draws the address of its definition, wherever in the body that stands.
  const definitions = new Map<string, string>();
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
  });
  const offHost = (url: string) => /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
  const OFF_HOST_VI =
    'Ảnh từ trang khác không hiện được trên cổng (chính sách bảo mật chặn): tải ảnh về, đặt cạnh bài viết trong content/ và khai báo ở trường images';
  const OFF_HOST_EN =
    'An image from another host is blocked on the site (security policy): download it, put it beside the article under content/ and list it in images';
  walk(tree, (node) => {
    switch (node.type) {
      case 'imageReference': {
        const url = definitions.get(node.identifier);
        if (url !== undefined && !/^\s*(javascript|vbscript|data):/i.test(url) && offHost(url))
          forbid(node, url, OFF_HOST_VI, OFF_HOST_EN, 'image.url');
        break;
      }
      case 'mdxjsEsm':
        forbid(node, node.value.split('\n')[0]!, 'Không dùng import/export trong bài viết', 'No import/export in articles');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        forbid(
          node,
          `{${node.value}}`,
          'Không dùng biểu thức {…}; muốn viết dấu ngoặc nhọn hãy gõ \\{',
          'No {…} expressions; to write a brace type \\{',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (name === '') {
          forbid(node, '<>', 'Không dùng thẻ rỗng <>…</>', 'No fragments <>…</>');
        } else if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
          forbid(node, `<${name}>`, `Không được dùng thẻ <${name}>`, `The <${name}> element is not allowed`);
        } else if (!(name in COMPONENTS) && !INLINE_HTML.has(name)) {
          forbid(
            node,
            `<${name}>`,
            `Thành phần <${name}> không có trong danh sách được phép (${Object.keys(COMPONENTS).join(', ')})`,
            `Component <${name}> is not on the allowed list (${Object.keys(COMPONENTS).join(', ')})`,
          );
        }
        const spec = COMPONENTS[name];
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute') {
            forbid(node, `{${attr.value}}`, 'Không dùng thuộc tính dạng {…}', 'No {…} attribute spreads');
            continue;
          }
          const val = attr.value;
          if (val === null || val === undefined) {
            // `<DocRef id>`: a bare attribute is `true` to MDX, a value the component cannot use.
            forbid(
              node,
              attr.name,
              `Thuộc tính ${attr.name} cần một giá trị: ${attr.name}="…"`,
              `Attribute ${attr.name} needs a value: ${attr.name}="…"`,
              `${name}.${attr.name}`,
            );
          } else if (val && typeof val === 'object') {
            forbid(
              node,
              `${attr.name}={${val.value}}`,
              `Thuộc tính ${attr.name} phải là chuỗi "…", không phải {…}`,
              `Attribute ${attr.name} must be a "string", not {…}`,
            );
          } else if (/^on/i.test(attr.name)) {
            forbid(node, attr.name, `Không dùng thuộc tính sự kiện ${attr.name}`, `No event-handler attribute ${attr.name}`);
          } else if (typeof val === 'string' && /^\s*(javascript|vbscript|data):/i.test(val)) {
            forbid(node, `${attr.name}="${val}"`, 'Không dùng địa chỉ javascript:/data:', 'No javascript:/data: URLs');
          } else if (spec && !(attr.name in spec.attributes)) {
            forbid(node, attr.name, `<${name}> không có thuộc tính ${attr.name}`, `<${name}> has no attribute ${attr.name}`);
          } else if (
            spec &&
            typeof val === 'string' &&
            spec.attributes[attr.name]?.values &&
            !spec.attributes[attr.name]!.values!.includes(val)
          ) {
            forbid(
              node,
              `${attr.name}="${val}"`,
              `Giá trị được phép: ${spec.attributes[attr.name]!.values!.join(', ')}`,
              `Allowed values: ${spec.attributes[attr.name]!.values!.join(', ')}`,
            );
          } else if (!spec && INLINE_HTML.has(name)) {
            forbid(node, attr.name, `Thẻ <${name}> không nhận thuộc tính`, `<${name}> takes no attributes`);
          }
        }
        if (spec) {
          for (const [attrName, a] of Object.entries(spec.attributes)) {
            if (a.required && !node.attributes.some((x) => x.type === 'mdxJsxAttribute' && x.name === attrName))
              forbid(node, `<${name}>`, `<${name}> cần thuộc tính ${attrName}`, `<${name}> needs the attribute ${attrName}`);
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (/^\s*(javascript|vbscript|data):/i.test(node.url))
          forbid(node, node.url, 'Không dùng địa chỉ javascript:/data:', 'No javascript:/data: URLs');
        else if (node.type === 'image' && offHost(node.url)) forbid(node, node.url, OFF_HOST_VI, OFF_HOST_EN, 'image.url');
        break;
      case 'html':
        forbid(node, node.value, 'Không dùng HTML thô', 'No raw HTML');
        break;
    }
  });
  return { tree, issues };
}

export function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

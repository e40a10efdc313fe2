/**
 * The schema of portal.config.ts, the one file a portal edits. A wrong site address or base path
 * would build a site whose every link, feed and sitemap entry is wrong, so the build and
 * `npm run check` stop on it with the line, the field, the value and the fix, in both languages.
 */
import { z } from 'astro/zod';
import type { Bilingual } from '../core/issues.ts';

const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/** An origin: scheme and host (and port), nothing after but an optional `/`. */
const siteUrl = z.string().refine((v) => /^https?:\/\/[^/?#@\s]+\/?$/.test(v) && URL.canParse(v));

const basePath = z.string().refine(
  (v) =>
    /^\/(?:.+\/)?$/.test(v) &&
    v
      .split('/')
      .slice(1, -1)
      .every((s) => SEGMENT.test(s)),
);

const portalSchema = z.strictObject({
  /** Name in the header and in every page title. */
  name: z.string().trim().min(1),
  /** Short name for narrow screens and feeds. */
  shortName: z.string().trim().min(1),
  /** One sentence under the name, and the home page's description. */
  tagline: z.string().trim().min(1),
  /** The body responsible for the content (cơ quan chủ quản), shown in the footer and citations. */
  publisher: z.string().trim().min(1),
  /** Public address of the site, without the base path. */
  site: siteUrl,
  /** Sub-path the site is served under: `/` at the root, `/portal/` under a path. */
  base: basePath,
  /** Where readers send feedback (ý kiến bạn đọc). */
  feedbackEmail: z.email(),
  /** Licence of the texts and data. */
  license: z.strictObject({ name: z.string().trim().min(1), url: z.url({ protocol: /^https?$/ }) }),
  /** Where the content's history is browsable: `{path}` is replaced by the file path. Empty to hide. */
  historyUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).refine((v) => v.includes('{path}'))]),
  /**
   * The web editor at `<base>bien-tap/` (content/HUONG-DAN.md, "Biên tập trên trình duyệt"):
   * `npm run dev` always serves it; the built site carries it only when `enabled` (or with EDITOR=1).
   * `repo` (`owner/name` on GitHub) is where signed-in editors commit, `branch` the one the site is
   * built from, `authUrl` the origin of the OAuth helper for GitHub sign-in (empty: a token).
   */
  editor: z
    .strictObject({
      enabled: z.boolean(),
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
      branch: z.string().trim().min(1),
      authUrl: z.union([z.literal(''), z.url({ protocol: /^https$/ })]).optional(),
    })
    .optional(),
});

/** What portal.config.ts declares: the fields above, each documented where it is checked. */
export type PortalConfig = z.input<typeof portalSchema>;

/** What each field must be, and how to fix it. */
const EXPECTED: Record<string, Bilingual> = {
  site: {
    vi: 'địa chỉ gốc của trang, dạng https://ten-mien.vn (không có đường dẫn con, ? hay #; đường dẫn con đặt ở base)',
    en: 'the site origin, like https://domain.vn (no sub-path, ? or #; a sub-path goes in base)',
  },
  base: {
    vi: 'đường dẫn con bắt đầu và kết thúc bằng /, mỗi đoạn chỉ gồm chữ không dấu, số, - _ . ~ (ví dụ / hoặc /cong-thong-tin/)',
    en: 'a sub-path starting and ending with /, each segment ASCII letters, digits, - _ . ~ (e.g. / or /portal/)',
  },
  feedbackEmail: { vi: 'một địa chỉ thư điện tử', en: 'an email address' },
  historyUrl: { vi: 'để trống, hoặc một địa chỉ https có {path}', en: 'empty, or an https address containing {path}' },
  editor: {
    vi: '{ enabled: true/false, repo: "to-chuc/kho", branch: "main", authUrl?: "https://…" } (repo dạng chủ/tên kho trên GitHub)',
    en: '{ enabled: true/false, repo: "owner/name", branch: "main", authUrl?: "https://…" }',
  },
};

/** Environment variables that override a field at build time. */
const ENV_OF: Record<string, string> = { site: 'SITE_URL', base: 'BASE_PATH', historyUrl: 'HISTORY_URL' };

export interface PortalProblem {
  /** `portal.config.ts`, or the environment variable the value came from. */
  file: string;
  line?: number;
  field: string;
  value: string;
  expected: Bilingual;
}

/**
 * The problems of a portal configuration, each located: the line of its key in `text` (the
 * file's source), or the environment variable that overrode it.
 */
export function checkPortal(config: unknown, text = '', env: Record<string, string | undefined> = {}): PortalProblem[] {
  const r = portalSchema.safeParse(config);
  if (r.success) return [];
  const lines = text.split('\n');
  // The keys of the exported value, not those of an interface declared above it.
  const from = Math.max(
    0,
    lines.findIndex((l) => /^\s*export\s+(const|default)\b/.test(l)),
  );
  const seen = new Set<string>();
  const out: PortalProblem[] = [];
  for (const issue of r.error.issues) {
    const field = issue.path.map(String).join('.') || '(portal)';
    if (seen.has(field)) continue;
    seen.add(field);
    const key = String(issue.path[issue.path.length - 1] ?? '');
    const value = issue.path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown> | undefined)?.[k], config);
    const fromEnv = ENV_OF[field] && env[ENV_OF[field]] !== undefined ? ENV_OF[field] : undefined;
    const at = lines.findIndex((l, i) => i >= from && new RegExp(`^\\s*['"]?${key}['"]?\\s*:`).test(l));
    out.push({
      file: fromEnv ? `${fromEnv} (biến môi trường / environment variable)` : 'portal.config.ts',
      line: fromEnv || at < 0 ? undefined : at + 1,
      field,
      value: value === undefined ? '(không có / missing)' : String(value),
      expected: EXPECTED[field] ?? { vi: issue.message, en: issue.message },
    });
  }
  return out;
}

export function formatPortalProblems(problems: PortalProblem[]): string {
  const head = 'Cấu hình cổng thông tin sai (invalid portal configuration):';
  const items = problems.map(
    (p) =>
      `  ${p.file}${p.line ? `:${p.line}` : ''} — trường (field) ${p.field} = ${JSON.stringify(p.value)}\n` +
      `    cần (expected): ${p.expected.vi}\n    (${p.expected.en})`,
  );
  return [head, ...items, '  Sửa giá trị trên rồi dựng lại (fix the value above and build again).'].join('\n');
}

export class PortalConfigError extends Error {
  readonly problems: PortalProblem[];
  constructor(problems: PortalProblem[]) {
    super(formatPortalProblems(problems));
    this.problems = problems;
    this.name = 'PortalConfigError';
  }
}

/** Throws a located, bilingual error when the configuration is wrong. */
export function assertPortal(config: unknown, text = '', env: Record<string, string | undefined> = {}): void {
  const problems = checkPortal(config, text, env);
  if (problems.length) throw new PortalConfigError(problems);
}

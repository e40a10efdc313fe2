/**
 * The portal's identity: the one file a provincial portal edits to publish its own site.
 * Nothing else in the project names a province, a publisher or an address.
 * SITE_URL and BASE_PATH in the environment override `site` and `base` at build time (CI
 * deploying under a sub-path, e.g. GitHub Pages: BASE_PATH=/ten-kho/).
 */
export interface PortalConfig {
  /** Name in the header and in every page title. */
  name: string;
  /** Short name for narrow screens and feeds. */
  shortName: string;
  /** One sentence under the name, and the home page's description. */
  tagline: string;
  /** The body responsible for the content (cơ quan chủ quản), shown in the footer and citations. */
  publisher: string;
  /** Public address of the site, without the base path. */
  site: string;
  /** Sub-path the site is served under: `/` at the root, `/portal/` under a path. */
  base: string;
  /** Where readers send feedback (ý kiến bạn đọc). */
  feedbackEmail: string;
  /** Licence of the texts and data. */
  license: { name: string; url: string };
  /** Where the content's history is browsable: `{path}` is replaced by the file path. Empty to hide. */
  historyUrl: string;
  /**
   * The web editor at `<base>bien-tap/` (content/HUONG-DAN.md, "Biên tập trên trình duyệt").
   * `npm run dev` always serves it; the built site carries it only when `enabled`.
   */
  editor?: {
    enabled: boolean;
    /** `owner/name` of the content repository on GitHub, where signed-in editors commit. */
    repo: string;
    /** The branch the site is built from. */
    branch: string;
    /** Origin of the OAuth helper for GitHub sign-in (e.g. a Sveltia CMS Authenticator worker); empty: sign in with a token. */
    authUrl?: string;
  };
}

const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export const portal: PortalConfig = {
  name: 'Cổng thông tin Mô hình kiêm nhiệm',
  shortName: 'Kiêm nhiệm',
  tagline: 'Văn bản, hội nghị và số liệu về mô hình kiêm nhiệm, nhất thể hóa chức danh trong hệ thống chính trị',
  publisher: 'Ban biên tập Cổng thông tin (bản mẫu)',
  site: env.SITE_URL ?? 'https://example.org',
  base: normaliseBase(env.BASE_PATH ?? '/'),
  feedbackEmail: 'bientap@example.org',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
  historyUrl: env.HISTORY_URL ?? '',
  editor: {
    enabled: env.EDITOR === '1',
    // GitHub Actions names the repository it builds.
    repo: env.GITHUB_REPOSITORY ?? 'to-chuc/kho-noi-dung',
    branch: 'main',
    authUrl: env.EDITOR_AUTH_URL,
  },
};

/**
 * The portal's identity: the one file a provincial portal edits to publish its own site.
 * Nothing else in the project names a province, a publisher or an address.
 * SITE_URL and BASE_PATH in the environment override `site` and `base` at build time (CI
 * deploying under a sub-path, e.g. GitHub Pages: BASE_PATH=/ten-kho/). What each field means, and
 * what it must be, is written beside its check in src/schemas/portal.ts.
 */
import type { PortalConfig } from './src/schemas/portal.ts';

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

/**
 * The Content-Security-Policy of every page. Pages carry it in a meta tag; hosts should also
 * send it as a header (see README), which alone carries `frame-ancestors`.
 * No inline script or style is needed anywhere; JSON-LD blocks are data, not script.
 */
const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  // Pagefind compiles its WebAssembly at run time.
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self' mailto:",
};

/** Directives a meta tag cannot carry; headers add them. */
export const HEADER_ONLY_DIRECTIVES: Record<string, string> = {
  'frame-ancestors': "'none'",
};

export function cspString(directives: Record<string, string> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/** Headers a static host should send with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': cspString({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

// @ts-check
/**
 * The web editor's page script (served as `editor.js` next to the page): Vietnamese interface,
 * the generated configuration, and the article components editors may insert. Kept free of
 * anything the page's CSP forbids: no inline code, no eval, nothing fetched from elsewhere.
 */

// The CMS starts itself on import unless told not to; the configuration must come first.
Object.assign(window, { CMS_MANUAL_INIT: true });

// Vietnamese interface unless the editor chose another language in the CMS's settings.
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) || '{}');
  if (!prefs.locale || prefs.locale === 'auto') localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  // Storage refused (private mode): the CMS then follows the browser's language.
}

const [config, components] = await Promise.all(['./config.json', './components.json'].map((u) => fetch(u).then((r) => r.json())));
// Beside this script in the build (copied from the npm package), not a module of the project.
const CMS_URL = './sveltia/npm/index.js';
const { default: CMS } = await import(CMS_URL);

/** `&`, `"` and `<` escaped, so a title cannot end its attribute or open a tag. */
const attr = (/** @type {string} */ s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const unattr = (/** @type {string} */ s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

for (const c of components) {
  const attrs = '((?:\\s+[A-Za-z]+="[^"]*")*)\\s*';
  const pattern = c.children ? new RegExp(`^<${c.name}${attrs}>([\\s\\S]*?)</${c.name}>$`) : new RegExp(`^<${c.name}${attrs}/>$`);
  CMS.registerEditorComponent({
    id: c.id,
    label: c.label,
    fields: c.fields,
    pattern,
    /** @param {RegExpMatchArray} m */
    fromBlock(m) {
      /** @type {Record<string, unknown>} */
      const props = {};
      for (const [, k, v] of (m[1] ?? '').matchAll(/([A-Za-z]+)="([^"]*)"/g)) {
        props[/** @type {string} */ (k)] = c.lists.includes(k)
          ? unattr(v ?? '')
              .split(/\s+/)
              .filter(Boolean)
          : unattr(v ?? '');
      }
      if (c.children) props.noi_dung = (m[2] ?? '').trim();
      return props;
    },
    /** @param {Record<string, unknown>} props */
    toBlock(props) {
      const parts = [];
      for (const f of c.fields) {
        if (f.name === 'noi_dung') continue;
        const v = props[f.name];
        const text = Array.isArray(v) ? v.join(' ') : v == null ? '' : String(v);
        if (text) parts.push(` ${f.name}="${attr(text)}"`);
      }
      const open = `<${c.name}${parts.join('')}`;
      return c.children ? `${open}>${String(props.noi_dung ?? '').trim()}</${c.name}>` : `${open} />`;
    },
    toPreview(/** @type {Record<string, unknown>} */ props) {
      return `${c.label}: ${Object.values(props).flat().filter(Boolean).join(', ')}`;
    },
  });
}

CMS.init({ config });

export {};

import { foldDiacritics } from './fold.ts';

/** The id rule: lowercase ASCII kebab-case, `ben-tre`, `34-kl-tw-2018` (a pattern, for the editor's form). */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const SLUG = new RegExp(SLUG_PATTERN);

/**
 * True when `text` is an id by the rule above; no empty or padded text is. The regular
 * expression itself: compiled, it reads a million ids cut from a file faster than a loop of charCodeAt.
 */
export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/** ASCII slug from Vietnamese text: diacritics and đ (and its look-alike Ð) folded, kebab-case. */
export function suggestSlug(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

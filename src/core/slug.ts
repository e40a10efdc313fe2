import { foldDiacritics } from './fold.ts';

/** ASCII slug from Vietnamese text: diacritics and đ (and its look-alike Ð) folded, kebab-case. */
export function suggestSlug(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

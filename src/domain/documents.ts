/** What makes a document itself, whatever its number says. */
import { yearOf, type MaybeDate } from '../core/partial-date.ts';

/**
 * A document is (unit, number, year of issue): two provinces each have a 02-NQ/TU. A year no
 * source gives is one more value of the key ("?"): two files of one number in one unit, both
 * undated, are the same document entered twice; a dated and an undated one may differ.
 */
export function documentIdentity(d: { unit: string; number: string; issued: MaybeDate }): string {
  return `${d.unit}|${d.number.normalize('NFC').toUpperCase().replace(/\s+/g, '')}|${yearOf(d.issued) ?? '?'}`;
}


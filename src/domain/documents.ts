/** What makes a document itself, whatever its number says. */

/** A document is (unit, number, year of issue): two provinces each have a 02-NQ/TU. */
export function documentIdentity(d: { unit: string; number: string; issued: string }): string {
  return `${d.unit}|${d.number.normalize('NFC').toUpperCase().replace(/\s+/g, '')}|${d.issued.slice(0, 4)}`;
}

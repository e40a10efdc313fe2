/**
 * Type codes printed inside Vietnamese document numbers and the contract kinds they map to.
 * Declared as data; the parser and the mention finder read only this table.
 */

import type { DocumentKind } from '../schemas/document.ts';

/**
 * The `kind` values of content/documents. The type comes from the schema; the list below is
 * repeated as data because this module runs in the search page, where the schema (and zod)
 * must not be bundled — a test keeps the two equal.
 */
export type ContractKind = DocumentKind;

export const CONTRACT_KINDS: readonly ContractKind[] = [
  'nghi-quyet',
  'ket-luan',
  'de-an',
  'ke-hoach',
  'phuong-an',
  'quyet-dinh',
  'chi-thi',
  'quy-dinh',
  'huong-dan',
  'thong-bao',
];

export interface TypeCode {
  /** Canonical spelling as printed: `ĐA`, `QĐi`, `TTr`. */
  code: string;
  /** The contract kind, when the contract has one for this code. */
  kind?: ContractKind;
}

const TYPE_CODES: readonly TypeCode[] = [
  { code: 'NQ', kind: 'nghi-quyet' },
  { code: 'KL', kind: 'ket-luan' },
  { code: 'ĐA', kind: 'de-an' },
  { code: 'KH', kind: 'ke-hoach' },
  { code: 'PA', kind: 'phuong-an' },
  { code: 'QĐ', kind: 'quyet-dinh' },
  { code: 'CT', kind: 'chi-thi' },
  { code: 'QĐi', kind: 'quy-dinh' },
  { code: 'HD', kind: 'huong-dan' },
  { code: 'TB', kind: 'thong-bao' },
  // Parsed but outside the contract's kinds.
  { code: 'NĐ' }, // nghị định
  { code: 'QC' }, // quy chế
  { code: 'BC' }, // báo cáo
  { code: 'TTr' }, // tờ trình
  { code: 'TT' }, // thông tư
  { code: 'TTLT' }, // thông tư liên tịch
  { code: 'CTHĐ' }, // chương trình hành động
  { code: 'CTr' }, // chương trình (công tác, hành động)
];

/** Folded comparison form of a code: uppercase ASCII, Đ → D (`QĐi` → `QDI`). */
export function codeKey(code: string): string {
  return code
    .normalize('NFC')
    .replace(/[\u00D0\u0189đ\u00F0]/g, 'Đ')
    .replace(/Đ/g, 'D')
    .toUpperCase();
}

const BY_KEY = new Map(TYPE_CODES.map((t) => [codeKey(t.code), t]));
const BY_KIND = new Map(TYPE_CODES.filter((t) => t.kind).map((t) => [t.kind, t.code]));

/** The known type code written as `letters` (any case, D or Đ), if any. */
export function lookupType(letters: string): TypeCode | undefined {
  return BY_KEY.get(codeKey(letters));
}

/** `kindForType('ĐA')` → `'de-an'`; any case, D for Đ; undefined for codes outside the contract. */
export function kindForType(type: string): ContractKind | undefined {
  return lookupType(type)?.kind;
}

/** `typeForKind('de-an')` → `'ĐA'`. */
export function typeForKind(kind: string): string | undefined {
  return BY_KIND.get(kind as ContractKind);
}

/** Issuer abbreviations whose official spelling is not all uppercase. */
const MIXED_CASE_ISSUERS: Record<string, string> = { TTG: 'TTg' };

/** Canonical issuer: uppercase, no spaces, Đ kept (`btctu - bdvtu` → `BTCTU-BDVTU`, `ttg` → `TTg`). */
export function canonicalIssuer(issuer: string): string {
  const parts = issuer
    .replace(/\s+/g, '')
    .split('-')
    .filter(Boolean)
    .map((p) => p.replace(/[\u00D0\u0189\u00F0]/g, 'Đ').toUpperCase());
  return parts.map((p) => MIXED_CASE_ISSUERS[p] ?? p).join('-');
}

/** The type code inside a document number: `34-KL/TW` → KL, `3903/PA-UBND` → PA, `01-ĐA/TU` → ĐA. */
export function typeCodeOf(number: string): string | undefined {
  const n = number.normalize('NFC').replace(/Ð/g, 'Đ').trim();
  // Party form: <serial>-<TYPE>/<ISSUER>
  const party = /^\d+[a-z]?-([A-ZĐa-zđ]+)\//u.exec(n);
  // State form: <serial>[/<year>]/<TYPE>-<ISSUER>
  const state = /^\d+(?:\/\d{4})?\/([A-ZĐa-zđ]+)-/u.exec(n);
  const code = (party ?? state)?.[1];
  if (!code) return undefined;
  // QĐi (quy định) keeps its lowercase i; other codes are uppercase.
  return code.toUpperCase() === 'QĐI' ? 'QĐi' : code.toUpperCase();
}

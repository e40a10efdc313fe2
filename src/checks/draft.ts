/**
 * A draft is committed for review before it is complete: what publication still needs (an empty
 * or missing field) is a warning on it, and becomes an error once `draft: true` is removed. One
 * rule for every required field, whichever check finds it missing (the schema's or a rule that
 * sees the whole entry, like `held` of an event).
 */
import type { Issue } from '../core/issues.ts';

export function draftIssue(i: Issue): Issue {
  if (i.code !== 'required' || i.severity !== 'error') return i;
  return {
    ...i,
    severity: 'warning',
    message: {
      vi: `${i.message.vi} (bản nháp: cần điền trước khi xuất bản)`,
      en: `${i.message.en} (draft: fill it in before publishing)`,
    },
  };
}

import { describe, expect, it } from 'vitest';
import { isPublic, today } from './publishing.ts';

describe('today and isPublic', () => {
  it('today({}) is the calendar day in Vietnam, as YYYY-MM-DD', () => {
    expect(today({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('today({ PORTAL_TODAY }) is the given day: a build as published on that day', () => {
    expect(today({ PORTAL_TODAY: '2024-06-01' })).toBe('2024-06-01');
    const scheduled = { published: '2024-06-01' };
    expect(isPublic(scheduled, today({ PORTAL_TODAY: '2024-05-31' }))).toBe(false);
    expect(isPublic(scheduled, today({ PORTAL_TODAY: '2024-06-01' }))).toBe(true);
    expect(isPublic({ ...scheduled, draft: true }, today({ PORTAL_TODAY: '2030-01-01' }))).toBe(false);
  });

  it.each(['2024-02-30', '1/6/2024', '2024-6-1', 'mai'])(
    'today({ PORTAL_TODAY: %j }) throws, naming the variable and the form',
    (given) => {
      expect(() => today({ PORTAL_TODAY: given })).toThrow(/PORTAL_TODAY=.*YYYY-MM-DD/);
    },
  );
});

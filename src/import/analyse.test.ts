import { describe, expect, it } from 'vitest';
import { newDocumentCommand } from './analyse.ts';

describe('newDocumentCommand', () => {
  it('newDocumentCommand(d) proposes the kind, number and date to complete as the title', () => {
    expect(newDocumentCommand({ number: '02-NQ/TU', date: '2016-04-12', raw: '', typeWord: 'nghi-quyet' })).toBe(
      'npm run new -- van-ban "Nghị quyết số 02-NQ/TU ngày 12/4/2016"',
    );
    expect(newDocumentCommand({ number: '35-KH/TU', raw: '' })).toBe('npm run new -- van-ban "35-KH/TU"');
  });

  it('a document named without a number keeps its name once, not "Nghị quyết số Nghị quyết …"', () => {
    expect(newDocumentCommand({ number: 'Nghị quyết Trung ương 6 (khóa XII)', raw: '', typeWord: 'nghi-quyet' })).toBe(
      'npm run new -- van-ban "Nghị quyết Trung ương 6 (khóa XII)"',
    );
  });
});

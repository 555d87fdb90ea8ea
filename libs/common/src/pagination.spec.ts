import { DomainError, ErrorCode } from './domain-error';
import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('cursor pagination', () => {
  it('round-trips cursor values', () => {
    expect(decodeCursor(encodeCursor(['2026-11-23T09:00:00.000Z', 'abc']), 2)).toEqual([
      '2026-11-23T09:00:00.000Z',
      'abc',
    ]);
  });

  it.each([
    'garbage',
    encodeCursor(['only-one']),
    Buffer.from('{"a":1}').toString('base64url'),
    encodeCursor([{} as never, 1]),
  ])('rejects a malformed cursor %s as a validation error on `cursor`', (cursor) => {
    try {
      decodeCursor(cursor, 2);
      throw new Error('expected failure');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.ValidationFailed);
      expect((error as DomainError).errors[0].field).toBe('cursor');
    }
  });

  it('uses the extra row only to know that more exist', () => {
    const rows = [1, 2, 3];
    expect(toPage(rows, 2, (r) => [r], String)).toEqual({ items: ['1', '2'], nextCursor: encodeCursor([2]) });
    expect(toPage(rows, 3, (r) => [r], String)).toEqual({ items: ['1', '2', '3'], nextCursor: null });
  });
});

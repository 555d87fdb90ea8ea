import { nextMidnightPacific, parseRetryAfter } from './retry-after';

describe('parseRetryAfter', () => {
  const now = new Date('2026-03-01T12:00:00.000Z');

  it('reads delay-seconds relative to now', () => {
    expect(parseRetryAfter('120', now)?.toISOString()).toBe('2026-03-01T12:02:00.000Z');
    expect(parseRetryAfter(' 0 ', now)?.toISOString()).toBe('2026-03-01T12:00:00.000Z');
  });

  it('reads an HTTP-date (IMF-fixdate)', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:30:00 GMT', now)?.toISOString()).toBe(
      '2026-03-01T12:30:00.000Z',
    );
  });

  it('never returns a moment before now', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)?.toISOString()).toBe(now.toISOString());
  });

  it.each([
    null,
    undefined,
    '',
    '   ',
    '-5',
    '1.5',
    'soon',
    '2026-03-01T12:30:00Z',
    'Sun, 01 Mar 2026 12:30:00 PST',
  ])('returns null for %p', (value) => {
    expect(parseRetryAfter(value, now)).toBeNull();
  });
});

describe('nextMidnightPacific', () => {
  it.each([
    // winter (PST, UTC−8)
    ['2026-01-15T20:00:00Z', '2026-01-16T08:00:00.000Z'],
    // summer (PDT, UTC−7), 23:30 local: half an hour to go
    ['2026-07-15T06:30:00Z', '2026-07-15T07:00:00.000Z'],
    // exactly midnight: the next one, a day later
    ['2026-01-16T08:00:00Z', '2026-01-17T08:00:00.000Z'],
    // the day DST starts (8 March 2026): midnight itself is still PST…
    ['2026-03-07T20:00:00Z', '2026-03-08T08:00:00.000Z'],
    // …and the following midnight is PDT
    ['2026-03-08T12:00:00Z', '2026-03-09T07:00:00.000Z'],
    // the day DST ends (1 November 2026)
    ['2026-10-31T19:00:00Z', '2026-11-01T07:00:00.000Z'],
    ['2026-11-01T12:00:00Z', '2026-11-02T08:00:00.000Z'],
  ])('%s → %s', (now, expected) => {
    expect(nextMidnightPacific(new Date(now)).toISOString()).toBe(expected);
  });
});

const HTTP_DATE = /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * `Retry-After` (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date. Returns the moment to retry,
 * never earlier than `now` (a date in the past means "now"); `null` when absent or unreadable, so the
 * caller can fall back to its own default instead of retrying immediately on garbage.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): Date | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return new Date(now.getTime() + Number(text) * 1000);
  // Only the IMF-fixdate form: Date.parse accepts far more (and differs between engines on the rest).
  if (!HTTP_DATE.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return new Date(Math.max(at, now.getTime()));
}

/** `now + ms`; small helper so fallbacks read as intent at the call site. */
export function after(now: Date, ms: number): Date {
  return new Date(now.getTime() + ms);
}

const PACIFIC = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Los_Angeles',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Calendar fields of `ms` on the wall clock in Los Angeles. */
function pacificParts(ms: number): { year: number; month: number; day: number; utcOfWall: number } {
  const parts: Record<string, number> = {};
  for (const part of PACIFIC.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const utcOfWall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return { year: parts.year, month: parts.month, day: parts.day, utcOfWall };
}

/** Offset of Los Angeles wall time from UTC at `ms` (−8 h in winter, −7 h in summer), in ms. */
function pacificOffset(ms: number): number {
  return pacificParts(ms - (ms % 1000)).utcOfWall - (ms - (ms % 1000));
}

/**
 * The next midnight in America/Los_Angeles after `now`. YouTube Data API quotas reset at midnight
 * Pacific Time (documented in the API's quota FAQ and in Google Cloud's quota page), so a
 * `quotaExceeded` answer means nothing will succeed before then. DST is handled through Intl: the
 * offset is taken at the target midnight itself (US transitions happen at 02:00, never at midnight).
 */
export function nextMidnightPacific(now: Date): Date {
  const today = pacificParts(now.getTime());
  const wallMidnight = Date.UTC(today.year, today.month - 1, today.day + 1);
  let utc = wallMidnight - pacificOffset(wallMidnight);
  // The first guess used the offset at the wall-clock instant read as UTC; correct it once if DST differs.
  const corrected = wallMidnight - pacificOffset(utc);
  if (corrected !== utc) utc = corrected;
  return new Date(utc);
}

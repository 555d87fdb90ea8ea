export const DAY_MS = 86_400_000;

// Module-level alias: under Jest's vm sandbox every `Math.x` is a slow global lookup.
const { floor } = Math;

const P2: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/**
 * `new Date(ms).toISOString()` for whole seconds (the fraction is always .000), about ten times faster:
 * V8's formatter costs ~0.5 µs, which was a fifth of the time per record with five dates in each.
 * Valid for years 1000–9999; days-to-civil conversion after Howard Hinnant's `civil_from_days`.
 */
export function isoSeconds(ms: number): string {
  const secs = floor(ms / 1000);
  const days = floor(secs / 86_400);
  let rest = secs - days * 86_400;
  const hh = floor(rest / 3600);
  rest -= hh * 3600;
  const mm = floor(rest / 60);
  const ss = rest - mm * 60;
  const z = days + 719_468;
  const era = floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36_524) - floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const d = doy - floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${P2[m]}-${P2[d]}T${P2[hh]}:${P2[mm]}:${P2[ss]}.000Z`;
}

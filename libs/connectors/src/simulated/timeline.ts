import type { Persona } from './persona';
import { SIMULATION_ANCHOR_MS } from './persona';
import { stream, unit } from './seed';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

/** Day-to-day wiggle of real counters (unfollows, purges): ±0.15%, far below the 1%/day spike threshold. */
const WIGGLE = 0.0015;

/** sim_spike_: a purchase lands every 9 weeks, within 6 hours, and Instagram-style purges remove it over 4 weeks. */
export const SPIKE = {
  periodMs: 63 * DAY_MS,
  rampMs: 6 * HOUR_MS,
  purgeMs: 28 * DAY_MS,
  minShare: 0.18,
  maxShare: 0.3,
} as const;

/** Share of a post's final likes/comments it has `ageMs` after publishing (most arrive on the first day). */
export function engagementMaturity(ageMs: number): number {
  return ageMs <= 0 ? 0 : 1 - Math.exp(-ageMs / (18 * HOUR_MS));
}

/** Views keep coming for days (search, recommendations). */
export function viewMaturity(ageMs: number): number {
  return ageMs <= 0 ? 0 : 1 - Math.exp(-ageMs / (48 * HOUR_MS));
}

/** Smooth deterministic noise: random per day, linearly interpolated in between, so close samples agree. */
function wiggle(seed: number, t: number): number {
  const day = Math.floor(t / DAY_MS);
  const frac = t / DAY_MS - day;
  const at = (d: number) => (unit(seed, d) - 0.5) * 2 * WIGGLE;
  return at(day) * (1 - frac) + at(day + 1) * frac;
}

/** Followers who actually follow: compound weekly growth from the anchor, plus wiggle. */
export function organicFollowersAt(persona: Persona, t: number): number {
  const weeks = (t - SIMULATION_ANCHOR_MS) / WEEK_MS;
  const trend = persona.baseFollowers * Math.exp(persona.weeklyGrowth * weeks);
  return trend * (1 + wiggle(stream(persona.seed, 'wiggle'), t));
}

/** Bought followers still on the account at `t` (only the last two purchases can still be there). */
function boughtFollowersAt(persona: Persona, t: number): number {
  const seed = stream(persona.seed, 'spike');
  const phase = unit(seed, -1) * SPIKE.periodMs;
  const latest = Math.floor((t - SIMULATION_ANCHOR_MS - phase) / SPIKE.periodMs);
  let bought = 0;
  for (const i of [latest, latest - 1]) {
    const at = SIMULATION_ANCHOR_MS + phase + i * SPIKE.periodMs;
    const dt = t - at;
    if (dt < 0 || dt > SPIKE.rampMs + SPIKE.purgeMs) continue;
    const size =
      organicFollowersAt(persona, at) * (SPIKE.minShare + (SPIKE.maxShare - SPIKE.minShare) * unit(seed, i));
    bought +=
      dt < SPIKE.rampMs ? (size * dt) / SPIKE.rampMs : size * (1 - (dt - SPIKE.rampMs) / SPIKE.purgeMs);
  }
  return bought;
}

/** The follower count the platform shows at `t` (ms). Deterministic; defined before and after the anchor. */
export function followersAt(persona: Persona, t: number): number {
  const bought = persona.scenario === 'spike' ? boughtFollowersAt(persona, t) : 0;
  return Math.max(0, Math.round(organicFollowersAt(persona, t) + bought));
}

/** Accounts followed drift slowly with the same wiggle (a constant would look fake in history). */
export function followingAt(persona: Persona, t: number): number | null {
  if (persona.following === null) return null;
  return Math.max(0, Math.round(persona.following * (1 + wiggle(stream(persona.seed, 'followers'), t) * 4)));
}

/**
 * Post slot k is published at anchor + k·gap + jitter (jitter < 0.75·gap keeps slots in order). Slots
 * are fixed in time, so a post keeps its id and date across refreshes and new ones appear as time passes.
 */
export function slotTime(persona: Persona, k: number): number {
  const jitter = unit(stream(persona.seed, 'slot'), k) * 0.75 * persona.postGapMs;
  return SIMULATION_ANCHOR_MS + k * persona.postGapMs + jitter;
}

/** The newest slot published at or before `t`. */
export function latestSlot(persona: Persona, t: number): number {
  let k = Math.floor((t - SIMULATION_ANCHOR_MS) / persona.postGapMs);
  while (slotTime(persona, k) > t) k--;
  return k;
}

/** Posts on the account at `t`: those before the anchor plus the slots since. */
export function postCountAt(persona: Persona, t: number): number {
  return Math.max(0, persona.basePostCount + latestSlot(persona, t) + 1);
}

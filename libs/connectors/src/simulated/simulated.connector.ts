import type { Platform } from '@fitscout/scoring';
import type {
  AccountData,
  AccountRef,
  AudienceData,
  Clock,
  CommentSample,
  ConnectorCapabilities,
  FetchPostsOptions,
  FollowerSampleData,
  PlatformConnector,
  PostMetrics,
  ProfileMetrics,
} from '../connector.types';
import { DEFAULT_POST_LIMIT } from '../connector.types';
import {
  AccountNotFoundError,
  AccountPrivateError,
  AccountSuspendedError,
  ConnectorErrorCode,
  ConnectorRequestError,
  QuotaExhaustedError,
  RateLimitedError,
  TransientConnectorError,
} from '../errors/connector-errors';
import { nextMidnightPacific } from '../errors/retry-after';
import { normalizeHandle } from '../text/caption-entities';
import { simulatedComments } from './comments';
import { buildPersona, type Persona } from './persona';
import { slotPost } from './posts';
import { RATE_LIMIT_WINDOW_MS } from './scenarios';
import { followersAt, followingAt, latestSlot, postCountAt } from './timeline';

export interface SimulatedConnectorOptions {
  clock?: Clock;
}

/** A metric snapshot as the history would have recorded it. */
export interface SimulatedSnapshot {
  capturedAt: Date;
  followers: number;
  following: number | null;
  postCount: number;
}

export const SIMULATED_MAX_POSTS = 50;
/** Personas are cheap (~0.1 ms) but not free; a refresh sweep touches each account once. */
const PERSONA_CACHE_SIZE = 5000;

/**
 * Deterministic stand-in for a platform: the same handle yields the same creator, posts and history on
 * every machine; `now` (the injected clock) only decides which posts exist yet and how far counters have
 * grown. Scripted anomalies by handle prefix: see scenarios.ts and the README.
 */
export class SimulatedConnector implements PlatformConnector {
  readonly source = 'simulated' as const;
  readonly enabled = true;
  readonly disabledReason = null;
  readonly capabilities: ConnectorCapabilities = { audience: true, followerSample: true, comments: true };
  private readonly clock: Clock;
  private readonly personas = new Map<string, Persona>();
  /** sim_flaky_: calls per account, for the fail-fail-succeed pattern. */
  private readonly attempts = new Map<string, number>();

  constructor(
    readonly platform: Platform,
    options: SimulatedConnectorOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  async fetchProfile(ref: AccountRef): Promise<ProfileMetrics> {
    const now = this.clock();
    return this.profile(this.open(ref, now), now);
  }

  async fetchRecentPosts(ref: AccountRef, options: FetchPostsOptions = {}): Promise<PostMetrics[]> {
    const now = this.clock();
    return this.posts(this.open(ref, now), now, options.limit);
  }

  async fetchAudience(ref: AccountRef): Promise<AudienceData | null> {
    const now = this.clock();
    return this.audience(this.open(ref, now), now);
  }

  async fetchFollowerSample(ref: AccountRef): Promise<FollowerSampleData | null> {
    const now = this.clock();
    return { followers: this.open(ref, now).followerSample.map((f) => ({ ...f })), capturedAt: now };
  }

  async fetchRecentComments(
    ref: AccountRef,
    options: FetchPostsOptions = {},
  ): Promise<CommentSample[] | null> {
    const now = this.clock();
    const persona = this.open(ref, now);
    return simulatedComments(persona, this.posts(persona, now, options.limit), now.getTime());
  }

  /** One "call": the scripted failures apply once, and every part describes the same instant. */
  async fetchAccount(ref: AccountRef, options: FetchPostsOptions = {}): Promise<AccountData> {
    const now = this.clock();
    const persona = this.open(ref, now);
    const posts = this.posts(persona, now, options.limit);
    return {
      profile: this.profile(persona, now),
      posts,
      audience: this.audience(persona, now),
      followerSample: { followers: persona.followerSample.map((f) => ({ ...f })), capturedAt: now },
      comments: simulatedComments(persona, posts, now.getTime()),
      fetchedAt: now,
    };
  }

  /**
   * Followers at any moment, past or future, without failing for scripted errors: lets seeders and tests
   * write history snapshots that agree with what later refreshes return.
   */
  followersAt(ref: AccountRef | string, at: Date): number {
    return followersAt(this.persona(ref), at.getTime());
  }

  snapshotAt(ref: AccountRef | string, at: Date): SimulatedSnapshot {
    const persona = this.persona(ref);
    const t = at.getTime();
    return {
      capturedAt: at,
      followers: followersAt(persona, t),
      following: followingAt(persona, t),
      postCount: postCountAt(persona, t),
    };
  }

  /** Snapshots every `intervalMs` from `from` up to and including `to`. */
  history(ref: AccountRef | string, from: Date, to: Date, intervalMs = 86_400_000): SimulatedSnapshot[] {
    if (!(intervalMs > 0)) throw new RangeError('intervalMs must be positive');
    const out: SimulatedSnapshot[] = [];
    for (let t = from.getTime(); t <= to.getTime(); t += intervalMs)
      out.push(this.snapshotAt(ref, new Date(t)));
    return out;
  }

  private persona(ref: AccountRef | string): Persona {
    const key = typeof ref === 'string' ? normalizeHandle(ref) : refKey(ref);
    if (!key)
      throw new ConnectorRequestError(this.platform, 'An account ref needs a handle or an externalId');
    let persona = this.personas.get(key);
    if (!persona) {
      if (this.personas.size >= PERSONA_CACHE_SIZE) {
        const oldest = this.personas.keys().next().value;
        if (oldest !== undefined) this.personas.delete(oldest);
      }
      persona = buildPersona(this.platform, key);
      this.personas.set(key, persona);
    }
    return persona;
  }

  /** The persona for a fetch, after the scripted failures of its scenario. */
  private open(ref: AccountRef, now: Date): Persona {
    const persona = this.persona(ref);
    const name = `@${persona.key}`;
    switch (persona.scenario) {
      case 'flaky': {
        const attempt = (this.attempts.get(persona.key) ?? 0) + 1;
        this.attempts.set(persona.key, attempt);
        if (attempt % 3 === 1) {
          throw new TransientConnectorError(
            ConnectorErrorCode.Timeout,
            this.platform,
            `simulated timeout for ${name}`,
          );
        }
        if (attempt % 3 === 2) {
          throw new TransientConnectorError(
            ConnectorErrorCode.UpstreamUnavailable,
            this.platform,
            `simulated 503 for ${name}`,
            { httpStatus: 503 },
          );
        }
        break;
      }
      case 'ratelimited': {
        const window = Math.floor(now.getTime() / RATE_LIMIT_WINDOW_MS);
        if (window % 2 === 0) {
          const retryAt = new Date((window + 1) * RATE_LIMIT_WINDOW_MS);
          throw new RateLimitedError(this.platform, `simulated rate limit for ${name}`, retryAt, {
            httpStatus: 429,
          });
        }
        break;
      }
      case 'quota':
        throw new QuotaExhaustedError(
          this.platform,
          'simulated daily quota exhausted',
          nextMidnightPacific(now),
          {
            httpStatus: 403,
            upstreamReason: 'quotaExceeded',
          },
        );
      case 'private':
        throw new AccountPrivateError(this.platform, `simulated: ${name} is private`);
      case 'gone':
        throw new AccountNotFoundError(this.platform, `simulated: ${name} does not exist`, {
          httpStatus: 404,
        });
      case 'suspended':
        throw new AccountSuspendedError(this.platform, `simulated: ${name} is suspended`);
      default:
        break;
    }
    return persona;
  }

  private profile(persona: Persona, now: Date): ProfileMetrics {
    const t = now.getTime();
    return {
      externalId: persona.externalId,
      handle: persona.key,
      displayName: persona.displayName,
      url: persona.url,
      followers: followersAt(persona, t),
      following: followingAt(persona, t),
      postCount: postCountAt(persona, t),
      verified: persona.verified,
      bio: persona.bio,
      fetchedAt: now,
    };
  }

  private posts(persona: Persona, now: Date, limit = DEFAULT_POST_LIMIT): PostMetrics[] {
    if (persona.pool.length === 0) return [];
    const n = Math.min(SIMULATED_MAX_POSTS, Math.max(1, Math.floor(limit)));
    const t = now.getTime();
    const newest = latestSlot(persona, t);
    return Array.from({ length: n }, (_, i) => slotPost(persona, newest - i, t));
  }

  private audience(persona: Persona, now: Date): AudienceData {
    const a = persona.audience;
    return {
      countries: { ...a.countries },
      languages: { ...a.languages },
      ageBands: { ...a.ageBands },
      genders: { ...a.genders },
      sampleSize: a.sampleSize ?? null,
      capturedAt: now,
    };
  }
}

function refKey(ref: AccountRef): string {
  // Keyed by handle so that the same account is the same persona wherever the ref came from.
  if (ref.handle && normalizeHandle(ref.handle)) return normalizeHandle(ref.handle);
  return ref.externalId?.trim() ?? '';
}

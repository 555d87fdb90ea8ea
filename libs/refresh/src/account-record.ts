import type { ImportRecord } from '@fitscout/catalogue';
import type { AccountData } from '@fitscout/connectors';

/** What the catalogue knows about the account being refreshed (the creator data connectors do not have). */
export interface KnownAccount {
  platform: ImportRecord['platform'];
  handle: string;
  externalId: string | null;
  followers: number;
  verified: boolean;
  influencer: ImportRecord['influencer'];
}

/**
 * A connector's view of an account as an import record, so a refresh takes the same write path as the operator
 * import (idempotent upsert, engagement basics, search document). The creator's own data (name, country,
 * categories) is kept as the catalogue has it; figures a platform hides keep their last known value.
 */
export function toImportRecord(known: KnownAccount, data: AccountData, window: Date): ImportRecord {
  const { profile } = data;
  const posts = data.posts.map((p) => ({
    externalId: p.externalId,
    kind: p.kind,
    publishedAt: p.publishedAt.toISOString(),
    caption: p.caption ?? undefined,
    hashtags: p.hashtags,
    mentions: p.mentions,
    likes: p.likes,
    comments: p.comments,
    shares: p.shares,
    saves: p.saves,
    views: p.views,
    isPaidPartnership: p.isPaidPartnership ?? undefined,
    url: p.url ?? undefined,
  }));
  const lastPostedAt = posts.reduce<string | undefined>(
    (latest, p) => (latest === undefined || p.publishedAt > latest ? p.publishedAt : latest),
    undefined,
  );
  return {
    platform: known.platform,
    externalId: profile.externalId || known.externalId || undefined,
    handle: profile.handle || known.handle,
    url: profile.url ?? undefined,
    followers: profile.followers ?? known.followers,
    following: profile.following ?? undefined,
    postCount: profile.postCount ?? undefined,
    verified: profile.verified ?? known.verified,
    bio: profile.bio ?? undefined,
    status: 'active',
    lastPostedAt,
    // The window start, not the fetch time: a retried or duplicated job for one window writes one snapshot.
    capturedAt: window.toISOString(),
    influencer: known.influencer,
    posts,
    audience: data.audience
      ? {
          countries: data.audience.countries,
          languages: data.audience.languages,
          ageBands: data.audience.ageBands,
          genders: data.audience.genders,
          sampleSize: data.audience.sampleSize ?? undefined,
          capturedAt: window.toISOString(),
        }
      : undefined,
    followerSample: data.followerSample?.followers,
  };
}

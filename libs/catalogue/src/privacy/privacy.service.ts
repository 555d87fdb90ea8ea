import { AuditService } from '@fitscout/audit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Platform } from '../catalogue.constants';
import { suppressionKeys } from '../import/suppression-key';

export interface ErasureResult {
  found: boolean;
  influencerId: string | null;
  accountsErased: number;
  overlaysErased: number;
  suppressionEntries: number;
}

interface AccountKeyRow {
  id: string;
  platform: string;
  handle: string;
  external_id: string | null;
}

/**
 * GDPR rights of creators: erasure (everything about the person, in the catalogue and in every
 * organisation's overlay, plus a hashed suppression entry so no import or refresh brings them back)
 * and export (everything held, as JSON).
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async erase(platform: Platform, handle: string): Promise<ErasureResult> {
    const normalised = handle.replace(/^@/, '').toLowerCase();
    return this.dataSource.transaction(async (em) => {
      const [target]: { influencer_id: string }[] = await em.query(
        'SELECT influencer_id FROM platform_accounts WHERE platform = $1 AND handle = $2 FOR UPDATE',
        [platform, normalised],
      );
      // The person's other accounts are theirs too: erase and suppress all of them.
      const accounts: AccountKeyRow[] = target
        ? await em.query(
            'SELECT id, platform, handle, external_id FROM platform_accounts WHERE influencer_id = $1',
            [target.influencer_id],
          )
        : [];
      const keys = new Set(suppressionKeys(platform, normalised));
      for (const a of accounts)
        for (const k of suppressionKeys(a.platform, a.handle, a.external_id)) keys.add(k);
      await em.query(
        `INSERT INTO suppressions (key_hash, reason) SELECT unnest($1::varchar[]), 'erasure_request' ON CONFLICT DO NOTHING`,
        [[...keys]],
      );
      if (!target) {
        return {
          found: false,
          influencerId: null,
          accountsErased: 0,
          overlaysErased: 0,
          suppressionEntries: keys.size,
        };
      }
      const orgs: { organisation_id: string }[] = await em.query(
        `SELECT DISTINCT organisation_id FROM influencer_overlays WHERE influencer_id = $1
         UNION SELECT DISTINCT organisation_id FROM influencer_list_items WHERE influencer_id = $1`,
        [target.influencer_id],
      );
      await em.query('DELETE FROM account_refresh_requests WHERE account_id = ANY($1::uuid[])', [
        accounts.map((a) => a.id),
      ]);
      // Cascades to accounts, posts, snapshots, audiences, follower samples, overlays and list items.
      await em.query('DELETE FROM influencers WHERE id = $1', [target.influencer_id]);
      for (const { organisation_id } of orgs) {
        // The audit entry names no person: only that an erasure removed this organisation's data.
        await this.audit.record(em, {
          organisationId: organisation_id,
          actorUserId: null,
          action: 'influencer.erased',
          targetType: 'influencer',
          targetId: target.influencer_id,
          changes: { reason: 'erasure_request' },
        });
      }
      return {
        found: true,
        influencerId: target.influencer_id,
        accountsErased: accounts.length,
        overlaysErased: orgs.length,
        suppressionEntries: keys.size,
      };
    });
  }

  /** Everything held on the creator who owns this account, or null when nothing is held. */
  async export(platform: Platform, handle: string): Promise<Record<string, unknown> | null> {
    const normalised = handle.replace(/^@/, '').toLowerCase();
    const [row]: { data: Record<string, unknown> }[] = await this.dataSource.query(
      `SELECT json_build_object(
         'exportedAt', now(),
         'influencer', to_jsonb(i) - 'id',
         'accounts', (SELECT coalesce(json_agg(to_jsonb(a) - 'search_document' || jsonb_build_object(
             'posts', (SELECT coalesce(json_agg(p ORDER BY p.published_at DESC), '[]') FROM posts p WHERE p.account_id = a.id),
             'metricSnapshots', (SELECT coalesce(json_agg(s ORDER BY s.captured_at), '[]') FROM metric_snapshots s WHERE s.account_id = a.id),
             'audience', (SELECT to_jsonb(ap) FROM audience_profiles ap WHERE ap.account_id = a.id),
             'followerSample', (SELECT to_jsonb(fs) FROM follower_samples fs WHERE fs.account_id = a.id))), '[]')
           FROM platform_accounts a WHERE a.influencer_id = i.id),
         'organisationOverlays', (SELECT coalesce(json_agg(o), '[]') FROM influencer_overlays o WHERE o.influencer_id = i.id),
         'organisationLists', (SELECT coalesce(json_agg(json_build_object('organisationId', l.organisation_id, 'list', l.name,
             'addedAt', li.created_at)), '[]')
           FROM influencer_list_items li JOIN influencer_lists l ON l.id = li.list_id WHERE li.influencer_id = i.id)
       ) AS data
         FROM influencers i
        WHERE i.id = (SELECT influencer_id FROM platform_accounts WHERE platform = $1 AND handle = $2)`,
      [platform, normalised],
    );
    return row?.data ?? null;
  }
}

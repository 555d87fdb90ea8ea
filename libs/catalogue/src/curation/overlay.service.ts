import { AuditService } from '@fitscout/audit';
import { DomainError, ErrorCode } from '@fitscout/common';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Platform } from '../catalogue.constants';
import type { ContactDetails, NegotiatedRate } from '../entities/influencer-overlay.entity';
import { suppressionKeys } from '../import/suppression-key';

export interface CurationActor {
  organisationId: string;
  userId: string | null;
  requestId?: string | null;
}

export interface OverlayPatch {
  notes?: string | null;
  tags?: string[];
  contact?: ContactDetails | null;
  rates?: NegotiatedRate[];
}

export interface TrackResult {
  influencerId: string;
  accountId: string;
  created: boolean;
  accountStatus: string;
  refreshRequestedAt: string;
}

/** The organisation's private layer over the public catalogue: notes, tags, contacts, rates, tracking. */
@Injectable()
export class OverlayService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async update(actor: CurationActor, influencerId: string, patch: OverlayPatch): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.assertInfluencer(em, influencerId);
      const set = {
        notes: patch.notes,
        tags: patch.tags ? [...new Set(patch.tags.map((t) => t.trim().toLowerCase()))] : undefined,
        contact: patch.contact,
        rates: patch.rates,
      };
      const columns = Object.entries(set).filter(([, v]) => v !== undefined);
      const names = columns.map(([k]) => k);
      const values = columns.map(([k, v]) => (k === 'contact' || k === 'rates' ? JSON.stringify(v) : v));
      // Upsert only the fields given; column names come from the fixed list above, never from input.
      await em.query(
        `INSERT INTO influencer_overlays (organisation_id, influencer_id${names.map((n) => `, ${n}`).join('')})
         VALUES ($1, $2${names.map((_, i) => `, $${i + 3}`).join('')})
         ON CONFLICT (organisation_id, influencer_id) DO UPDATE SET updated_at = now()${names
           .map((n) => `, ${n} = EXCLUDED.${n}`)
           .join('')}`,
        [actor.organisationId, influencerId, ...values],
      );
      await this.audit.record(em, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        requestId: actor.requestId,
        action: 'influencer.overlay_updated',
        targetType: 'influencer',
        targetId: influencerId,
        changes: { fields: names },
      });
    });
  }

  /**
   * Tracks a creator for the organisation. An account we do not know yet is created as `pending`
   * and a refresh is requested in the same transaction (outbox), so the request cannot be lost.
   */
  async track(actor: CurationActor, platform: Platform, handle: string): Promise<TrackResult> {
    const normalised = handle.replace(/^@/, '').toLowerCase();
    return this.dataSource.transaction(async (em) => {
      const suppressed = await em.query('SELECT 1 FROM suppressions WHERE key_hash = ANY($1)', [
        suppressionKeys(platform, normalised),
      ]);
      if (suppressed.length > 0) {
        throw new DomainError(
          ErrorCode.Unprocessable,
          'This creator asked for their data to be erased and cannot be tracked.',
        );
      }
      let [account]: { id: string; influencer_id: string; status: string }[] = await em.query(
        'SELECT id, influencer_id, status FROM platform_accounts WHERE platform = $1 AND handle = $2',
        [platform, normalised],
      );
      const created = !account;
      if (!account) {
        const [influencer]: { id: string }[] = await em.query(
          `INSERT INTO influencers (source_key, display_name) VALUES ($1, $2)
           ON CONFLICT (source_key) DO UPDATE SET updated_at = now() RETURNING id`,
          [`${platform}:${normalised}`, normalised],
        );
        [account] = await em.query(
          `INSERT INTO platform_accounts (influencer_id, platform, handle, status) VALUES ($1, $2, $3, 'pending')
           RETURNING id, influencer_id, status`,
          [influencer.id, platform, normalised],
        );
      }
      await em.query(
        `INSERT INTO influencer_overlays (organisation_id, influencer_id, tracked_at) VALUES ($1, $2, now())
         ON CONFLICT (organisation_id, influencer_id) DO UPDATE
           SET tracked_at = coalesce(influencer_overlays.tracked_at, now()), updated_at = now()`,
        [actor.organisationId, account.influencer_id],
      );
      const [request]: { requested_at: Date }[] = await em.query(
        `INSERT INTO account_refresh_requests (account_id, requested_at, reason, requested_by_organisation_id)
         VALUES ($1, now(), 'tracked', $2)
         ON CONFLICT (account_id) DO UPDATE SET requested_at = least(account_refresh_requests.requested_at, now())
         RETURNING requested_at`,
        [account.id, actor.organisationId],
      );
      await this.audit.record(em, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        requestId: actor.requestId,
        action: 'influencer.tracked',
        targetType: 'influencer',
        targetId: account.influencer_id,
        changes: { platform, handle: normalised, createdAccount: created },
      });
      return {
        influencerId: account.influencer_id,
        accountId: account.id,
        created,
        accountStatus: account.status,
        refreshRequestedAt: request.requested_at.toISOString(),
      };
    });
  }

  async untrack(actor: CurationActor, influencerId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.assertInfluencer(em, influencerId);
      await em.query(
        'UPDATE influencer_overlays SET tracked_at = NULL, updated_at = now() WHERE organisation_id = $1 AND influencer_id = $2',
        [actor.organisationId, influencerId],
      );
      await this.audit.record(em, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        requestId: actor.requestId,
        action: 'influencer.untracked',
        targetType: 'influencer',
        targetId: influencerId,
      });
    });
  }

  private async assertInfluencer(em: EntityManager, influencerId: string): Promise<void> {
    const found = await em.query('SELECT 1 FROM influencers WHERE id = $1', [influencerId]);
    if (found.length === 0) throw DomainError.notFound('Influencer');
  }
}

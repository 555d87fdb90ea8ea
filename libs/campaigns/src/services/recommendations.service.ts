import { DiscoveryService } from '@fitscout/catalogue';
import { DomainError } from '@fitscout/common';
import { type FitEntry, FitService } from '@fitscout/fit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CAMPAIGN_LIMITS } from '../campaign.constants';
import { briefHasAsks, candidateSearches, toFitBrief, toFitOptions } from '../domain/brief';
import { findCampaign } from './campaign-actor';

export interface Recommendations {
  /** Eligible creators, best fit first, each with the breakdown of its fit. */
  items: FitEntry[];
  /** Creators discovery found for the brief and that were scored (before the limit). */
  considered: number;
  /** Of those, creators failing a hard filter (e.g. minimum authenticity), left out. */
  ineligible: number;
  /** Creators already in the campaign (any stage), left out before scoring. */
  alreadyInCampaign: number;
}

/**
 * Brief-driven discovery ranked by fit: discovery gathers candidates that meet the creator criteria and match the
 * keywords or categories (docs/campaigns.md), the fit service ranks them by relevance, engagement and
 * authenticity with the brief's weights, and creators already in the campaign are left out.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly fit: FitService,
  ) {}

  async recommend(organisationId: string, campaignId: string, limit: number): Promise<Recommendations> {
    const campaign = await findCampaign(this.dataSource.manager, organisationId, campaignId);
    if (!briefHasAsks(campaign.brief)) {
      throw DomainError.conflict(
        'The brief names no keywords, topics, categories or target audience to recommend creators for.',
        { reason: 'empty_brief' },
      );
    }
    const existing = new Set(
      (
        (await this.dataSource.query(
          'SELECT influencer_id FROM campaign_collaborations WHERE organisation_id = $1 AND campaign_id = $2',
          [organisationId, campaignId],
        )) as { influencer_id: string }[]
      ).map((r) => r.influencer_id),
    );
    const pool = CAMPAIGN_LIMITS.candidatePool;
    const candidates: string[] = [];
    const seen = new Set<string>();
    let alreadyInCampaign = 0;
    for (const filters of candidateSearches(campaign.brief, pool)) {
      const page = await this.discovery.search(organisationId, filters);
      for (const hit of page.items) {
        const id = hit.influencer.id;
        if (seen.has(id)) continue;
        seen.add(id);
        if (existing.has(id)) alreadyInCampaign += 1;
        else if (candidates.length < pool) candidates.push(id);
      }
    }
    if (candidates.length === 0) return { items: [], considered: 0, ineligible: 0, alreadyInCampaign };
    const entries = await this.fit.fitFor(
      organisationId,
      candidates,
      toFitBrief(campaign.brief),
      toFitOptions(campaign.brief),
    );
    const eligible = entries.filter((e) => e.fit?.details.eligible && e.fit.score !== null);
    return {
      items: eligible.slice(0, limit),
      considered: entries.length,
      ineligible: entries.length - eligible.length,
      alreadyInCampaign,
    };
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CampaignStatus, CollaborationStage, DeliverableStatus } from '../campaign.constants';
import type { DeliverablePlanItem } from '../entities/collaboration.entity';
import { reportToCsv } from '../reports/report-csv';
import { type FigureDefinition, REPORT_DEFINITIONS } from '../reports/report-definitions';
import {
  type CampaignReportFigures,
  computeReport,
  type ReportCollaborationInput,
  type ReportDeliverableInput,
} from '../reports/report-math';
import { findCampaign } from './campaign-actor';
import { plannedCount } from './pipeline.service';

export interface CampaignReport extends CampaignReportFigures {
  campaign: {
    id: string;
    name: string;
    status: CampaignStatus;
    currency: string;
    startDate: string;
    endDate: string;
  };
  generatedAt: string;
  definitions: FigureDefinition[];
}

interface CollaborationRow {
  id: string;
  influencer_id: string;
  display_name: string;
  handle: string | null;
  platform: string | null;
  followers: number | null;
  stage: CollaborationStage;
  fee_amount_minor: string | null;
  deliverables_plan: DeliverablePlanItem[];
  open_alerts: number;
}

interface DeliverableRow {
  collaboration_id: string;
  status: DeliverableStatus;
  post_published_at: Date | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  views: string | null;
  post_followers: number | null;
  has_check: boolean;
  errors: number;
  warnings: number;
}

/** Reports per collaboration and in total (JSON and CSV); the figures and their formulas are in reports/. */
@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  async report(organisationId: string, campaignId: string, now = new Date()): Promise<CampaignReport> {
    const campaign = await findCampaign(this.dataSource.manager, organisationId, campaignId);
    const collaborations: CollaborationRow[] = await this.dataSource.query(
      `SELECT c.id, c.influencer_id, i.display_name, a.handle, a.platform, a.followers, c.stage,
              c.fee_amount_minor, c.deliverables_plan,
              (SELECT count(*)::int FROM campaign_compliance_alerts al
                WHERE al.organisation_id = c.organisation_id AND al.collaboration_id = c.id AND al.status = 'open')
                AS open_alerts
         FROM campaign_collaborations c
         JOIN influencers i ON i.id = c.influencer_id
         LEFT JOIN platform_accounts a ON a.id = c.account_id
        WHERE c.organisation_id = $1 AND c.campaign_id = $2 AND c.stage NOT IN ('declined', 'cancelled')
        ORDER BY c.created_at, c.id`,
      [organisationId, campaignId],
    );
    // The current check of a deliverable: its published caption's, else its approved draft's. Findings are
    // counted over every audience of the check.
    const deliverables: DeliverableRow[] = await this.dataSource.query(
      `SELECT d.collaboration_id, d.status, p.published_at AS post_published_at, p.likes, p.comments, p.shares,
              p.saves, p.views, pa.followers AS post_followers, k.id IS NOT NULL AS has_check,
              coalesce(f.errors, 0)::int AS errors, coalesce(f.warnings, 0)::int AS warnings
         FROM campaign_deliverables d
         LEFT JOIN posts p ON p.id = d.post_id
         LEFT JOIN platform_accounts pa ON pa.id = p.account_id
         LEFT JOIN content_drafts ad ON ad.id = d.approved_draft_id AND ad.organisation_id = d.organisation_id
         LEFT JOIN compliance_checks k
           ON k.id = coalesce(d.post_check_id, ad.compliance_check_id) AND k.organisation_id = d.organisation_id
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE finding->>'severity' = 'error') AS errors,
                  count(*) FILTER (WHERE finding->>'severity' = 'warning') AS warnings
             FROM jsonb_array_elements(k.result->'jurisdictions') AS audience,
                  jsonb_array_elements(audience->'findings') AS finding
         ) f ON k.id IS NOT NULL
        WHERE d.organisation_id = $1 AND d.campaign_id = $2
        ORDER BY d.collaboration_id, d.seq`,
      [organisationId, campaignId],
    );
    const byCollaboration = new Map<string, ReportDeliverableInput[]>();
    for (const d of deliverables) {
      const list = byCollaboration.get(d.collaboration_id) ?? [];
      list.push(toDeliverableInput(d));
      byCollaboration.set(d.collaboration_id, list);
    }
    const inputs = collaborations.map((c): ReportCollaborationInput => ({
      collaborationId: c.id,
      influencerId: c.influencer_id,
      displayName: c.display_name,
      handle: c.handle,
      platform: c.platform,
      stage: c.stage,
      feeAmountMinor: c.fee_amount_minor === null ? null : Number(c.fee_amount_minor),
      accountFollowers: c.followers,
      plannedPosts: plannedCount(c.deliverables_plan),
      deliverables: byCollaboration.get(c.id) ?? [],
      openAlerts: c.open_alerts,
    }));
    return {
      campaign: {
        id: campaign.id,
        name: campaign.name,
        status: campaign.status,
        currency: campaign.budgetCurrency,
        startDate: campaign.startDate,
        endDate: campaign.endDate,
      },
      generatedAt: now.toISOString(),
      ...computeReport(campaign.budgetAmountMinor, inputs),
      definitions: [...REPORT_DEFINITIONS],
    };
  }

  /** The same report as CSV: one row per collaboration and a total row (UTF-8 with byte order mark). */
  async reportCsv(organisationId: string, campaignId: string): Promise<{ filename: string; csv: string }> {
    const report = await this.report(organisationId, campaignId);
    return {
      filename: `campaign-${campaignId}-report.csv`,
      csv: reportToCsv(report, report.campaign.currency),
    };
  }
}

function toDeliverableInput(d: DeliverableRow): ReportDeliverableInput {
  return {
    status: d.status,
    post:
      d.post_published_at === null
        ? null
        : {
            publishedAt: d.post_published_at,
            likes: d.likes,
            comments: d.comments,
            shares: d.shares,
            saves: d.saves,
            views: d.views === null ? null : Number(d.views),
            followers: d.post_followers,
          },
    check: d.has_check ? { errors: d.errors, warnings: d.warnings } : null,
  };
}

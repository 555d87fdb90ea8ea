import { AuditService } from '@fitscout/audit';
import { DomainError } from '@fitscout/common';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AlertStatus } from '../campaign.constants';
import { CampaignComplianceAlertEntity } from '../entities/compliance-alert.entity';
import { type CampaignActor, findCampaign, recordAudit } from './campaign-actor';
import { type AlertView, toAlertView } from './campaign-views';

/** Compliance alerts raised on published captions: listed per campaign and resolved by a manager. */
@Injectable()
export class AlertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Newest first. */
  async list(
    organisationId: string,
    campaignId: string,
    filter: { status?: AlertStatus },
  ): Promise<AlertView[]> {
    await findCampaign(this.dataSource.manager, organisationId, campaignId);
    const rows = await this.dataSource.getRepository(CampaignComplianceAlertEntity).find({
      where: { organisationId, campaignId, ...(filter.status ? { status: filter.status } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return rows.map(toAlertView);
  }

  async resolve(
    actor: CampaignActor,
    campaignId: string,
    alertId: string,
    input: { note?: string | null },
  ): Promise<AlertView> {
    return this.dataSource.transaction(async (em) => {
      await findCampaign(em, actor.organisationId, campaignId);
      const alert = await em.findOne(CampaignComplianceAlertEntity, {
        where: { id: alertId, organisationId: actor.organisationId, campaignId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!alert) throw DomainError.notFound('Compliance alert');
      if (alert.status === 'resolved')
        throw DomainError.conflict('The alert is already resolved.', { status: alert.status });
      alert.status = 'resolved';
      alert.resolvedAt = new Date();
      alert.resolvedByUserId = actor.userId;
      alert.resolutionNote = input.note?.trim() || null;
      await em.save(alert);
      await recordAudit(
        this.audit,
        em,
        actor,
        'campaign.compliance_alert_resolved',
        { type: 'campaign', id: campaignId },
        {
          alertId,
        },
      );
      return toAlertView(alert);
    });
  }
}

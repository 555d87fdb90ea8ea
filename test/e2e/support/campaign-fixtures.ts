import type { LoggedInMember, TestContext } from './test-app';

export function campaignBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Verkehrswende Bayern 2027',
    objective: 'mobilisation',
    budget: { amountMinor: 2_500_000, currency: 'EUR' },
    startDate: '2026-11-01',
    endDate: '2027-06-30',
    jurisdictions: ['DE'],
    brief: {
      description: 'Junge Menschen in Bayern für die Verkehrswende mobilisieren.',
      keywords: ['Klimaschutz'],
      audience: { countries: ['DE'] },
      deliverables: [{ type: 'post', platform: 'instagram', count: 1 }],
    },
    ...overrides,
  };
}

export async function createCampaign(
  ctx: TestContext,
  member: LoggedInMember,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const res = await ctx
    .http()
    .post('/v1/campaigns')
    .set(member.auth)
    .send(campaignBody(overrides))
    .expect(201);
  return res.body as { id: string; version: number };
}

/** A collaboration's deliverables (`GET /v1/collaborations/{id}/deliverables` answers `{ items }`). */
export async function listDeliverables(
  ctx: TestContext,
  member: LoggedInMember,
  collaborationId: string,
): Promise<{ id: string }[]> {
  const res = await ctx
    .http()
    .get(`/v1/collaborations/${collaborationId}/deliverables`)
    .set(member.auth)
    .expect(200);
  return res.body.items as { id: string }[];
}

export interface ReviewSetup {
  campaignId: string;
  collaborationId: string;
  deliverableId: string;
  draftId: string;
}

/** An active campaign with one collaboration in content review, one deliverable and one submitted draft. */
export async function setUpContentReview(
  ctx: TestContext,
  manager: LoggedInMember,
  influencerId: string,
): Promise<ReviewSetup> {
  const http = () => ctx.http();
  const campaign = await createCampaign(ctx, manager);
  await http()
    .post(`/v1/campaigns/${campaign.id}/collaborations`)
    .set(manager.auth)
    .send({ influencerIds: [influencerId] })
    .expect(201);
  const list = await http().get(`/v1/campaigns/${campaign.id}/collaborations`).set(manager.auth).expect(200);
  const collaborationId = (list.body.items as { id: string }[])[0].id;
  await http()
    .post(`/v1/campaigns/${campaign.id}/status`)
    .set(manager.auth)
    .send({ status: 'active' })
    .expect(200);
  const stage = (to: string) =>
    http()
      .post(`/v1/collaborations/${collaborationId}/stage`)
      .set(manager.auth)
      .send({ stage: to })
      .expect(200);
  await stage('contacted');
  await http()
    .put(`/v1/collaborations/${collaborationId}/terms`)
    .set(manager.auth)
    .send({
      fee: { amountMinor: 50_000, currency: 'EUR' },
      deliverables: [{ type: 'post', platform: 'instagram', count: 1 }],
    })
    .expect(200);
  await stage('contracted');
  await stage('content_in_review');
  const items = await listDeliverables(ctx, manager, collaborationId);
  const draft = await http()
    .post(`/v1/deliverables/${items[0].id}/drafts`)
    .set(manager.auth)
    .send({ caption: 'Werbung | Mit dem Rad zur Arbeit', paidPartnershipLabel: true })
    .expect(201);
  return { campaignId: campaign.id, collaborationId, deliverableId: items[0].id, draftId: draft.body.id };
}

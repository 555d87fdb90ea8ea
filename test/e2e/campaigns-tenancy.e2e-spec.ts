import { createOrganisation } from '@fitscout/testing';
import { type ReviewSetup, setUpContentReview } from './support/campaign-fixtures';
import { importCreators } from './support/catalogue-fixtures';
import { SCORING_NOW, scoringRecord } from './support/scoring-fixtures';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

/** Another organisation's campaign, collaboration, deliverable, draft or alert is a 404 on every endpoint. */
describe('campaigns: tenant walls and roles', () => {
  let ctx: TestContext;
  let owner: LoggedInMember;
  let ownViewer: LoggedInMember;
  let ownAnalyst: LoggedInMember;
  let intruder: LoggedInMember;
  let setup: ReviewSetup;
  let alertId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    const other = await createOrganisation(ctx.ds);
    owner = await memberWithToken(ctx, org.id, 'manager');
    ownViewer = await memberWithToken(ctx, org.id, 'viewer');
    ownAnalyst = await memberWithToken(ctx, org.id, 'analyst');
    intruder = await memberWithToken(ctx, other.id, 'admin');
    const creator = scoringRecord();
    const ids = await importCreators(ctx, [creator], SCORING_NOW);
    setup = await setUpContentReview(ctx, owner, ids.get(creator.handle)!.influencerId);
    // An alert to try to resolve from outside: publish the approved deliverable with the unlabelled catalogue post.
    const [{ handle }] = await ctx.ds.query('SELECT handle FROM platform_accounts WHERE influencer_id = $1', [
      ids.get(creator.handle)!.influencerId,
    ]);
    const labelled = await ctx
      .http()
      .post(`/v1/deliverables/${setup.deliverableId}/drafts`)
      .set(owner.auth)
      .send({ caption: 'Werbung | Mit dem Rad zur Arbeit', paidPartnershipLabel: false })
      .expect(201);
    await ctx.http().post(`/v1/drafts/${labelled.body.id}/approve`).set(owner.auth).send({}).expect(200);
    await ctx
      .http()
      .post(`/v1/deliverables/${setup.deliverableId}/publish`)
      .set(owner.auth)
      .send({ externalPostId: `${handle}-0` })
      .expect(200);
    const alerts = await ctx
      .http()
      .get(`/v1/campaigns/${setup.campaignId}/compliance-alerts`)
      .set(owner.auth)
      .expect(200);
    alertId = (alerts.body.items as { id: string }[])[0].id;
  });
  afterAll(() => ctx.close());

  const routes = (): [string, string, object?][] => [
    ['get', `/v1/campaigns/${setup.campaignId}`],
    ['patch', `/v1/campaigns/${setup.campaignId}`, { name: 'Übernommen' }],
    ['post', `/v1/campaigns/${setup.campaignId}/status`, { status: 'cancelled' }],
    ['get', `/v1/campaigns/${setup.campaignId}/budget`],
    ['get', `/v1/campaigns/${setup.campaignId}/recommendations`],
    ['get', `/v1/campaigns/${setup.campaignId}/report`],
    ['get', `/v1/campaigns/${setup.campaignId}/report.csv`],
    ['get', `/v1/campaigns/${setup.campaignId}/compliance-alerts`],
    ['post', `/v1/campaigns/${setup.campaignId}/compliance-alerts/${alertId}/resolve`, {}],
    ['get', `/v1/campaigns/${setup.campaignId}/collaborations`],
    ['post', `/v1/campaigns/${setup.campaignId}/collaborations`, { influencerIds: [setup.campaignId] }],
    ['get', `/v1/collaborations/${setup.collaborationId}`],
    ['post', `/v1/collaborations/${setup.collaborationId}/stage`, { stage: 'cancelled' }],
    ['get', `/v1/collaborations/${setup.collaborationId}/history`],
    ['put', `/v1/collaborations/${setup.collaborationId}/terms`, { deliverables: [] }],
    ['post', `/v1/collaborations/${setup.collaborationId}/feedback`, { note: 'x' }],
    ['get', `/v1/collaborations/${setup.collaborationId}/feedback`],
    ['get', `/v1/collaborations/${setup.collaborationId}/deliverables`],
    ['get', `/v1/deliverables/${setup.deliverableId}`],
    ['post', `/v1/deliverables/${setup.deliverableId}/drafts`, { caption: 'x', paidPartnershipLabel: true }],
    ['get', `/v1/deliverables/${setup.deliverableId}/drafts`],
    ['post', `/v1/deliverables/${setup.deliverableId}/publish`, { externalPostId: 'x' }],
    ['get', `/v1/drafts/${setup.draftId}`],
    ['post', `/v1/drafts/${setup.draftId}/approve`, {}],
    ['post', `/v1/drafts/${setup.draftId}/request-changes`, { comment: 'x' }],
  ];

  it('answers 404 to another organisation on every campaign endpoint, and changes nothing', async () => {
    for (const [method, path, body] of routes()) {
      const req = (ctx.http() as unknown as Record<string, (p: string) => import('supertest').Test>)[method](
        path,
      );
      const res = await req.set(intruder.auth).send(body ?? {});
      expect({ path, method, status: res.status }).toEqual({ path, method, status: 404 });
      expectProblem(res, 404);
    }
    const campaign = await ctx.http().get(`/v1/campaigns/${setup.campaignId}`).set(owner.auth).expect(200);
    expect(campaign.body.status).toBe('active');
    expect(campaign.body.name).not.toBe('Übernommen');
    const collaboration = await ctx
      .http()
      .get(`/v1/collaborations/${setup.collaborationId}`)
      .set(owner.auth)
      .expect(200);
    expect(collaboration.body.stage).toBe('content_in_review');
  });

  it('lets viewers and analysts read but not write', async () => {
    await ctx.http().get(`/v1/campaigns/${setup.campaignId}/report`).set(ownViewer.auth).expect(200);
    await ctx
      .http()
      .get(`/v1/collaborations/${setup.collaborationId}/history`)
      .set(ownAnalyst.auth)
      .expect(200);
    for (const member of [ownViewer, ownAnalyst]) {
      expectProblem(
        await ctx
          .http()
          .post(`/v1/collaborations/${setup.collaborationId}/stage`)
          .set(member.auth)
          .send({ stage: 'cancelled' }),
        403,
      );
      expectProblem(await ctx.http().post('/v1/campaigns').set(member.auth).send({}), 403);
    }
  });
});

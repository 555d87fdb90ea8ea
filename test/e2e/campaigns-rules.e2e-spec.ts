import { createOrganisation } from '@fitscout/testing';
import { campaignBody, createCampaign, listDeliverables } from './support/campaign-fixtures';
import { importCreators } from './support/catalogue-fixtures';
import { SCORING_NOW, scoringRecord } from './support/scoring-fixtures';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

describe('campaigns: validation, lifecycle, political sponsors, budget and concurrency', () => {
  let ctx: TestContext;
  let manager: LoggedInMember;

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    manager = await memberWithToken(ctx, org.id, 'manager');
  });
  afterAll(() => ctx.close());

  const post = (path: string, body: object) => ctx.http().post(path).set(manager.auth).send(body);
  const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

  it.each([
    ['endDate', { startDate: '2027-06-30', endDate: '2027-03-01' }],
    ['objective', { objective: 'world_domination' }],
    ['budget.amountMinor', { budget: { amountMinor: -1, currency: 'EUR' } }],
    ['budget.currency', { budget: { amountMinor: 100, currency: 'EURO' } }],
    ['startDate', { startDate: '2027-02-30' }],
    ['jurisdictions', { jurisdictions: ['XX'] }],
  ])('refuses a campaign with a bad %s (400 naming it, nothing written)', async (field, override) => {
    const before = await ctx.ds.query('SELECT count(*)::int AS n FROM campaigns');
    const res = await post('/v1/campaigns', campaignBody(override));
    const body = expectProblem(res, 400) as { errors?: { field: string }[] };
    expect(fields(body).some((f) => f.startsWith(field.split('.')[0]))).toBe(true);
    expect(await ctx.ds.query('SELECT count(*)::int AS n FROM campaigns')).toEqual(before);
  });

  it('guards the lifecycle: invalid transitions are 409 naming the allowed ones', async () => {
    const campaign = await createCampaign(ctx, manager);
    const res = await post(`/v1/campaigns/${campaign.id}/status`, { status: 'completed' });
    const body = expectProblem(res, 409) as { allowed?: string[] };
    expect(body.allowed).toEqual(expect.arrayContaining(['active', 'cancelled']));
    await post(`/v1/campaigns/${campaign.id}/status`, { status: 'cancelled' }).expect(200);
    const final = expectProblem(await post(`/v1/campaigns/${campaign.id}/status`, { status: 'active' }), 409);
    expect(final.allowed).toEqual([]);
  });

  it('activates a political campaign only with complete sponsor details', async () => {
    const campaign = await createCampaign(ctx, manager, { political: true });
    const refused = expectProblem(
      await post(`/v1/campaigns/${campaign.id}/status`, { status: 'active' }),
      409,
    );
    expect(JSON.stringify(refused)).toContain('sponsor.name');
    await ctx
      .http()
      .patch(`/v1/campaigns/${campaign.id}`)
      .set(manager.auth)
      .send({
        sponsor: {
          name: 'Beispielpartei Landesverband Bayern',
          contact: 'Hauptstraße 1, 80331 München',
          election: 'Landtagswahl Bayern 2028',
          transparencyNoticeUrl: 'https://example.org/transparenz',
        },
      })
      .expect(200);
    await post(`/v1/campaigns/${campaign.id}/status`, { status: 'active' }).expect(200);
  });

  async function campaignWithOneCreator(overrides: Record<string, unknown> = {}) {
    const creator = scoringRecord();
    const ids = await importCreators(ctx, [creator], SCORING_NOW);
    const campaign = await createCampaign(ctx, manager, overrides);
    await post(`/v1/campaigns/${campaign.id}/collaborations`, {
      influencerIds: [ids.get(creator.handle)!.influencerId],
    }).expect(201);
    const list = await ctx
      .http()
      .get(`/v1/campaigns/${campaign.id}/collaborations`)
      .set(manager.auth)
      .expect(200);
    return { campaignId: campaign.id, collaborationId: list.body.items[0].id as string };
  }

  it('checks drafts of a political campaign for the political notice and the sponsor', async () => {
    const sponsor = {
      name: 'Beispielpartei Landesverband Bayern',
      contact: 'Hauptstraße 1, 80331 München',
      election: 'Landtagswahl Bayern 2028',
      transparencyNoticeUrl: 'https://example.org/transparenz',
    };
    const { campaignId, collaborationId } = await campaignWithOneCreator({ political: true, sponsor });
    await post(`/v1/campaigns/${campaignId}/status`, { status: 'active' }).expect(200);
    await ctx
      .http()
      .put(`/v1/collaborations/${collaborationId}/terms`)
      .set(manager.auth)
      .send({
        fee: { amountMinor: 30_000, currency: 'EUR' },
        deliverables: [{ type: 'post', platform: 'instagram', count: 1 }],
      })
      .expect(200);
    for (const stage of ['contacted', 'contracted', 'content_in_review']) {
      await post(`/v1/collaborations/${collaborationId}/stage`, { stage }).expect(200);
    }
    const [deliverable] = await listDeliverables(ctx, manager, collaborationId);
    // An ordinary ad label is not enough for political advertising.
    const draft = await post(`/v1/deliverables/${deliverable.id}/drafts`, {
      caption: 'Werbung | Am Sonntag wählen gehen!',
      paidPartnershipLabel: true,
    }).expect(201);
    expect(draft.body.compliance.errorCount).toBeGreaterThan(0);
    expect(draft.body.compliance.findingCodes).toEqual(
      expect.arrayContaining(['missing_political_notice', 'missing_sponsor_identity']),
    );
    expectProblem(await post(`/v1/drafts/${draft.body.id}/approve`, {}), 409);
  });

  it('warns about proposed fees over budget, and flags the budget as exceeded once contracted', async () => {
    const { campaignId, collaborationId } = await campaignWithOneCreator({
      budget: { amountMinor: 10_000, currency: 'EUR' },
    });
    await ctx
      .http()
      .put(`/v1/collaborations/${collaborationId}/terms`)
      .set(manager.auth)
      .send({
        fee: { amountMinor: 25_000, currency: 'EUR' },
        deliverables: [{ type: 'post', platform: 'instagram', count: 1 }],
      })
      .expect(200);
    const proposed = await ctx.http().get(`/v1/campaigns/${campaignId}/budget`).set(manager.auth).expect(200);
    expect(proposed.body).toMatchObject({ overBudget: false, proposedMinor: 25_000, committedMinor: 0 });
    expect(proposed.body.warnings.join(' ')).toContain('would exceed');

    await post(`/v1/campaigns/${campaignId}/status`, { status: 'active' }).expect(200);
    await post(`/v1/collaborations/${collaborationId}/stage`, { stage: 'contacted' }).expect(200);
    await post(`/v1/collaborations/${collaborationId}/stage`, { stage: 'contracted' }).expect(200);
    const committed = await ctx
      .http()
      .get(`/v1/campaigns/${campaignId}/budget`)
      .set(manager.auth)
      .expect(200);
    expect(committed.body).toMatchObject({
      overBudget: true,
      committedMinor: 25_000,
      remainingMinor: -15_000,
    });
    expect(committed.body.warnings.join(' ')).toContain('exceed the budget');
  });

  it('does not lose concurrent stage changes: of two based on one version, one wins and one is 409', async () => {
    const { collaborationId } = await campaignWithOneCreator();
    const current = await ctx
      .http()
      .get(`/v1/collaborations/${collaborationId}`)
      .set(manager.auth)
      .expect(200);
    const version = current.body.version as number;
    const results = await Promise.all(
      ['contacted', 'declined'].map((stage) =>
        post(`/v1/collaborations/${collaborationId}/stage`, { stage, version, note: `to ${stage}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body.stage as string;
    const after = await ctx.http().get(`/v1/collaborations/${collaborationId}`).set(manager.auth).expect(200);
    expect(after.body).toMatchObject({ stage: winner, version: version + 1 });
    const history = await ctx
      .http()
      .get(`/v1/collaborations/${collaborationId}/history`)
      .set(manager.auth)
      .expect(200);
    const entries = JSON.stringify(history.body);
    expect(entries).toContain(`to ${winner}`);
    expect(entries).not.toContain(`to ${winner === 'contacted' ? 'declined' : 'contacted'}`);
  });
});

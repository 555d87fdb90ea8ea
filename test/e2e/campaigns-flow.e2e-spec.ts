import { createOrganisation } from '@fitscout/testing';
import { createCampaign, listDeliverables } from './support/campaign-fixtures';
import { importCreators, uniqueToken } from './support/catalogue-fixtures';
import { SCORING_NOW, scoringRecord } from './support/scoring-fixtures';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

/**
 * The whole working day of a campaign, over HTTP: brief → recommendations → shortlist three → stages →
 * a non-compliant draft refused → a fixed draft approved → publish → the report shows the post.
 */
describe('campaign flow end to end', () => {
  let ctx: TestContext;
  let manager: LoggedInMember;
  const token = uniqueToken('flowcamp');
  const creators = [0.05, 0.03, 0.02].map((engagementRate) =>
    scoringRecord({
      engagementRate,
      captions: [`Mit dem Rad zur Arbeit ${token} #klimaschutz`, `Energiewende ${token}`],
    }),
  );

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    manager = await memberWithToken(ctx, org.id, 'manager');
    await importCreators(ctx, creators, SCORING_NOW);
  });
  afterAll(() => ctx.close());

  const http = () => ctx.http();

  it('runs from brief to report', async () => {
    const campaign = await createCampaign(ctx, manager, {
      brief: {
        description: 'Radverkehr und Klimaschutz',
        keywords: [token],
        audience: { countries: ['DE'] },
        deliverables: [{ type: 'post', platform: 'instagram', count: 1 }],
      },
    });

    // Recommendations are ranked by fit, with the breakdown.
    const recs = await http()
      .get(`/v1/campaigns/${campaign.id}/recommendations`)
      .set(manager.auth)
      .expect(200);
    const recommended = (recs.body.items as { influencerId: string; score: number | null }[]).map(
      (r) => r.influencerId,
    );
    expect(recommended.length).toBeGreaterThanOrEqual(3);

    // Shortlist three; they disappear from the recommendations.
    const shortlist = recommended.slice(0, 3);
    const added = await http()
      .post(`/v1/campaigns/${campaign.id}/collaborations`)
      .set(manager.auth)
      .send({ influencerIds: shortlist, source: 'recommendation' })
      .expect(201);
    expect(JSON.stringify(added.body)).toContain(shortlist[0]);
    const again = await http()
      .get(`/v1/campaigns/${campaign.id}/recommendations`)
      .set(manager.auth)
      .expect(200);
    const still = (again.body.items as { influencerId: string }[]).map((r) => r.influencerId);
    expect(still.filter((id) => shortlist.includes(id))).toEqual([]);

    const list = await http()
      .get(`/v1/campaigns/${campaign.id}/collaborations`)
      .set(manager.auth)
      .expect(200);
    const collaboration = (list.body.items as { id: string; influencerId: string; stage: string }[]).find(
      (c) => c.influencerId === shortlist[0],
    )!;
    expect(collaboration.stage).toBe('shortlisted');

    await http()
      .post(`/v1/campaigns/${campaign.id}/status`)
      .set(manager.auth)
      .send({ status: 'active' })
      .expect(200);

    const stage = (to: string) =>
      http()
        .post(`/v1/collaborations/${collaboration.id}/stage`)
        .set(manager.auth)
        .send({ stage: to, note: `to ${to}` });
    await stage('contacted').expect(200);
    await stage('negotiating').expect(200);
    // Not without terms: the guard lists what is missing.
    const early = await stage('contracted');
    expectProblem(early, 409);
    expect(JSON.stringify(early.body)).toContain('fee');
    await http()
      .put(`/v1/collaborations/${collaboration.id}/terms`)
      .set(manager.auth)
      .send({
        fee: { amountMinor: 80_000, currency: 'EUR' },
        deliverables: [{ type: 'post', platform: 'instagram', count: 1, dueDate: '2027-01-15' }],
      })
      .expect(200);
    await stage('contracted').expect(200);
    await stage('content_in_review').expect(200);

    const items = await listDeliverables(ctx, manager, collaboration.id);
    expect(items).toHaveLength(1);
    const deliverable = items[0];

    // A paid post without any label: checked on submission, and approval is refused.
    const bad = await http()
      .post(`/v1/deliverables/${deliverable.id}/drafts`)
      .set(manager.auth)
      .send({ caption: 'Mit dem Rad zur Arbeit, danke an @radwende!', paidPartnershipLabel: false })
      .expect(201);
    expect(bad.body.compliance.verdict).toBe('non_compliant');
    expect(bad.body.compliance.errorCount).toBeGreaterThan(0);
    const refused = await http().post(`/v1/drafts/${bad.body.id}/approve`).set(manager.auth).send({});
    expectProblem(refused, 409);

    const good = await http()
      .post(`/v1/deliverables/${deliverable.id}/drafts`)
      .set(manager.auth)
      .send({ caption: 'Werbung | Mit dem Rad zur Arbeit, danke an @radwende!', paidPartnershipLabel: false })
      .expect(201);
    expect(good.body.version).toBe(2);
    expect(good.body.compliance.errorCount).toBe(0);
    await http()
      .post(`/v1/drafts/${good.body.id}/approve`)
      .set(manager.auth)
      .send({ comment: 'passt' })
      .expect(200);
    const versions = await http()
      .get(`/v1/deliverables/${deliverable.id}/drafts`)
      .set(manager.auth)
      .expect(200);
    expect(JSON.stringify(versions.body)).toContain(bad.body.id);

    await stage('approved').expect(200);
    const [{ handle }] = await ctx.ds.query(
      'SELECT handle FROM platform_accounts WHERE influencer_id = $1 LIMIT 1',
      [collaboration.influencerId],
    );
    const published = await http()
      .post(`/v1/deliverables/${deliverable.id}/publish`)
      .set(manager.auth)
      .send({ externalPostId: `${handle}-0` })
      .expect(200);
    expect(published.body.deliverable.publication.postId).toEqual(expect.any(String));
    // The caption as published lost the "Werbung" label of the approved draft: the re-check raises an alert.
    expect(published.body.captionCheck.outcome).toBe('alert_raised');
    await stage('published').expect(200);

    const report = await http().get(`/v1/campaigns/${campaign.id}/report`).set(manager.auth).expect(200);
    // Three collaborations with one planned post each; one published and found in the catalogue.
    expect(report.body.totals).toMatchObject({ postsPlanned: 3, postsPublished: 1, postsTracked: 1 });
    expect(report.body.totals.engagements).toBeGreaterThan(0);
    expect(report.body.definitions.length).toBeGreaterThan(0);

    const csv = await http().get(`/v1/campaigns/${campaign.id}/report.csv`).set(manager.auth).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/i);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^row,collaboration_id,creator,handle,/);
    const ours = lines.find((l) => l.includes(collaboration.id));
    expect(ours).toContain(`,${handle},instagram,published,EUR,`);

    const alerts = await http()
      .get(`/v1/campaigns/${campaign.id}/compliance-alerts`)
      .set(manager.auth)
      .expect(200);
    expect(JSON.stringify(alerts.body)).toContain(deliverable.id);
  });
});

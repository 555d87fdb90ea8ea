import { PublicationService } from '@fitscout/campaigns';
import { createOrganisation } from '@fitscout/testing';
import { createCampaign, setUpContentReview } from './support/campaign-fixtures';
import { importCreators } from './support/catalogue-fixtures';
import { SCORING_NOW, scoringRecord } from './support/scoring-fixtures';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

describe('campaigns: lists, feedback, change requests and edited captions', () => {
  let ctx: TestContext;
  let manager: LoggedInMember;

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    manager = await memberWithToken(ctx, org.id, 'manager');
  });
  afterAll(() => ctx.close());

  const http = () => ctx.http();
  async function creator() {
    const record = scoringRecord();
    const ids = await importCreators(ctx, [record], SCORING_NOW);
    return { ...ids.get(record.handle)!, handle: record.handle };
  }

  it('adds the creators of one of our lists, and refuses another organisation list as unknown', async () => {
    const [a, b] = [await creator(), await creator()];
    const list = await http().post('/v1/lists').set(manager.auth).send({ name: 'Radfahrende' }).expect(201);
    await http()
      .post(`/v1/lists/${list.body.id}/items`)
      .set(manager.auth)
      .send({ influencerIds: [a.influencerId, b.influencerId] })
      .expect(200);
    const campaign = await createCampaign(ctx, manager);
    await http()
      .post(`/v1/campaigns/${campaign.id}/collaborations`)
      .set(manager.auth)
      .send({ listId: list.body.id })
      .expect(201);
    const collaborations = await http()
      .get(`/v1/campaigns/${campaign.id}/collaborations`)
      .set(manager.auth)
      .expect(200);
    expect(
      (collaborations.body.items as { influencerId: string }[]).map((c) => c.influencerId).sort(),
    ).toEqual([a.influencerId, b.influencerId].sort());

    const stranger = await memberWithToken(ctx, (await createOrganisation(ctx.ds)).id, 'manager');
    const theirList = await http().post('/v1/lists').set(stranger.auth).send({ name: 'Fremd' }).expect(201);
    expectProblem(
      await http()
        .post(`/v1/campaigns/${campaign.id}/collaborations`)
        .set(manager.auth)
        .send({ listId: theirList.body.id }),
      404,
    );
    expectProblem(
      await http()
        .post(`/v1/campaigns/${campaign.id}/collaborations`)
        .set(manager.auth)
        .send({ listId: list.body.id, influencerIds: [a.influencerId] }),
      400,
    );
  });

  it('stores and lists feedback from the creator, validating the sentiment', async () => {
    const c = await creator();
    const setup = await setUpContentReview(ctx, manager, c.influencerId);
    await http()
      .post(`/v1/collaborations/${setup.collaborationId}/feedback`)
      .set(manager.auth)
      .send({ note: 'Die Community fragt nach Lastenrädern für Familien.', sentiment: 'positive' })
      .expect(201);
    expectProblem(
      await http()
        .post(`/v1/collaborations/${setup.collaborationId}/feedback`)
        .set(manager.auth)
        .send({ note: 'x', sentiment: 'great' }),
      400,
    );
    const list = await http()
      .get(`/v1/collaborations/${setup.collaborationId}/feedback`)
      .set(manager.auth)
      .expect(200);
    expect(JSON.stringify(list.body)).toContain('Lastenrädern');
  });

  it('requests changes with a comment (required), then the next version is reviewed', async () => {
    const c = await creator();
    const setup = await setUpContentReview(ctx, manager, c.influencerId);
    expectProblem(
      await http().post(`/v1/drafts/${setup.draftId}/request-changes`).set(manager.auth).send({}),
      400,
    );
    const changed = await http()
      .post(`/v1/drafts/${setup.draftId}/request-changes`)
      .set(manager.auth)
      .send({ comment: 'Bitte den Radweg im Bild zeigen.' })
      .expect(200);
    expect(JSON.stringify(changed.body)).toContain('Bitte den Radweg');
    const next = await http()
      .post(`/v1/deliverables/${setup.deliverableId}/drafts`)
      .set(manager.auth)
      .send({ caption: 'Werbung | Mein Radweg zur Arbeit', paidPartnershipLabel: true })
      .expect(201);
    expect(next.body.version).toBe(2);
    await http().post(`/v1/drafts/${next.body.id}/approve`).set(manager.auth).send({}).expect(200);
  });

  it('raises an alert when a published caption is later edited into a non-compliant one (worker hook)', async () => {
    const c = await creator();
    const setup = await setUpContentReview(ctx, manager, c.influencerId);
    // Labelled in the caption only, as many creators do; the catalogue post is edited later.
    const draft = await http()
      .post(`/v1/deliverables/${setup.deliverableId}/drafts`)
      .set(manager.auth)
      .send({ caption: 'Werbung | Mit dem Rad zur Arbeit', paidPartnershipLabel: false })
      .expect(201);
    await http().post(`/v1/drafts/${draft.body.id}/approve`).set(manager.auth).send({}).expect(200);
    const [post] = await ctx.ds.query(
      `SELECT p.id FROM posts p JOIN platform_accounts a ON a.id = p.account_id
        WHERE a.influencer_id = $1 AND p.external_id = $2`,
      [c.influencerId, `${c.handle}-1`],
    );
    await ctx.ds.query('UPDATE posts SET caption = $2 WHERE id = $1', [
      post.id,
      'Werbung | Mit dem Rad zur Arbeit',
    ]);
    const published = await http()
      .post(`/v1/deliverables/${setup.deliverableId}/publish`)
      .set(manager.auth)
      .send({ externalPostId: `${c.handle}-1` })
      .expect(200);
    expect(published.body.captionCheck.outcome).toBe('compliant');

    const publication = ctx.app.get(PublicationService);
    // Same caption again: nothing to do.
    expect((await publication.checkPublishedCaption({ postId: post.id }))[0].outcome).toBe('unchanged');
    // The creator removes the label after approval; the next refresh stores the caption and calls the hook.
    await ctx.ds.query('UPDATE posts SET caption = $2 WHERE id = $1', [post.id, 'Mit dem Rad zur Arbeit']);
    const [outcome] = await publication.checkPublishedCaption({ postId: post.id });
    expect(outcome.outcome).toBe('alert_raised');
    const alerts = await http()
      .get(`/v1/campaigns/${setup.campaignId}/compliance-alerts`)
      .set(manager.auth)
      .expect(200);
    const alert = (alerts.body.items as { id: string; deliverableId: string }[]).find(
      (a) => a.deliverableId === setup.deliverableId,
    )!;
    expect(alert).toBeDefined();
    await http()
      .post(`/v1/campaigns/${setup.campaignId}/compliance-alerts/${alert.id}/resolve`)
      .set(manager.auth)
      .send({ note: 'Creator hat das Label wieder ergänzt.' })
      .expect(200);
  });
});

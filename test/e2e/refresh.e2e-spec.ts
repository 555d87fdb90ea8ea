import { createOrganisation } from '@fitscout/testing';
import { randomUUID } from 'node:crypto';
import { importCreators } from './support/catalogue-fixtures';
import { SCORING_NOW, scoringRecord } from './support/scoring-fixtures';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';

describe('refresh API: POST /v1/influencers/{id}/refresh and GET /v1/jobs/{id}', () => {
  let ctx: TestContext;
  let analyst: LoggedInMember;
  let viewer: LoggedInMember;
  let influencerId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    analyst = await memberWithToken(ctx, org.id, 'analyst');
    viewer = await memberWithToken(ctx, org.id, 'viewer');
    const record = scoringRecord({ handle: `sim_ok_${randomUUID().slice(0, 8)}` });
    influencerId = (await importCreators(ctx, [record], SCORING_NOW)).get(record.handle)!.influencerId;
  });
  afterAll(() => ctx.close());

  const refresh = (id: string, member = analyst) =>
    ctx.http().post(`/v1/influencers/${id}/refresh`).set(member.auth);

  it('answers 202 with one job per account, and the same job when asked again in the window', async () => {
    const first = await refresh(influencerId).expect(202);
    expect(first.body.jobs).toHaveLength(1);
    expect(first.body.jobs[0].jobId).toMatch(/^metrics\.refresh-account__/);
    const again = await refresh(influencerId).expect(202);
    expect(again.body.jobs).toEqual(first.body.jobs);

    const job = await ctx.http().get(`/v1/jobs/${first.body.jobs[0].jobId}`).set(viewer.auth).expect(200);
    expect(job.body).toMatchObject({
      id: first.body.jobs[0].jobId,
      name: 'metrics.refresh-account',
      accountId: first.body.jobs[0].accountId,
      trigger: 'api',
      maxAttempts: 6,
    });
    expect(['waiting', 'prioritized', 'active', 'completed', 'delayed']).toContain(job.body.state);
  });

  it('404 for an unknown creator or job, 400 for a malformed id, 403 below analyst', async () => {
    expectProblem(await refresh(randomUUID()), 404);
    expectProblem(await refresh('not-a-uuid'), 400);
    expectProblem(await refresh(influencerId, viewer), 403);
    expectProblem(
      await ctx.http().get(`/v1/jobs/metrics.refresh-account__${randomUUID()}__1`).set(viewer.auth),
      404,
    );
    // Only refresh jobs can be looked up, whatever else is on the queues.
    expectProblem(
      await ctx.http().get('/v1/jobs/auth.purge-expired-refresh-tokens__x').set(viewer.auth),
      404,
    );
  });
});

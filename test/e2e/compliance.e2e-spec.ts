import { createOrganisation } from '@fitscout/testing';
import {
  createTestApp,
  expectProblem,
  type LoggedInMember,
  memberWithToken,
  type TestContext,
} from './support/test-app';
import { compliancePost as post } from './support/compliance-fixtures';

/** Distinct fields named in a problem's `errors[]` (one field may break several rules). */
const fieldsOf = (body: Record<string, unknown>): string[] => [
  ...new Set((body.errors as { field: string }[]).map((e) => e.field)),
];

describe('compliance checks: run, store, read', () => {
  let ctx: TestContext;
  let analyst: LoggedInMember;
  let viewer: LoggedInMember;
  let admin: LoggedInMember;

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = await createOrganisation(ctx.ds);
    analyst = await memberWithToken(ctx, org.id, 'analyst');
    viewer = await memberWithToken(ctx, org.id, 'viewer');
    admin = await memberWithToken(ctx, org.id, 'admin');
  });
  afterAll(() => ctx.close());

  it('judges a German caption without a label as non_compliant, with a German fix, and stores it', async () => {
    const res = await ctx.http().post('/v1/compliance/checks').set(analyst.auth).send(post()).expect(201);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      verdict: 'non_compliant',
      codes: ['missing_disclosure'],
      jurisdictions: ['DE'],
      source: 'api',
      batchId: null,
      createdByUserId: analyst.userId,
      createdAt: expect.any(String),
      input: post(),
      result: {
        verdict: 'non_compliant',
        reasons: ['missing_disclosure'],
        postLanguage: 'de',
        rulesetVersions: [{ jurisdiction: 'DE', version: expect.any(String) }],
      },
    });
    const [finding] = res.body.result.findings;
    expect(finding).toMatchObject({
      code: 'missing_disclosure',
      severity: 'error',
      rule: { jurisdiction: 'DE', citation: { section: expect.stringContaining('§3') } },
      fix: { language: 'de', edits: [{ start: 0, end: 0, text: 'Werbung | ' }] },
    });

    const stored = await ctx.http().get(`/v1/compliance/checks/${res.body.id}`).set(viewer.auth).expect(200);
    expect(stored.body).toEqual(res.body);
  });

  it('judges an English caption for US and German audiences: #ad is wrong_language in DE, with evidence', async () => {
    const caption = 'My new favourite perfume @douglas #ad';
    const res = await ctx
      .http()
      .post('/v1/compliance/checks')
      .set(analyst.auth)
      .send(post({ jurisdiction: undefined, audienceJurisdictions: ['US', 'DE'], caption }))
      .expect(201);
    expect(res.body).toMatchObject({
      verdict: 'non_compliant',
      codes: ['wrong_language'],
      jurisdictions: ['US', 'DE'],
      result: { postLanguage: 'en' },
    });
    const [us, de] = res.body.result.jurisdictions;
    expect(us).toMatchObject({ jurisdiction: 'US', verdict: 'compliant', findings: [] });
    expect(de).toMatchObject({ jurisdiction: 'DE', verdict: 'non_compliant', reasons: ['wrong_language'] });
    const { evidence } = res.body.result.findings[0];
    expect(evidence).toEqual({ start: 34, end: 37, text: '#ad' });
    expect(caption.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });

  it('returns compliant and needs_review verdicts', async () => {
    const labelled = await ctx
      .http()
      .post('/v1/compliance/checks')
      .set(analyst.auth)
      .send(post({ caption: 'Werbung | Mein neuer Lieblingsduft von @douglas' }))
      .expect(201);
    expect(labelled.body).toMatchObject({ verdict: 'compliant', codes: [], result: { findings: [] } });

    const uk = await ctx
      .http()
      .post('/v1/compliance/checks')
      .set(analyst.auth)
      .send(post({ jurisdiction: 'UK', caption: 'Loving these trainers from @nike #ad' }))
      .expect(201);
    expect(uk.body).toMatchObject({ verdict: 'needs_review', codes: ['placement_uncertain'] });
    expect(uk.body.result.findings[0]).toMatchObject({ severity: 'warning', evidence: { text: '#ad' } });
  });

  it('judges EU member-state audiences by the EU baseline and paid political posts by Art. 11', async () => {
    const political = await ctx
      .http()
      .post('/v1/compliance/checks')
      .set(analyst.auth)
      .send(
        post({
          audienceJurisdictions: ['DE', 'IE'],
          caption: 'Geht am Sonntag wählen! @klimabuendnis',
          materialConnection: 'political_paid',
          political: true,
        }),
      )
      .expect(201);
    expect(political.body.verdict).toBe('non_compliant');
    expect(political.body.codes).toEqual(expect.arrayContaining(['missing_political_notice']));
    expect(political.body.result.jurisdictions[1]).toMatchObject({
      jurisdiction: 'IE',
      rulesetJurisdiction: 'EU',
    });
  });

  it('writes no audit event for single checks', async () => {
    const events = await ctx
      .http()
      .get('/v1/audit-events')
      .query({ action: 'compliance.batch_checked' })
      .set(admin.auth)
      .expect(200);
    expect(events.body.items).toEqual([]);
  });

  it('lists the rule sets with versions and accepted labels', async () => {
    const res = await ctx.http().get('/v1/compliance/rulesets').set(viewer.auth).expect(200);
    expect(res.body.items.map((r: { jurisdiction: string }) => r.jurisdiction)).toEqual([
      'US',
      'UK',
      'DE',
      'AT',
      'FR',
      'EU',
    ]);
    const de = res.body.items.find((r: { jurisdiction: string }) => r.jurisdiction === 'DE');
    expect(de).toMatchObject({
      version: expect.stringMatching(/^\d{4}\.\d{2}\.\d+$/),
      title: expect.any(String),
    });
    expect(de.acceptedLabels).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ language: 'de', labels: expect.arrayContaining(['Werbung']) }),
      ]),
    );
    const eu = res.body.items.find((r: { jurisdiction: string }) => r.jurisdiction === 'EU');
    expect(eu.memberStates).toEqual(expect.arrayContaining([expect.objectContaining({ state: 'IE' })]));
  });

  it('answers 404 for an unknown check and 400 for a malformed id', async () => {
    expectProblem(
      await ctx.http().get('/v1/compliance/checks/00000000-0000-4000-8000-000000000001').set(viewer.auth),
      404,
      'not_found',
    );
    const bad = expectProblem(await ctx.http().get('/v1/compliance/checks/nope').set(viewer.auth), 400);
    expect(fieldsOf(bad)).toEqual(['id']);
  });

  describe('roles', () => {
    it('lets a viewer read but not run checks (403)', async () => {
      const run = await ctx.http().post('/v1/compliance/checks').set(viewer.auth).send(post());
      expect(expectProblem(run, 403, 'forbidden').requiredRole).toBe('analyst');
      const batch = await ctx
        .http()
        .post('/v1/compliance/checks/batch')
        .set(viewer.auth)
        .send({ items: [post()] });
      expectProblem(batch, 403, 'forbidden');
      await ctx.http().get('/v1/compliance/checks').set(viewer.auth).expect(200);
      await ctx.http().get('/v1/compliance/rulesets').set(viewer.auth).expect(200);
    });

    it('lets analysts and every higher role run checks', async () => {
      for (const role of ['analyst', 'manager', 'admin', 'owner'] as const) {
        const member = await memberWithToken(ctx, analyst.organisationId, role);
        const res = await ctx.http().post('/v1/compliance/checks').set(member.auth).send(post());
        expect({ role, status: res.status }).toEqual({ role, status: 201 });
      }
    });

    it('requires authentication', async () => {
      expectProblem(await ctx.http().get('/v1/compliance/checks'), 401);
      expectProblem(await ctx.http().post('/v1/compliance/checks').send(post()), 401);
    });
  });

  describe('validation (400 naming the field, nothing stored)', () => {
    const invalid = async (body: Record<string, unknown>): Promise<string[]> => {
      const res = await ctx.http().post('/v1/compliance/checks').set(analyst.auth).send(body);
      return fieldsOf(expectProblem(res, 400, 'validation_failed'));
    };

    it('rejects a caption over 10,000 characters', async () => {
      expect(await invalid(post({ caption: 'x'.repeat(10_001) }))).toEqual(['caption']);
      await ctx
        .http()
        .post('/v1/compliance/checks')
        .set(analyst.auth)
        .send(post({ caption: `Werbung ${'x'.repeat(9_992)}` }))
        .expect(201);
    });

    it('rejects unknown jurisdictions and audiences', async () => {
      expect(await invalid(post({ jurisdiction: 'CH' }))).toEqual(['jurisdiction']);
      expect(await invalid(post({ jurisdiction: undefined, audienceJurisdictions: ['DE', 'XX'] }))).toEqual([
        'audienceJurisdictions',
      ]);
    });

    it('needs a jurisdiction or audience jurisdictions', async () => {
      const res = await ctx
        .http()
        .post('/v1/compliance/checks')
        .set(analyst.auth)
        .send(post({ jurisdiction: undefined }));
      expect(expectProblem(res, 400).errors).toEqual([
        expect.objectContaining({
          field: 'jurisdiction',
          message: 'jurisdiction or audienceJurisdictions must be given',
        }),
      ]);
      expect(await invalid(post({ jurisdiction: undefined, audienceJurisdictions: [] }))).toEqual([
        'audienceJurisdictions',
      ]);
    });

    it('rejects missing fields, wrong types, nulls and unknown fields', async () => {
      const body = post();
      delete body.caption;
      delete body.platform;
      expect((await invalid(body)).sort()).toEqual(['caption', 'platform']);
      expect(
        (
          await invalid(
            post({ paidPartnershipLabel: 'yes', political: 1, kind: 'tweet', materialConnection: null }),
          )
        ).sort(),
      ).toEqual(['kind', 'materialConnection', 'paidPartnershipLabel', 'political']);
      expect(await invalid(post({ videoDisclosure: { onScreen: 'yes', spoken: false } }))).toEqual([
        'videoDisclosure.onScreen',
      ]);
      expect(await invalid(post({ videoDisclosure: null }))).toEqual(['videoDisclosure']);
      expect(await invalid(post({ creatorCountry: 'germany' }))).toEqual(['creatorCountry']);
      expect(await invalid(post({ politicalSponsor: { transparencyNoticeUrl: 'not a url' } }))).toEqual([
        'politicalSponsor.transparencyNoticeUrl',
      ]);
      expect(await invalid(post({ isAdmin: true }))).toEqual(['isAdmin']);
    });

    it('stored nothing for rejected input', async () => {
      const { body } = await ctx.http().get('/v1/compliance/checks?limit=200').set(viewer.auth).expect(200);
      expect(body.items.some((c: { input: { caption: string } }) => c.input.caption.length > 10_000)).toBe(
        false,
      );
      expect(
        body.items.some((c: { input: { jurisdiction?: string } }) => c.input.jurisdiction === 'CH'),
      ).toBe(false);
    });
  });
});

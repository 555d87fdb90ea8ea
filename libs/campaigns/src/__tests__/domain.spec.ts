import { DomainError } from '@fitscout/common';
import { assertCampaignTransition, missingSponsorFields } from '../domain/campaign-lifecycle';
import { summariseBudget } from '../domain/budget';
import {
  assertStageChange,
  STAGE_TRANSITIONS,
  unmetStageRequirements,
} from '../domain/collaboration-pipeline';
import { csvCell, toCsv, UTF8_BOM } from '../reports/report-csv';
import { computeReport, engagementsByDay, type ReportCollaborationInput } from '../reports/report-math';

const thrown = (fn: () => void): DomainError => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a DomainError');
};

describe('campaign lifecycle', () => {
  it('allows draft → active → completed and cancelling from draft or active only', () => {
    expect(() => assertCampaignTransition('draft', 'active')).not.toThrow();
    expect(() => assertCampaignTransition('active', 'completed')).not.toThrow();
    expect(() => assertCampaignTransition('active', 'cancelled')).not.toThrow();
    const e = thrown(() => assertCampaignTransition('completed', 'active'));
    expect(e).toBeInstanceOf(DomainError);
    expect(JSON.stringify(e)).toContain('allowed');
  });

  it('lists the sponsor fields a political campaign lacks, none for a non-political one', () => {
    expect(
      missingSponsorFields({
        political: true,
        sponsor: { name: 'Partei', contact: '', election: 'LTW' } as never,
      }),
    ).toEqual(expect.arrayContaining(['sponsor.contact', 'sponsor.transparencyNoticeUrl']));
    expect(missingSponsorFields({ political: false, sponsor: null })).toEqual([]);
  });
});

describe('collaboration pipeline', () => {
  const facts = {
    campaignStatus: 'active' as const,
    feeAmountMinor: 1000,
    plannedDeliverables: 1,
    deliverableStatuses: [],
  };

  it('has no way out of final stages', () => {
    for (const final of ['completed', 'declined', 'cancelled'] as const)
      expect(STAGE_TRANSITIONS[final]).toEqual([]);
  });

  it('refuses skipping the contract and names the allowed stages', () => {
    const e = thrown(() => assertStageChange('shortlisted', 'approved', facts));
    expect(JSON.stringify(e)).toContain('contacted');
  });

  it('requires an active campaign, a fee and a deliverable before contracting', () => {
    expect(
      unmetStageRequirements('contracted', {
        ...facts,
        campaignStatus: 'draft',
        feeAmountMinor: null,
        plannedDeliverables: 0,
      }),
    ).toHaveLength(3);
    expect(unmetStageRequirements('contracted', facts)).toEqual([]);
  });

  it('approves or publishes only when every deliverable got there', () => {
    expect(
      unmetStageRequirements('approved', { ...facts, deliverableStatuses: ['approved', 'pending'] as never }),
    ).toHaveLength(1);
    expect(
      unmetStageRequirements('published', { ...facts, deliverableStatuses: ['published'] as never }),
    ).toEqual([]);
  });
});

describe('budget summary', () => {
  it('counts contracted fees as committed and earlier ones as proposed', () => {
    const s = summariseBudget(100_000, 'EUR', [
      { stage: 'contracted', feeAmountMinor: 60_000 },
      { stage: 'negotiating', feeAmountMinor: 50_000 },
      { stage: 'declined', feeAmountMinor: 90_000 },
    ] as never);
    expect(s).toMatchObject({
      committedMinor: 60_000,
      proposedMinor: 50_000,
      remainingMinor: 40_000,
      overBudget: false,
    });
    expect(s.warnings).toHaveLength(1);
  });
});

describe('report figures (hand-computed)', () => {
  const base: ReportCollaborationInput = {
    collaborationId: 'c1',
    influencerId: 'i1',
    displayName: 'Jörg Müller',
    handle: 'joerg',
    platform: 'instagram',
    stage: 'published',
    feeAmountMinor: 50_000,
    accountFollowers: 20_000,
    plannedPosts: 2,
    deliverables: [
      {
        status: 'published',
        post: {
          publishedAt: new Date('2027-03-02T10:00:00Z'),
          likes: 900,
          comments: 60,
          shares: 30,
          saves: 10,
          views: 25_000,
          followers: 20_000,
        },
        check: { errors: 0, warnings: 1 },
      },
      { status: 'approved', post: null, check: null },
    ],
    openAlerts: 0,
  };

  it('sums engagements, derives rate and costs, and counts compliance', () => {
    const r = computeReport(100_000, [base]);
    expect(r.totals).toMatchObject({
      postsPlanned: 2,
      postsPublished: 1,
      postsTracked: 1,
      engagements: 1000, // 900 + 60 + 30 + 10
      engagementRate: 0.05, // 1000 / 20,000 followers at the post
      costPerEngagementMinor: 50, // 50,000 / 1000
      costPerThousandViewsMinor: 2000, // 50,000 × 1000 / 25,000
      budgetUsedMinor: 50_000,
      complianceRate: 1,
      openFindings: 1,
    });
  });

  it('answers null instead of dividing by zero when nothing is tracked yet', () => {
    const r = computeReport(100_000, [
      { ...base, deliverables: [{ status: 'approved', post: null, check: null }] },
    ]);
    expect(r.totals).toMatchObject({
      engagementRate: null,
      costPerEngagementMinor: null,
      complianceRate: null,
    });
  });

  it('groups engagements by UTC day', () => {
    const day = engagementsByDay([
      {
        publishedAt: new Date('2027-03-02T23:30:00Z'),
        likes: 10,
        comments: 0,
        shares: null,
        saves: null,
        views: null,
        followers: null,
      },
      {
        publishedAt: new Date('2027-03-02T01:00:00Z'),
        likes: 5,
        comments: 1,
        shares: null,
        saves: null,
        views: null,
        followers: null,
      },
    ]);
    expect(day.find((d) => d.date === '2027-03-02')).toMatchObject({ posts: 2, engagements: 16 });
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, keeps umlauts, and defuses formulas', () => {
    expect(csvCell('Müller, Jörg')).toBe('"Müller, Jörg"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(null)).toBe('');
    const csv = toCsv(['name', 'n'], [['Straße', 1]]);
    expect(csv).toBe(`${UTF8_BOM}name,n\r\nStraße,1\r\n`);
  });
});

import type { ReportFigures } from './report-math';

export interface FigureDefinition {
  figure: keyof ReportFigures | 'budgetMinor' | 'budgetUsedShare' | 'timeSeries';
  unit: string;
  formula: string;
}

/**
 * How every figure of the report is computed; sent with each report so a reader never has to guess.
 * Collaborations that were declined or cancelled are left out of every figure.
 */
export const REPORT_DEFINITIONS: readonly FigureDefinition[] = [
  {
    figure: 'postsPlanned',
    unit: 'posts',
    formula: 'Σ count over the deliverables named in the collaboration terms.',
  },
  {
    figure: 'postsPublished',
    unit: 'posts',
    formula: 'Deliverables with status published (a post URL or external id is linked).',
  },
  {
    figure: 'postsTracked',
    unit: 'posts',
    formula: 'Published deliverables whose post was found in the catalogue; only these have metrics.',
  },
  {
    figure: 'followersReached',
    unit: 'accounts',
    formula:
      "Followers of the collaboration's account at report time, counted once per collaboration with at least one published post.",
  },
  {
    figure: 'views',
    unit: 'views',
    formula: 'Σ views of tracked posts; posts whose views are not public count 0.',
  },
  {
    figure: 'engagements',
    unit: 'interactions',
    formula:
      'Σ (likes + comments + shares + saves) of tracked posts, current values; counts that are not public count 0.',
  },
  {
    figure: 'engagementRate',
    unit: 'fraction',
    formula:
      "engagements ÷ Σ followers of each tracked post's account (the follower-weighted mean of per-post rates); null without tracked posts.",
  },
  {
    figure: 'budgetUsedMinor',
    unit: 'minor units of the campaign currency',
    formula:
      'Σ fee of collaborations with a contract (contracted, content_in_review, approved, published, completed).',
  },
  {
    figure: 'costPerEngagementMinor',
    unit: 'minor units of the campaign currency',
    formula: 'budgetUsedMinor ÷ engagements, rounded to a whole minor unit; null without engagements.',
  },
  {
    figure: 'costPerThousandViewsMinor',
    unit: 'minor units of the campaign currency',
    formula: 'budgetUsedMinor × 1000 ÷ views, rounded to a whole minor unit; null without views.',
  },
  {
    figure: 'complianceRate',
    unit: 'fraction',
    formula:
      'Published deliverables whose latest compliance check (the published caption, else the approved draft) has no error finding ÷ published deliverables with a check; null without any.',
  },
  {
    figure: 'openFindings',
    unit: 'findings',
    formula:
      'Σ error and warning findings (every audience) in the latest check of each published deliverable.',
  },
  {
    figure: 'openAlerts',
    unit: 'alerts',
    formula: 'Compliance alerts raised on published captions and not yet resolved.',
  },
  { figure: 'budgetMinor', unit: 'minor units of the campaign currency', formula: 'The campaign budget.' },
  {
    figure: 'budgetUsedShare',
    unit: 'fraction',
    formula: 'Total budgetUsedMinor ÷ budgetMinor; null for a zero budget.',
  },
  {
    figure: 'timeSeries',
    unit: 'interactions per UTC day',
    formula:
      'For each day from the first to the last publication: the tracked posts published that day and Σ of their current engagements (attributed to the publication day).',
  },
];

import { minorToDecimal } from '../campaign.constants';
import type { CampaignReportFigures, ReportFigures } from './report-math';

export type CsvValue = string | number | null;

/** Cells that spreadsheet programs would run as formulas (CSV injection), when they are text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 cell: quoted when it holds a comma, quote or line break (quotes doubled); text that a spreadsheet
 * would evaluate gets a leading apostrophe. Numbers are written as they are; null is empty.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Byte order mark: spreadsheet programs then read the file as UTF-8 (umlauts intact). */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180: CRLF line ends, header first; with a UTF-8 byte order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

export const REPORT_CSV_HEADER = [
  'row',
  'collaboration_id',
  'creator',
  'handle',
  'platform',
  'stage',
  'currency',
  'fee',
  'posts_planned',
  'posts_published',
  'posts_tracked',
  'followers_reached',
  'views',
  'engagements',
  'engagement_rate',
  'cost_per_engagement',
  'cost_per_thousand_views',
  'budget_used',
  'compliance_rate',
  'open_findings',
  'open_alerts',
] as const;

/** Money as decimals of the currency (EUR 1234.50), as a reader of the sheet expects; ratios as fractions. */
function figureCells(f: ReportFigures, currency: string): CsvValue[] {
  const money = (minor: number | null) => (minor === null ? null : minorToDecimal(minor, currency));
  return [
    f.postsPlanned,
    f.postsPublished,
    f.postsTracked,
    f.followersReached,
    f.views,
    f.engagements,
    f.engagementRate,
    money(f.costPerEngagementMinor),
    money(f.costPerThousandViewsMinor),
    money(f.budgetUsedMinor),
    f.complianceRate,
    f.openFindings,
    f.openAlerts,
  ];
}

/** One row per collaboration, then the total row. */
export function reportToCsv(report: CampaignReportFigures, currency: string): string {
  const money = (minor: number | null) => (minor === null ? null : minorToDecimal(minor, currency));
  const rows: CsvValue[][] = report.collaborations.map((c) => [
    'collaboration',
    c.collaborationId,
    c.displayName,
    c.handle,
    c.platform,
    c.stage,
    currency,
    money(c.feeAmountMinor),
    ...figureCells(c, currency),
  ]);
  rows.push(['total', null, null, null, null, null, currency, null, ...figureCells(report.totals, currency)]);
  return toCsv(REPORT_CSV_HEADER, rows);
}

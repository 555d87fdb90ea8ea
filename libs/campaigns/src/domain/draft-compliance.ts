import type {
  AudienceJurisdiction,
  ComplianceCheckInput,
  ComplianceCheckResult,
  ComplianceFinding,
  ContentKind,
  MaterialConnection,
  Platform,
  VideoDisclosure,
} from '@fitscout/compliance';
import { DomainError } from '@fitscout/common';
import type { SponsorDetails } from './campaign-lifecycle';

/** What the campaign contributes to every check of its content. */
export interface CampaignComplianceContext {
  jurisdictions: AudienceJurisdiction[];
  political: boolean;
  sponsor: SponsorDetails | null;
  /** The collaboration's fee: paid when above zero, otherwise a gift (product or service). */
  feeAmountMinor: number | null;
  /** Where the creator is established (FR territorial scope); null when unknown. */
  creatorCountry: string | null;
}

/** The content as drafted or published. */
export interface ContentFacts {
  caption: string;
  kind: ContentKind;
  platform: Platform;
  paidPartnershipLabel: boolean;
  videoDisclosure: VideoDisclosure | null;
  retouched: boolean;
  aiGenerated: boolean;
}

/**
 * Campaign content always has a material connection: the collaboration's fee makes it paid (a zero fee, a gift)
 * and a political campaign makes it paid political advertising.
 */
export function materialConnectionFor(political: boolean, feeAmountMinor: number | null): MaterialConnection {
  if (political) return 'political_paid';
  return feeAmountMinor !== null && feeAmountMinor > 0 ? 'paid' : 'gifted';
}

export function complianceInputFor(
  campaign: CampaignComplianceContext,
  content: ContentFacts,
): ComplianceCheckInput {
  const sponsor = campaign.sponsor;
  return {
    audienceJurisdictions: campaign.jurisdictions,
    platform: content.platform,
    kind: content.kind,
    caption: content.caption,
    paidPartnershipLabel: content.paidPartnershipLabel,
    materialConnection: materialConnectionFor(campaign.political, campaign.feeAmountMinor),
    political: campaign.political,
    ...(content.retouched ? { retouched: true } : {}),
    ...(content.aiGenerated ? { aiGenerated: true } : {}),
    ...(content.videoDisclosure ? { videoDisclosure: content.videoDisclosure } : {}),
    ...(campaign.creatorCountry ? { creatorCountry: campaign.creatorCountry } : {}),
    ...(campaign.political && sponsor
      ? {
          politicalSponsor: {
            ...(sponsor.name ? { name: sponsor.name } : {}),
            ...(sponsor.contact ? { contact: sponsor.contact } : {}),
            ...(sponsor.election ? { election: sponsor.election } : {}),
            ...(sponsor.transparencyNoticeUrl
              ? { transparencyNoticeUrl: sponsor.transparencyNoticeUrl }
              : {}),
          },
        }
      : {}),
  };
}

export interface FindingCounts {
  errors: number;
  warnings: number;
}

/** Findings over every audience judged (the result's `findings` only holds the deciding audiences'). */
export function allFindings(result: ComplianceCheckResult): ComplianceFinding[] {
  return result.jurisdictions.flatMap((audience) => audience.findings);
}

export function countFindings(findings: readonly Pick<ComplianceFinding, 'severity'>[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors += 1;
    else if (finding.severity === 'warning') warnings += 1;
  }
  return { errors, warnings };
}

/** The approval gate: a draft whose check found errors (under any audience) cannot be approved. */
export function assertApprovable(draft: {
  errorCount: number;
  findingCodes: string[];
  complianceCheckId: string | null;
}): void {
  if (draft.errorCount === 0) return;
  throw DomainError.conflict(
    `The draft cannot be approved: its compliance check found ${draft.errorCount} error(s) (${draft.findingCodes.join(', ')}). Submit a corrected version.`,
    {
      reason: 'compliance_errors',
      findingCodes: draft.findingCodes,
      complianceCheckId: draft.complianceCheckId,
    },
  );
}

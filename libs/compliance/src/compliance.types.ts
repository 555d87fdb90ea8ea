/**
 * Public input/output types of the ad-disclosure compliance engine, plus `as const` arrays of every enum so
 * DTOs (class-validator `IsIn`, Swagger `enum`) can be built from the same source of truth.
 * The vocabulary follows docs/compliance.md and the rules document (section 0, reason codes).
 */

/** Jurisdictions with a rule set of their own. `EU`: EU level (Reg. 2024/900, AI Act, UCPD baseline). */
export const JURISDICTIONS = ['US', 'UK', 'DE', 'AT', 'FR', 'EU'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/**
 * EU member states without a section of their own; as audiences they are judged by the EU baseline
 * (rules document convention 6). DE, AT and FR are not listed: they have their own rule sets.
 */
// prettier-ignore
export const EU_MEMBER_STATES_WITHOUT_RULESET = [
  'BE', 'BG', 'CY', 'CZ', 'DK', 'EE', 'ES', 'FI', 'GR', 'HR', 'HU', 'IE', 'IT',
  'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;
export type EuMemberState = (typeof EU_MEMBER_STATES_WITHOUT_RULESET)[number];

/** Anything accepted in `audienceJurisdictions`. */
export const AUDIENCE_JURISDICTIONS = [...JURISDICTIONS, ...EU_MEMBER_STATES_WITHOUT_RULESET] as const;
export type AudienceJurisdiction = (typeof AUDIENCE_JURISDICTIONS)[number];

export const PLATFORMS = [
  'instagram',
  'tiktok',
  'youtube',
  'facebook',
  'threads',
  'x',
  'twitch',
  'snapchat',
  'linkedin',
  'pinterest',
  'other',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const CONTENT_KINDS = ['post', 'story', 'reel', 'video', 'short', 'livestream'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** Kinds whose endorsement is in moving pictures: the disclosure must be inside the media (convention 5). */
export const VIDEO_KINDS = ['reel', 'video', 'short', 'livestream'] as const satisfies readonly ContentKind[];

export const MATERIAL_CONNECTIONS = [
  'paid',
  'gifted',
  'affiliate',
  'own_brand',
  'none',
  'political_paid',
] as const;
export type MaterialConnection = (typeof MATERIAL_CONNECTIONS)[number];

export const VERDICTS = ['compliant', 'non_compliant', 'needs_review'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Codes of requirements that certainly apply and are not met: they make a result `non_compliant`. */
export const VIOLATION_CODES = [
  'missing_disclosure',
  'ambiguous_label',
  'buried_label',
  'label_after_truncation',
  'wrong_language',
  'misleading_label',
  'label_not_in_video',
  'livestream_disclosure_not_repeated',
  'obfuscated_label',
  'missing_political_notice',
  'missing_sponsor_identity',
  'missing_transparency_notice',
  'missing_retouch_label',
  'missing_ai_label',
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

/** Codes of unsettled points that decide the outcome: they make a result `needs_review`. */
export const NEEDS_REVIEW_CODES = [
  'platform_label_only',
  'gift_rule_unclear',
  'language_uncertain',
  'placement_uncertain',
  'political_rule_unclear',
  'own_brand_context',
  'label_wording_unclear',
  'scope_unclear',
  'ai_label_scope_unclear',
  'rule_unclear',
] as const;
export type NeedsReviewCode = (typeof NEEDS_REVIEW_CODES)[number];

export const FINDING_CODES = [...VIOLATION_CODES, ...NEEDS_REVIEW_CODES] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** Languages the engine writes fixes in and detects in captions. */
export const POST_LANGUAGES = ['en', 'de', 'fr'] as const;
export type PostLanguage = (typeof POST_LANGUAGES)[number];

/** What the media itself shows or says (present for video, reel, short and livestream). */
export interface VideoDisclosure {
  /** A disclosure is shown on screen inside the video. */
  onScreen: boolean;
  /** A disclosure is spoken inside the video. */
  spoken: boolean;
  /** Livestreams: the disclosure is repeated periodically or kept on screen throughout. */
  repeated?: boolean;
}

/** Campaign data for political ads (Reg. (EU) 2024/900 Art. 11/12; UK digital imprint). Used for fixes. */
export interface PoliticalSponsorDetails {
  name?: string;
  /** Postal address or other contact (the UK imprint needs the promoter's address). */
  contact?: string;
  /** The election, referendum or legislative/regulatory process concerned. */
  election?: string;
  transparencyNoticeUrl?: string;
}

export interface ComplianceCheckInput {
  /** Single jurisdiction. Either this or `audienceJurisdictions` (or both: they are merged). */
  jurisdiction?: Jurisdiction;
  /** Every audience; the strictest outcome over all of them applies (convention 6). */
  audienceJurisdictions?: readonly AudienceJurisdiction[];
  platform: Platform;
  kind: ContentKind;
  /** Text as posted; for stories the overlay text of the frame. */
  caption: string;
  /** The platform's own paid-partnership label is switched on. */
  paidPartnershipLabel: boolean;
  materialConnection: MaterialConnection;
  political: boolean;
  /** Body or face retouched (not a background-only edit). */
  retouched?: boolean;
  /** Face or silhouette produced by an AI process. */
  aiGenerated?: boolean;
  videoDisclosure?: VideoDisclosure;
  /** ISO 3166-1 alpha-2 country where the creator is established (FR territorial scope). */
  creatorCountry?: string;
  politicalSponsor?: PoliticalSponsorDetails;
}

/** A range of the ORIGINAL caption in UTF-16 code units (`caption.slice(start, end) === text`). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/** One replacement on the original caption; an insertion has `start === end`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface SuggestedFix {
  /** The language the description is written in (the caption's language). */
  language: PostLanguage;
  description: string;
  /** Edits to the caption that apply this fix; empty when the fix is in the media itself. */
  edits: readonly TextEdit[];
}

export type CitationStatus = 'verified' | 'secondary' | 'unverified';

export interface Citation {
  /** The law, guidance or ruling, e.g. `§ 5a Abs. 4 UWG`. */
  source: string;
  /** Where the rules document states it, e.g. `disclosure-rules §3 Placement`. */
  section: string;
  /** ✅ verified / ◐ secondary source / ❓ unverified, as marked in the rules document. */
  status: CitationStatus;
}

export interface RuleReference {
  jurisdiction: Jurisdiction;
  rulesetVersion: string;
  /** Stable id of the rule inside its rule set, e.g. `de.labels.english`. */
  ruleId: string;
  citation: Citation;
}

export interface ComplianceFinding {
  code: FindingCode;
  severity: Severity;
  message: string;
  evidence?: Evidence;
  rule: RuleReference;
  fix?: SuggestedFix;
}

export interface JurisdictionResult {
  /** The audience judged (may be an EU member state such as `IE`). */
  jurisdiction: AudienceJurisdiction;
  /** The rule set used (`EU` for member states without one of their own). */
  rulesetJurisdiction: Jurisdiction;
  rulesetVersion: string;
  verdict: Verdict;
  /** Distinct codes behind the verdict, in vocabulary order; empty when compliant. */
  reasons: FindingCode[];
  findings: ComplianceFinding[];
}

export interface RulesetVersion {
  jurisdiction: Jurisdiction;
  version: string;
}

export interface ComplianceCheckResult {
  /** Worst verdict over all audiences (`non_compliant` > `needs_review` > `compliant`). */
  verdict: Verdict;
  /** Distinct codes of the audiences that produce the worst verdict. */
  reasons: FindingCode[];
  /** Findings of the audiences that produce the worst verdict. */
  findings: ComplianceFinding[];
  /** Every audience's own result. */
  jurisdictions: JurisdictionResult[];
  rulesetVersions: RulesetVersion[];
  /** Detected language of the caption (fixes are written in it). */
  postLanguage: PostLanguage;
}

/**
 * Shape of a jurisdiction's rule set. Rule sets are plain data (one file per jurisdiction under
 * `rulesets/`), each rule carrying its citation, so a change of law is a data change with a new version.
 */
import type {
  Citation,
  ContentKind,
  FindingCode,
  Jurisdiction,
  MaterialConnection,
  NeedsReviewCode,
  Platform,
  PostLanguage,
} from './compliance.types';

/** Language tag of a wording; wider than `PostLanguage` because EU member states have their own. */
export type LabelLanguage = string;

/**
 * What a matched wording is:
 * - `label`: a disclosure; `codes` says how this jurisdiction judges it (empty = accepted).
 * - `thanks`: thanks-type wording, ambiguous unless the same sentence states the relationship (convention 8).
 * - `negation`: "not sponsored" and friends, misleading when there is a material connection (convention 2).
 */
export type LabelRole = 'label' | 'thanks' | 'negation';

export interface LabelRule {
  id: string;
  role: LabelRole;
  /**
   * Wordings as a reader writes them. Whole tokens only; `{a|b}` expands alternatives, `@` matches any
   * @mention, `*` any word or mention. A multi-word phrase also matches as one hashtag (`keine werbung` →
   * `#keineWerbung`) unless it contains a wildcard.
   */
  phrases: readonly string[];
  /** Restrict single-token phrases to one token form (`#sponsoring` is French, `sponsoring` English). */
  tokenForm?: 'hashtag' | 'plain';
  /** Hashtags starting or ending with these (`#nikepartner`, `#thanksnike`), plus at least two letters. */
  hashtagPrefixes?: readonly string[];
  hashtagSuffixes?: readonly string[];
  language: LabelLanguage;
  /** Languages of a wording shared by several (`reklama`: pl, cs, sk, …); defaults to `language`. */
  languages?: readonly LabelLanguage[];
  /**
   * EU baseline for a member-state audience: codes when the wording is in one of the audience's official
   * languages, and otherwise (rules document §6, baseline for commercial posts).
   */
  byAudienceLanguage?: { official: readonly FindingCode[]; other: readonly FindingCode[] };
  /** How this jurisdiction judges the wording; empty = accepted. */
  codes: readonly FindingCode[];
  /**
   * Codes used instead of `codes` when the wording is not in the caption's language (US/UK: a label in the
   * language of the endorsement is assumed to count, rules document §1 Language ❓).
   */
  codesIfNotPostLanguage?: readonly FindingCode[];
  /** The wording only discloses these connections (`my own brand`); otherwise it is ignored or judged so. */
  onlyFor?: {
    connections: readonly MaterialConnection[];
    otherwise: 'ignore' | readonly FindingCode[];
  };
  citation: Citation;
}

export interface PlacementPolicy {
  /** Convention 3: after this many visible characters or line breaks, a label is behind "more". */
  truncation: { afterCharacters: number; afterLineBreaks: number; citation: Citation };
  /** Convention 4: buried when inside a run of at least this many other hashtags. */
  hashtagCloud: { minOtherHashtags: number; citation: Citation };
  /** UK: a label visible before "more" but not opening the post is needs_review `placement_uncertain`. */
  upfront?: { maxPrecedingTokens: number; code: NeedsReviewCode; citation: Citation };
  /** Convention 5: what a caption-only label on a video is. */
  captionOnlyOnVideo: { code: 'label_not_in_video' | 'placement_uncertain'; citation: Citation };
  /** Convention 5: what a live disclosure given once is. */
  livestreamNotRepeated: {
    code: 'livestream_disclosure_not_repeated' | 'placement_uncertain';
    citation: Citation;
  };
}

export interface PlatformLabelPolicy {
  /** Situations in which the platform's paid-partnership label alone is accepted. */
  acceptedWhen: readonly { platforms: readonly Platform[] | 'any'; kinds: readonly ContentKind[] | 'any' }[];
  /** Otherwise, when it is the only disclosure: needs_review `platform_label_only`. */
  citation: Citation;
}

export interface WordingGroup {
  phrases: readonly string[];
  citation: Citation;
}

/** Reg. (EU) 2024/900 Art. 11(1) elements (DE, AT, FR, EU). */
export interface EuPoliticalPolicy {
  mode: 'eu_transparency';
  /** (a) statement that it is a political advertisement. */
  statement: WordingGroup;
  /** (b) attribution markers introducing the sponsor's name. */
  sponsorMarkers: WordingGroup;
  /** (e) markers introducing a link to the transparency notice. */
  noticeMarkers: WordingGroup;
  livestreamOnce: { code: 'placement_uncertain'; citation: Citation };
  nonMonetary: { code: 'political_rule_unclear'; citation: Citation };
}

/** UK digital imprint: promoter name and address (Elections Act 2022 Part 6). */
export interface ImprintPoliticalPolicy {
  mode: 'imprint';
  promoterMarkers: WordingGroup;
  citation: Citation;
  nonMonetary: { code: 'political_rule_unclear'; citation: Citation };
}

/** US: paid political influencer posts are unsettled (FEC deferred). */
export interface ReviewPoliticalPolicy {
  mode: 'review';
  citation: Citation;
}

export type PoliticalPolicy = EuPoliticalPolicy | ImprintPoliticalPolicy | ReviewPoliticalPolicy;

/** A mention the law requires on certain images (FR « Images retouchées » / « Images virtuelles »). */
export interface ImageMentionRule {
  id: string;
  mentions: WordingGroup;
  /** Posts that promote nothing: whether the rule applies is unsettled → needs_review. */
  nonCommercial: { code: NeedsReviewCode; citation: Citation };
}

/** AI Act Art. 50(4) deepfake disclosure. */
export interface AiActPolicy {
  disclosures: WordingGroup;
  /** Wording that openly presents a virtual persona: outside the deepfake definition? → needs_review. */
  virtualPersona: WordingGroup & { code: NeedsReviewCode };
}

/** FR: the law reaches creators in FR or outside the EEA; other EEA creators are case by case. */
export interface TerritorialScopePolicy {
  homeCountry: string;
  /** Creators established in these countries: a failed requirement of this law is needs_review. */
  unsettledFor: readonly string[];
  code: NeedsReviewCode;
  citation: Citation;
}

export interface JurisdictionRuleset {
  jurisdiction: Jurisdiction;
  /** Calendar version `YYYY.MM.patch`; bump it with any change to the data. */
  version: string;
  title: string;
  /** Month of the research the data reflects. */
  researchedAt: string;
  /** Language fixes use for labels, and the language of the accepted label. */
  labelLanguage: PostLanguage;
  /** The label fixes insert (`Werbung`, `Publicité`, `Ad`). */
  suggestedLabel: string;
  legalBasis: readonly Citation[];
  triggers: { citation: Citation };
  labels: readonly LabelRule[];
  placement: PlacementPolicy;
  platformLabel: PlatformLabelPolicy;
  /** Gifts without a label: `unsettled` (DE, AT) turns a failed disclosure into needs_review. */
  gifts: { disclosure: 'required' | 'unsettled'; code: NeedsReviewCode; citation: Citation };
  /** DE: `*` after affiliate links plus a `*` explanation is enough, wherever the links are. */
  affiliateLinkMarking?: { explanationWords: readonly string[]; citation: Citation };
  political: PoliticalPolicy;
  retouchMention?: ImageMentionRule;
  virtualImageMention?: ImageMentionRule;
  aiAct?: AiActPolicy;
  territorialScope?: TerritorialScopePolicy;
  /** Official languages whose national labels count as accepted (EU baseline for member states). */
  officialLanguages?: readonly LabelLanguage[];
}

/**
 * Human messages (English, for campaign staff and the audit trail). Fixes, which the creator reads, are
 * written in the caption's language by `fixes.ts`.
 */
import type { FindingCode } from '../compliance.types';

export interface MessageContext {
  /** Audience name, e.g. `a German audience`. */
  audience: string;
  /** The label the rule set suggests (`Werbung`). */
  suggested: string;
  /** The matched text, if any. */
  text?: string;
}

const AUDIENCE_NAMES: Record<string, string> = {
  US: 'a US audience',
  UK: 'a UK audience',
  DE: 'a German audience',
  AT: 'an Austrian audience',
  FR: 'a French audience',
  EU: 'an EU-wide audience',
};

export function audienceName(audience: string): string {
  return AUDIENCE_NAMES[audience] ?? `an audience in ${audience} (EU baseline)`;
}

const TEMPLATES: Record<FindingCode, (c: MessageContext) => string> = {
  missing_disclosure: (c) =>
    `There is a material connection but no disclosure; ${c.audience} needs "${c.suggested}".`,
  ambiguous_label: (c) =>
    `"${c.text}" does not clearly say this is advertising for ${c.audience}; use "${c.suggested}".`,
  buried_label: (c) => `"${c.text}" is hidden in a cloud of hashtags; put "${c.suggested}" at the start.`,
  label_after_truncation: (c) =>
    `"${c.text}" is only visible after "more" (125 characters or the second line break).`,
  wrong_language: (c) => `"${c.text}" is not accepted for ${c.audience}; use "${c.suggested}".`,
  misleading_label: (c) => `"${c.text}" denies a commercial relationship that exists.`,
  label_not_in_video: (c) =>
    `The disclosure${c.text === undefined ? '' : ` "${c.text}"`} is only in the caption; the video itself must show or say "${c.suggested}".`,
  livestream_disclosure_not_repeated: () =>
    'The livestream disclosure was given once; it must be repeated or stay on screen.',
  obfuscated_label: (c) =>
    `"${c.text}" is written in tiny superscript or small-capital letters and is not legible.`,
  missing_political_notice: () =>
    'Paid political ad without a statement that it is a political advertisement (Reg. (EU) 2024/900 Art. 11(1)(a)).',
  missing_sponsor_identity: (c) =>
    c.text === undefined
      ? 'The political ad does not identify its sponsor or promoter.'
      : `The political ad names no complete sponsor/promoter identity ("${c.text}").`,
  missing_transparency_notice: () =>
    'The political ad has no transparency notice or link to where it can be retrieved.',
  missing_retouch_label: () =>
    'Body or face retouched but no « Images retouchées » mention (Loi 2023-451 art. 5).',
  missing_ai_label: (c) =>
    `AI-generated imagery without an AI disclosure for ${c.audience} ("${c.suggested}").`,
  platform_label_only: (c) =>
    `The platform's paid-partnership label is the only disclosure; its sufficiency for ${c.audience} is unsettled.`,
  gift_rule_unclear: (c) =>
    `A gift without a sufficient label: whether ${c.audience}'s rules require one for gifts is disputed.`,
  language_uncertain: (c) =>
    `"${c.text}" is the only label and its language is not settled for ${c.audience}.`,
  placement_uncertain: (c) =>
    c.text === undefined
      ? `Whether the placement of the disclosure is enough for ${c.audience} is unsettled.`
      : `"${c.text}" is visible but whether its place is enough for ${c.audience} is unsettled.`,
  political_rule_unclear: (c) =>
    `Whether this is regulated political advertising, or which disclaimer applies, is unsettled for ${c.audience}.`,
  own_brand_context: (c) =>
    `"${c.text}" states the own brand without "Ad"; whether that is enough for ${c.audience} is unsettled.`,
  label_wording_unclear: (c) => `"${c.text}" is neither clearly accepted nor rejected for ${c.audience}.`,
  scope_unclear: () =>
    'The creator is established in another EEA state: whether French influencer law applies is decided case by case.',
  ai_label_scope_unclear: () =>
    'AI imagery of an openly virtual persona without an AI disclosure: it may fall outside the AI Act deepfake rule.',
  rule_unclear: () =>
    'The post promotes nothing: whether the French retouch/AI mention applies is unsettled.',
};

export function messageFor(code: FindingCode, context: MessageContext): string {
  return TEMPLATES[code](context);
}

/**
 * Political ads (rules document §6 "Engine notes for political ads", §2 Political, §1 Political):
 * EU-family audiences need statement (a), sponsor (b) before "more" and outside hashtag clouds, and a
 * pointer to the transparency notice (e) anywhere; the UK needs an imprint; the US is unsettled.
 */
import type { Evidence, FindingCode, PostLanguage } from '../compliance.types';
import type { EuPoliticalPolicy, ImprintPoliticalPolicy } from '../ruleset.types';
import type { PhraseMatch, PhraseMatcher } from '../text/phrase-matcher';
import { type CheckContext, draft } from './check-context';
import { POLITICAL_WORDS } from './fixes';
import { type DraftFinding, MET, type RequirementOutcome } from './outcome';
import { placementCitation, placementDefects } from './placement';

/** A paid political post: `political_paid`, or a political post paid in money (issue text). */
export function isPaidPolitical(context: CheckContext): boolean {
  const { materialConnection, political } = context.input;
  return materialConnection === 'political_paid' || (political && materialConnection === 'paid');
}

/** Political content rewarded only by a gift, commission or own-business interest. */
function isNonMonetaryPolitical(context: CheckContext): boolean {
  const { materialConnection, political } = context.input;
  return (
    political &&
    (materialConnection === 'gifted' ||
      materialConnection === 'affiliate' ||
      materialConnection === 'own_brand')
  );
}

export function appliesPolitical(context: CheckContext): boolean {
  return isPaidPolitical(context) || isNonMonetaryPolitical(context);
}

export function evaluatePolitical(context: CheckContext): RequirementOutcome {
  const policy = context.compiled.ruleset.political;
  const prefix = context.compiled.jurisdiction.toLowerCase();
  if (policy.mode === 'review' || isNonMonetaryPolitical(context)) {
    const citation = policy.mode === 'review' ? policy.citation : policy.nonMonetary.citation;
    const sponsor = context.input.politicalSponsor?.name ?? '[sponsor]';
    const fix = {
      kind: 'review' as const,
      text: policy.mode === 'review' ? `Paid for by ${sponsor}` : context.compiled.ruleset.suggestedLabel,
    };
    return {
      status: 'uncertain',
      findings: [
        draft(context, 'political_rule_unclear', { ruleId: `${prefix}.political`, citation }, undefined, fix),
      ],
    };
  }
  return policy.mode === 'imprint' ? evaluateImprint(context, policy) : evaluateArticle11(context, policy);
}

/** Words that fill the sponsor slot without naming anyone ("Sponsor: none"). */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'none',
  'nobody',
  'n',
  'na',
  'keine',
  'keiner',
  'niemand',
  'aucun',
  'personne',
  'unknown',
  'unbekannt',
  'inconnu',
]);

/** Markers followed, on the same line, by a token that can be a name (a word or an @mention). */
function attributed(context: CheckContext, matcher: PhraseMatcher<true> | undefined): PhraseMatch<true>[] {
  const tokens = context.analysis.tokens;
  return (matcher?.scan(tokens) ?? []).filter((match) => {
    const next = tokens[match.end];
    return (
      next !== undefined &&
      next.line === tokens[match.end - 1].line &&
      (next.kind === 'mention' || (next.kind === 'word' && !NOT_A_NAME.has(next.text)))
    );
  });
}

const UK_POSTCODE = /\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/;
const STREET =
  /\b\d+[a-z]?,?\s+(?:[a-z']+\s+){0,3}(?:street|st|road|rd|lane|ln|avenue|ave|square|sq|place|way|close|drive|row|terrace)\b/;

function evaluateImprint(context: CheckContext, policy: ImprintPoliticalPolicy): RequirementOutcome {
  const promoter = attributed(context, context.compiled.sponsorMarkers);
  const text = context.analysis.normalized.text;
  const hasAddress = UK_POSTCODE.test(text) || STREET.test(text);
  if (promoter.length > 0 && hasAddress) return MET;
  const sponsor = context.input.politicalSponsor;
  const imprint = `Promoted by ${sponsor?.name ?? '[promoter name]'}, ${sponsor?.contact ?? '[address]'}`;
  const evidence =
    promoter.length > 0 ? context.analysis.evidence(promoter[0].first, promoter[0].end + 1) : undefined;
  const finding = draft(
    context,
    'missing_sponsor_identity',
    { ruleId: 'uk.political.imprint', citation: policy.citation },
    evidence,
    { kind: 'imprint', text: imprint },
  );
  return { status: 'failed', findings: [finding] };
}

/** Placement codes of the best-placed occurrence, or undefined when some occurrence is well placed. */
function bestPlacement(
  context: CheckContext,
  matches: PhraseMatch<true>[],
): { codes: FindingCode[]; evidence: Evidence } | undefined {
  let best: { codes: FindingCode[]; evidence: Evidence } | undefined;
  for (const match of matches) {
    const defects = placementDefects(
      context.analysis,
      context.compiled.ruleset.placement,
      context.input.kind,
      match.first,
      match.end,
      { upfrontRule: false },
    );
    if (defects.certain.length === 0) return undefined;
    if (best === undefined || defects.certain.length < best.codes.length) {
      best = { codes: defects.certain, evidence: context.analysis.evidence(match.first, match.end) };
    }
  }
  return best;
}

function fixLanguage(context: CheckContext): PostLanguage {
  const ruleset = context.compiled.ruleset;
  return ruleset.jurisdiction === 'EU' ? context.analysis.postLanguage : ruleset.labelLanguage;
}

function evaluateArticle11(context: CheckContext, policy: EuPoliticalPolicy): RequirementOutcome {
  const { analysis, compiled, input } = context;
  const words = POLITICAL_WORDS[fixLanguage(context)];
  const sponsorDetails = input.politicalSponsor;
  const statements = compiled.politicalStatement?.scan(analysis.tokens) ?? [];
  const sponsors = attributed(context, compiled.sponsorMarkers);
  const findings: DraftFinding[] = [];
  const placementPolicy = compiled.ruleset.placement;

  const elements = [
    {
      matches: statements,
      missing: 'missing_political_notice' as const,
      citation: policy.statement.citation,
      fix: { kind: 'political_notice' as const, text: words.statement },
    },
    {
      matches: sponsors,
      missing: 'missing_sponsor_identity' as const,
      citation: policy.sponsorMarkers.citation,
      fix: { kind: 'sponsor' as const, text: `${words.sponsor}: ${sponsorDetails?.name ?? '[…]'}` },
    },
  ];
  for (const element of elements) {
    const source = {
      ruleId: `${compiled.jurisdiction.toLowerCase()}.political.${element.missing}`,
      citation: element.citation,
    };
    if (element.matches.length === 0) {
      findings.push(draft(context, element.missing, source, undefined, element.fix));
      continue;
    }
    const placement = bestPlacement(context, element.matches);
    for (const code of placement?.codes ?? []) {
      const placementSource = { ruleId: source.ruleId, citation: placementCitation(placementPolicy, code) };
      findings.push(draft(context, code, placementSource, placement?.evidence, element.fix));
    }
  }
  if (!hasNoticePointer(context)) {
    const source = {
      ruleId: `${compiled.jurisdiction.toLowerCase()}.political.missing_transparency_notice`,
      citation: policy.noticeMarkers.citation,
    };
    const text = `${words.notice}: ${sponsorDetails?.transparencyNoticeUrl ?? '[URL]'}`;
    findings.push(draft(context, 'missing_transparency_notice', source, undefined, { kind: 'notice', text }));
  }
  if (findings.length > 0) return { status: 'failed', findings };

  const live = input.videoDisclosure;
  if (
    input.kind === 'livestream' &&
    live !== undefined &&
    (live.onScreen || live.spoken) &&
    live.repeated !== true
  ) {
    const source = {
      ruleId: `${compiled.jurisdiction.toLowerCase()}.political.livestream`,
      citation: policy.livestreamOnce.citation,
    };
    return {
      status: 'uncertain',
      findings: [
        draft(context, policy.livestreamOnce.code, source, undefined, {
          kind: 'repeat_live',
          text: words.statement,
        }),
      ],
    };
  }
  return MET;
}

/**
 * Art. 11(1)(e): a link introduced as the transparency notice (within three tokens of the marker, same
 * line), or the campaign's own notice URL appearing in the caption. It counts anywhere in the caption.
 */
function hasNoticePointer(context: CheckContext): boolean {
  const tokens = context.analysis.tokens;
  const markers = context.compiled.noticeMarkers?.scan(tokens) ?? [];
  const pointed = markers.some((marker) => {
    for (let i = marker.end; i < Math.min(tokens.length, marker.end + 3); i += 1) {
      if (tokens[i].line !== tokens[marker.first].line) return false;
      if (tokens[i].kind === 'url') return true;
    }
    return false;
  });
  if (pointed) return true;
  const url = context.input.politicalSponsor?.transparencyNoticeUrl
    ?.trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '');
  return url !== undefined && url.length > 0 && context.analysis.normalized.text.includes(url);
}

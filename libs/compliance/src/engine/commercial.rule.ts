/**
 * The commercial disclosure requirement: a post with a material connection must carry a label that the
 * audience's rule set accepts, legible, before "more", outside hashtag clouds, and inside the video for
 * video endorsements (conventions 1–9). Several disclosures can exist; one sufficient disclosure meets it.
 */
import type { FindingCode } from '../compliance.types';
import type { LabelRule } from '../ruleset.types';
import type { PhraseMatch } from '../text/phrase-matcher';
import { type CheckContext, draft, isVideoKind } from './check-context';
import { effectiveCodes } from './compiled-ruleset';
import {
  type DraftFinding,
  type FixKind,
  MET,
  type RequirementOutcome,
  gateOnUnsettledApplicability,
  isReviewCode,
} from './outcome';
import { placementCitation, placementDefects } from './placement';

/** One way the post might disclose; sufficient when it has no findings at all. */
interface Candidate {
  certain: DraftFinding[];
  uncertain: DraftFinding[];
}

const FIX_FOR_CODE: Partial<Record<FindingCode, FixKind>> = {
  ambiguous_label: 'replace',
  wrong_language: 'replace',
  label_wording_unclear: 'replace',
  language_uncertain: 'replace',
  own_brand_context: 'review',
  obfuscated_label: 'replace',
  buried_label: 'move',
  label_after_truncation: 'move',
  placement_uncertain: 'move',
};

function addFinding(candidate: Candidate, finding: DraftFinding): void {
  (isReviewCode(finding.code) ? candidate.uncertain : candidate.certain).push(finding);
}

/** Judges one wording found in the caption, or returns undefined when it is not a disclosure here. */
function captionCandidate(context: CheckContext, match: PhraseMatch<LabelRule>): Candidate | undefined {
  const rule = match.payload;
  const codes = rule.role === 'thanks' ? rule.codes : effectiveCodes(rule, context.labelContext);
  if (codes === 'ignore') return undefined;
  const { analysis, compiled, input } = context;
  const policy = compiled.ruleset.placement;
  const evidence = analysis.evidence(match.first, match.end);
  const suggested = compiled.ruleset.suggestedLabel;
  const candidate: Candidate = { certain: [], uncertain: [] };
  const source = { ruleId: rule.id, citation: rule.citation };

  for (const code of codes) {
    addFinding(
      candidate,
      draft(context, code, source, evidence, { kind: FIX_FOR_CODE[code] ?? 'replace', text: suggested }),
    );
  }
  const placement = placementDefects(analysis, policy, input.kind, match.first, match.end);
  for (const code of [...placement.certain, ...placement.uncertain]) {
    const placementSource = {
      ruleId: `${compiled.jurisdiction.toLowerCase()}.placement`,
      citation: placementCitation(policy, code),
    };
    addFinding(
      candidate,
      draft(context, code, placementSource, evidence, {
        kind: FIX_FOR_CODE[code] ?? 'move',
        text: suggested,
      }),
    );
  }
  if (isVideoKind(input.kind) && !hasInVideoDisclosure(context)) {
    const video = policy.captionOnlyOnVideo;
    addFinding(
      candidate,
      draft(
        context,
        video.code,
        { ruleId: `${compiled.jurisdiction.toLowerCase()}.video`, citation: video.citation },
        evidence,
        { kind: 'in_video', text: suggested },
      ),
    );
  }
  return candidate;
}

function hasInVideoDisclosure(context: CheckContext): boolean {
  const disclosure = context.input.videoDisclosure;
  return disclosure !== undefined && (disclosure.onScreen || disclosure.spoken);
}

/** Convention 8: thanks-type wording counts only when its sentence does not itself state the relationship. */
function relevantMatches(context: CheckContext): PhraseMatch<LabelRule>[] {
  const tokens = context.analysis.tokens;
  const statementSentences = new Set(
    context.labelMatches.filter((m) => m.payload.role === 'label').map((m) => tokens[m.first].sentence),
  );
  return context.labelMatches.filter(
    (m) =>
      m.payload.role === 'label' ||
      (m.payload.role === 'thanks' && !statementSentences.has(tokens[m.first].sentence)),
  );
}

function mediaCandidates(context: CheckContext): Candidate[] {
  const { input, compiled } = context;
  const candidates: Candidate[] = [];
  const suggested = compiled.ruleset.suggestedLabel;
  const prefix = compiled.jurisdiction.toLowerCase();
  if (isVideoKind(input.kind) && hasInVideoDisclosure(context)) {
    const candidate: Candidate = { certain: [], uncertain: [] };
    if (input.kind === 'livestream' && input.videoDisclosure?.repeated !== true) {
      const live = compiled.ruleset.placement.livestreamNotRepeated;
      addFinding(
        candidate,
        draft(context, live.code, { ruleId: `${prefix}.livestream`, citation: live.citation }, undefined, {
          kind: 'repeat_live',
          text: suggested,
        }),
      );
    }
    candidates.push(candidate);
  }
  if (input.paidPartnershipLabel) {
    const accepted = compiled.acceptsPlatformLabel(input.platform, input.kind);
    const source = { ruleId: `${prefix}.platform-label`, citation: compiled.ruleset.platformLabel.citation };
    candidates.push(
      accepted
        ? { certain: [], uncertain: [] }
        : {
            certain: [],
            uncertain: [
              draft(context, 'platform_label_only', source, undefined, { kind: 'review', text: suggested }),
            ],
          },
    );
  }
  const affiliate = affiliateMarkingCandidate(context);
  if (affiliate !== undefined) candidates.push(affiliate);
  return candidates;
}

/**
 * DE: `*` after an affiliate link plus a `*` explanation next to the links is enough wherever the links
 * are, even below "more" and without an in-video disclosure (rules document §3 Affiliate / codes).
 */
function affiliateMarkingCandidate(context: CheckContext): Candidate | undefined {
  const marking = context.compiled.ruleset.affiliateLinkMarking;
  if (marking === undefined || context.input.materialConnection !== 'affiliate') return undefined;
  const { text } = context.analysis.normalized;
  const links = context.analysis.urls();
  const markedLink = links.some((link) => text[link.end] === '*' || text[link.start - 1] === '*');
  const explanation = hasAsteriskExplanation(context);
  if (!markedLink && !explanation) return undefined;
  if (markedLink && explanation) return { certain: [], uncertain: [] };
  const source = { ruleId: 'de.affiliate-marking', citation: marking.citation };
  const fix = { kind: 'prepend' as const, text: context.compiled.ruleset.suggestedLabel };
  return { certain: [draft(context, 'ambiguous_label', source, undefined, fix)], uncertain: [] };
}

/** A `*` that is not a link's marker, followed on its line by an explanation ("*Affiliate-Link: …"). */
function hasAsteriskExplanation(context: CheckContext): boolean {
  const { text } = context.analysis.normalized;
  const tokens = context.analysis.tokens;
  const words = context.compiled.affiliateExplanationWords;
  for (let star = text.indexOf('*'); star >= 0; star = text.indexOf('*', star + 1)) {
    if (tokens.some((t) => t.kind === 'url' && (t.end === star || t.start === star + 1))) continue;
    const next = tokens.findIndex((t) => t.start > star);
    if (next < 0) continue;
    const line = tokens[next].line;
    for (let i = next; i < Math.min(tokens.length, next + 6) && tokens[i].line === line; i += 1) {
      if (tokens[i].kind === 'word' && words.has(tokens[i].text)) return true;
    }
  }
  return false;
}

export function evaluateCommercialDisclosure(context: CheckContext): RequirementOutcome {
  const outcome = decide(context, collectCandidates(context));
  const gifts = context.compiled.ruleset.gifts;
  if (context.input.materialConnection !== 'gifted' || gifts.disclosure !== 'unsettled') return outcome;
  const source = { ruleId: `${context.compiled.jurisdiction.toLowerCase()}.gifts`, citation: gifts.citation };
  const fix = { kind: 'review' as const, text: context.compiled.ruleset.suggestedLabel };
  return gateOnUnsettledApplicability(outcome, draft(context, gifts.code, source, undefined, fix));
}

function collectCandidates(context: CheckContext): Candidate[] {
  const candidates = mediaCandidates(context);
  // With the disclosure inside the video, caption labels can no longer decide the video requirement.
  if (isVideoKind(context.input.kind) && hasInVideoDisclosure(context)) return candidates;
  for (const match of relevantMatches(context)) {
    const candidate = captionCandidate(context, match);
    if (candidate !== undefined) candidates.push(candidate);
  }
  return candidates;
}

/**
 * Convention 9: one sufficient disclosure meets the requirement; otherwise disclosures that only an
 * unsettled point keeps from being sufficient make it needs_review; otherwise every certain defect counts.
 */
function decide(context: CheckContext, candidates: Candidate[]): RequirementOutcome {
  if (candidates.some((c) => c.certain.length === 0 && c.uncertain.length === 0)) return MET;
  const unsettled = candidates.filter((c) => c.certain.length === 0);
  if (unsettled.length > 0) return { status: 'uncertain', findings: unsettled.flatMap((c) => c.uncertain) };
  if (candidates.length > 0) return { status: 'failed', findings: candidates.flatMap((c) => c.certain) };
  // Convention 7(a): a negation alone is reported as misleading_label, without missing_disclosure.
  if (context.labelMatches.some((m) => m.payload.role === 'negation')) return MET;
  const { compiled, input } = context;
  const prefix = compiled.jurisdiction.toLowerCase();
  const source = { ruleId: `${prefix}.trigger`, citation: compiled.ruleset.triggers.citation };
  const kind: FixKind = isVideoKind(input.kind) ? 'in_video' : 'prepend';
  const fix = { kind, text: compiled.ruleset.suggestedLabel };
  return { status: 'failed', findings: [draft(context, 'missing_disclosure', source, undefined, fix)] };
}

/** Convention 2: with a material connection, a negation says the opposite of the truth. */
export function evaluateNegations(context: CheckContext): RequirementOutcome {
  const findings = context.labelMatches
    .filter((m) => m.payload.role === 'negation')
    .map((m) =>
      draft(
        context,
        'misleading_label',
        { ruleId: m.payload.id, citation: m.payload.citation },
        context.analysis.evidence(m.first, m.end),
        {
          kind: 'remove_negation',
          text: context.compiled.ruleset.suggestedLabel,
        },
      ),
    );
  return findings.length === 0 ? MET : { status: 'failed', findings };
}

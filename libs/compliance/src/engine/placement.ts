/**
 * Where a label sits, as a viewer sees it: legible (convention 1), before "more" (convention 3), outside
 * hashtag clouds (convention 4) and, where a rule set asks for it (UK), opening the post.
 */
import type { Citation, ContentKind, FindingCode } from '../compliance.types';
import type { PlacementPolicy } from '../ruleset.types';
import { OBFUSCATION_CITATION } from '../rulesets/conventions';
import type { CaptionAnalysis } from './caption-analysis';

export interface PlacementDefects {
  /** Violations: obfuscated_label, label_after_truncation, buried_label. */
  certain: FindingCode[];
  /** Unsettled: placement_uncertain (UK, visible but not upfront). */
  uncertain: FindingCode[];
}

export function placementDefects(
  analysis: CaptionAnalysis,
  policy: PlacementPolicy,
  kind: ContentKind,
  first: number,
  end: number,
  options: { upfrontRule: boolean } = { upfrontRule: true },
): PlacementDefects {
  const certain: FindingCode[] = [];
  const uncertain: FindingCode[] = [];
  const tokens = analysis.tokens;
  const token = tokens[first];

  for (let index = first; index < end; index += 1) {
    if (tokens[index].tiny) {
      certain.push('obfuscated_label');
      break;
    }
  }
  // A story's text is an overlay on the frame: there is no "more" to click.
  if (kind !== 'story') {
    const { afterCharacters, afterLineBreaks } = policy.truncation;
    if (analysis.originalStartOf(token) >= analysis.truncationOffset(afterCharacters, afterLineBreaks)) {
      certain.push('label_after_truncation');
    }
  }
  // A label that opens the caption is seen first even if tags follow it, so it is not "buried".
  if (token.kind === 'hashtag' && token.run >= 0 && first > 0) {
    const others = (analysis.hashtagsInRun[token.run] ?? 1) - 1;
    if (others >= policy.hashtagCloud.minOtherHashtags) certain.push('buried_label');
  }
  if (options.upfrontRule && policy.upfront !== undefined && certain.length === 0) {
    const opensPost = token.line === analysis.firstContentLine && first <= policy.upfront.maxPrecedingTokens;
    if (!opensPost) uncertain.push(policy.upfront.code);
  }
  return { certain, uncertain };
}

/** The citation behind a placement code. */
export function placementCitation(policy: PlacementPolicy, code: FindingCode): Citation {
  if (code === 'obfuscated_label') return OBFUSCATION_CITATION;
  if (code === 'label_after_truncation') return policy.truncation.citation;
  if (code === 'buried_label') return policy.hashtagCloud.citation;
  if (code === 'placement_uncertain' && policy.upfront !== undefined) return policy.upfront.citation;
  return policy.truncation.citation;
}

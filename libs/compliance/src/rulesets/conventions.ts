/**
 * Engine-wide conventions of the rules document (section 0), as citations and policy building blocks
 * that the jurisdiction rule sets reuse. Each rule set still names its own sources.
 */
import type { Citation, CitationStatus } from '../compliance.types';
import type { LabelRule, PlacementPolicy } from '../ruleset.types';
import { NEGATIONS, THANKS_HASHTAG_PREFIXES, THANKS_PHRASES } from './lexicon';

export function cite(source: string, section: string, status: CitationStatus): Citation {
  return { source, section: `disclosure-rules ${section}`, status };
}

export const TRUNCATION_CITATION = cite(
  "FTC warning letters 2017; CMA \"don't make people click 'see more'\"",
  '§0.3 Truncation',
  'secondary',
);
export const HASHTAG_CLOUD_CITATION = cite(
  'FTC 2017 staff blog; OLG Celle 13 U 53/17; ASA',
  '§0.4 Hashtag cloud',
  'secondary',
);
export const NEGATION_CITATION = cite(
  'Convention 2 (negations are misleading when there is a material connection)',
  '§0.2 Whole tokens',
  'secondary',
);
export const THANKS_CITATION = cite(
  'Convention 8 (thanks-type wording does not state a commercial relationship)',
  '§0.8 Thanks-type wording',
  'secondary',
);

/** Placement that every jurisdiction shares: 125 characters / second line break, clouds of 3+ hashtags. */
export function standardPlacement(
  video: PlacementPolicy['captionOnlyOnVideo'],
  livestream: PlacementPolicy['livestreamNotRepeated'],
  upfront?: PlacementPolicy['upfront'],
): PlacementPolicy {
  return {
    truncation: { afterCharacters: 125, afterLineBreaks: 2, citation: TRUNCATION_CITATION },
    hashtagCloud: { minOtherHashtags: 3, citation: HASHTAG_CLOUD_CITATION },
    upfront,
    captionOnlyOnVideo: video,
    livestreamNotRepeated: livestream,
  };
}

/** Negations and thanks-type wording are judged the same everywhere (conventions 2 and 8). */
export function universalLabelRules(prefix: string): LabelRule[] {
  return [
    {
      id: `${prefix}.negation`,
      role: 'negation',
      phrases: NEGATIONS,
      language: 'any',
      codes: ['misleading_label'],
      citation: NEGATION_CITATION,
    },
    {
      id: `${prefix}.thanks`,
      role: 'thanks',
      phrases: THANKS_PHRASES,
      hashtagPrefixes: THANKS_HASHTAG_PREFIXES,
      language: 'any',
      codes: ['ambiguous_label'],
      citation: THANKS_CITATION,
    },
  ];
}

/** Shorthand for a label rule; every rule still states its own citation. */
export function label(
  id: string,
  phrases: readonly string[],
  language: string,
  codes: LabelRule['codes'],
  citation: Citation,
  extra: Partial<
    Pick<
      LabelRule,
      | 'tokenForm'
      | 'onlyFor'
      | 'codesIfNotPostLanguage'
      | 'hashtagSuffixes'
      | 'languages'
      | 'byAudienceLanguage'
    >
  > = {},
): LabelRule {
  return { id, role: 'label', phrases, language, codes, citation, ...extra };
}

export const OBFUSCATION_CITATION = cite(
  'Convention 1: superscript/small-caps labels are not "deutlich lesbar" / clear and conspicuous',
  '§0.1 Judge the text as a viewer sees it',
  'secondary',
);

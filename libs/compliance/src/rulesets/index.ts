/**
 * The rule-set registry: one versioned rule set per jurisdiction, and the derived EU baseline for member
 * states without one. `listRulesets()` feeds `GET /v1/compliance/rulesets`.
 */
import type { AudienceJurisdiction, EuMemberState, Jurisdiction } from '../compliance.types';
import { EU_MEMBER_STATES_WITHOUT_RULESET, JURISDICTIONS } from '../compliance.types';
import type { JurisdictionRuleset } from '../ruleset.types';
import { expandAlternatives } from '../text/phrase-matcher';
import { AT_RULESET } from './at.ruleset';
import { DE_RULESET } from './de.ruleset';
import { EU_RULESET, MEMBER_STATE_LANGUAGES } from './eu.ruleset';
import { FR_RULESET } from './fr.ruleset';
import { UK_RULESET } from './uk.ruleset';
import { US_RULESET } from './us.ruleset';

export { AT_RULESET, DE_RULESET, EU_RULESET, FR_RULESET, UK_RULESET, US_RULESET, MEMBER_STATE_LANGUAGES };

export const DEFAULT_RULESETS: readonly JurisdictionRuleset[] = [
  US_RULESET,
  UK_RULESET,
  DE_RULESET,
  AT_RULESET,
  FR_RULESET,
  EU_RULESET,
];

export function isMemberStateWithoutRuleset(audience: AudienceJurisdiction): audience is EuMemberState {
  return (EU_MEMBER_STATES_WITHOUT_RULESET as readonly string[]).includes(audience);
}

export function isJurisdiction(audience: AudienceJurisdiction): audience is Jurisdiction {
  return (JURISDICTIONS as readonly string[]).includes(audience);
}

/** The EU baseline judged for one member state: its official languages decide which labels count. */
export function memberStateRuleset(eu: JurisdictionRuleset, state: EuMemberState): JurisdictionRuleset {
  return { ...eu, officialLanguages: MEMBER_STATE_LANGUAGES[state] };
}

/** Wildcards as a reader understands them: `Unterstützt durch *` → `Unterstützt durch …`. */
function displayWording(phrase: string): string {
  return phrase.replace(/(^|\s)\*(?=\s|$)/g, '$1…').replace(/(^|\s)@(?=\s|$)/g, '$1@…');
}

export interface RulesetSummary {
  jurisdiction: Jurisdiction;
  version: string;
  title: string;
  researchedAt: string;
  /** Accepted labels (empty codes) as written in the rule data, grouped by language. */
  acceptedLabels: { language: string; labels: string[] }[];
  /** Wordings accepted as the statement that a post is a political advertisement (EU Art. 11(1)(a)). */
  politicalStatements: string[];
  legalBasis: { source: string; section: string; status: string }[];
  /** For `EU`: member states judged by this baseline, with their official languages. */
  memberStates?: { state: EuMemberState; languages: readonly string[] }[];
}

/** Summaries of the given rule sets (default: the built-in ones), for the rule-set listing endpoint. */
export function listRulesets(rulesets: readonly JurisdictionRuleset[] = DEFAULT_RULESETS): RulesetSummary[] {
  return rulesets.map((ruleset) => {
    const byLanguage = new Map<string, string[]>();
    for (const rule of ruleset.labels) {
      if (rule.role !== 'label' || rule.codes.length > 0 || rule.onlyFor !== undefined) continue;
      if (rule.codesIfNotPostLanguage !== undefined) continue;
      const labels = byLanguage.get(rule.language) ?? [];
      const phrases = rule.phrases.flatMap(expandAlternatives).map(displayWording);
      const forms = rule.tokenForm === 'hashtag' ? phrases.map((p) => `#${p}`) : phrases;
      byLanguage.set(rule.language, [...labels, ...forms]);
    }
    const summary: RulesetSummary = {
      jurisdiction: ruleset.jurisdiction,
      version: ruleset.version,
      title: ruleset.title,
      researchedAt: ruleset.researchedAt,
      acceptedLabels: [...byLanguage].map(([language, labels]) => ({ language, labels })),
      politicalStatements:
        ruleset.political.mode === 'eu_transparency'
          ? ruleset.political.statement.phrases.flatMap(expandAlternatives).map(displayWording)
          : [],
      legalBasis: ruleset.legalBasis.map((c) => ({ source: c.source, section: c.section, status: c.status })),
    };
    if (ruleset.jurisdiction === 'EU') {
      summary.memberStates = EU_MEMBER_STATES_WITHOUT_RULESET.map((state) => ({
        state,
        languages: MEMBER_STATE_LANGUAGES[state],
      }));
    }
    return summary;
  });
}

/**
 * Rules that apply EU-wide and that the DE, AT, FR and EU rule sets share: Reg. (EU) 2024/900 Art. 11
 * (political ads) and AI Act Art. 50(4) (deepfakes). Disclosure-rules.md §6 and §7.
 */
import type { AiActPolicy, EuPoliticalPolicy } from '../ruleset.types';
import { cite } from './conventions';
import {
  AI_DISCLOSURES,
  FR_VIRTUAL_MENTIONS,
  NOTICE_MARKERS,
  POLITICAL_STATEMENTS,
  SPONSOR_MARKERS,
  VIRTUAL_PERSONA,
} from './lexicon-political';

export const EU_POLITICAL_ARTICLE_11 = cite(
  'Reg. (EU) 2024/900 Art. 11(1): (a) statement, (b) sponsor identity, (e) transparency notice; from 10 Oct 2025',
  '§6 Label content',
  'verified',
);

export function euPoliticalPolicy(
  extraStatements: readonly string[],
  nationalSource?: string,
): EuPoliticalPolicy {
  const national = nationalSource === undefined ? '' : `; ${nationalSource}`;
  return {
    mode: 'eu_transparency',
    statement: {
      phrases: [...POLITICAL_STATEMENTS, ...extraStatements],
      citation: cite(
        `Reg. (EU) 2024/900 Art. 11(1)(a); label text of Impl. Reg. 2025/1410 not verified${national}`,
        '§6 Engine notes (statement (a))',
        'verified',
      ),
    },
    sponsorMarkers: {
      phrases: SPONSOR_MARKERS,
      citation: cite(
        `Reg. (EU) 2024/900 Art. 11(1)(b)${national}`,
        '§6 Engine notes (sponsor (b))',
        'verified',
      ),
    },
    noticeMarkers: {
      phrases: NOTICE_MARKERS,
      citation: cite(
        'Reg. (EU) 2024/900 Art. 11(1)(e), Art. 12',
        '§6 Engine notes (pointer (e))',
        'verified',
      ),
    },
    livestreamOnce: {
      code: 'placement_uncertain',
      citation: cite(
        'No rule found on whether the political label must persist in a livestream',
        '§6 Livestreams',
        'unverified',
      ),
    },
    nonMonetary: {
      code: 'political_rule_unclear',
      citation: cite(
        'Reg. (EU) 2024/900 recital 1 (benefits in kind); political gift is unsettled',
        '§6 Engine notes / §8 matrix',
        'secondary',
      ),
    },
  };
}

export const AI_ACT_POLICY: AiActPolicy = {
  disclosures: {
    phrases: [...AI_DISCLOSURES, ...FR_VIRTUAL_MENTIONS],
    citation: cite(
      'AI Act Art. 50(4) deep-fake disclosure, applies from 2 Aug 2026',
      '§7 Engine test',
      'secondary',
    ),
  },
  virtualPersona: {
    phrases: VIRTUAL_PERSONA,
    code: 'ai_label_scope_unclear',
    citation: cite(
      'AI Act Art. 3(60): an openly virtual persona may fall outside "deep fake"',
      '§7 Engine test',
      'secondary',
    ),
  },
};

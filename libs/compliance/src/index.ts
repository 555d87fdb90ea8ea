export * from './compliance.types';
export * from './compliance.errors';
export * from './compliance.engine';
export * from './compliance.module';
export type * from './ruleset.types';
export {
  AT_RULESET,
  DE_RULESET,
  DEFAULT_RULESETS,
  EU_RULESET,
  FR_RULESET,
  MEMBER_STATE_LANGUAGES,
  UK_RULESET,
  US_RULESET,
  listRulesets,
  type RulesetSummary,
} from './rulesets';
export { applyEdits } from './engine/fixes';
export { normalizeText, type NormalizedText } from './text/normalize';
export * from './checks';

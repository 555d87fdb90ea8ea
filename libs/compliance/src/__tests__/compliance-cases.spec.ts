import { ComplianceEngine } from '../compliance.engine';
import { NEEDS_REVIEW_CODES } from '../compliance.types';
import { AT_CASES } from './at.cases';
import type { EngineCase } from './case.types';
import { withDefaults } from './case.types';
import { DE_CASES } from './de.cases';
import { EU_CASES } from './eu.cases';
import { FR_CASES } from './fr.cases';
import { MULTI_CASES } from './multi.cases';
import { POLITICAL_CASES } from './political.cases';
import { TEXT_CASES } from './text.cases';
import { UK_CASES } from './uk.cases';
import { US_CASES } from './us.cases';

const engine = new ComplianceEngine();
const REVIEW: ReadonlySet<string> = new Set(NEEDS_REVIEW_CODES);

const SUITES: [string, EngineCase[]][] = [
  ['US (§1)', US_CASES],
  ['UK (§2)', UK_CASES],
  ['DE (§3)', DE_CASES],
  ['FR (§4)', FR_CASES],
  ['AT (§5)', AT_CASES],
  ['EU (§6–7)', EU_CASES],
  ['political ads (§1, §2, §6)', POLITICAL_CASES],
  ['several audiences (§0.6)', MULTI_CASES],
  ['text as a viewer sees it (§0.1–0.4)', TEXT_CASES],
];

describe.each(SUITES)('compliance cases: %s', (_suite, cases) => {
  it.each(cases.map((c) => [`${c.name} [${c.rule}]`, c] as const))('%s', (_name, testCase) => {
    const input = withDefaults(testCase.input);
    const result = engine.check(input);

    expect({ verdict: result.verdict, codes: [...result.reasons].sort() }).toEqual({
      verdict: testCase.verdict,
      codes: [...testCase.codes].sort(),
    });
    // Invariants of every result (convention 9 and the output contract).
    expect(result.findings.some((f) => f.severity === 'error')).toBe(result.verdict === 'non_compliant');
    for (const finding of result.findings) {
      expect(finding.severity).toBe(REVIEW.has(finding.code) ? 'warning' : 'error');
      expect(finding.rule.citation.section).toMatch(/^disclosure-rules §/);
      if (finding.evidence !== undefined) {
        expect(input.caption.slice(finding.evidence.start, finding.evidence.end)).toBe(finding.evidence.text);
      }
    }
    for (const [code, text] of Object.entries(testCase.evidence ?? {})) {
      expect(result.findings.filter((f) => f.code === code).map((f) => f.evidence?.text)).toContain(text);
    }
  });
});

import { Test } from '@nestjs/testing';
import { ComplianceEngine } from '../compliance.engine';
import { ComplianceInputError } from '../compliance.errors';
import { ComplianceModule } from '../compliance.module';
import type { AudienceJurisdiction, ComplianceCheckInput, Verdict } from '../compliance.types';
import {
  CONTENT_KINDS,
  FINDING_CODES,
  JURISDICTIONS,
  NEEDS_REVIEW_CODES,
  VIOLATION_CODES,
} from '../compliance.types';
import { AT_CASES } from './at.cases';
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
const RANK: Record<Verdict, number> = { compliant: 0, needs_review: 1, non_compliant: 2 };
const ALL_CASES = [
  US_CASES,
  UK_CASES,
  DE_CASES,
  FR_CASES,
  AT_CASES,
  EU_CASES,
  POLITICAL_CASES,
  MULTI_CASES,
  TEXT_CASES,
].flat();

describe('ComplianceEngine contract', () => {
  it('is constructible without Nest and through the Nest module', async () => {
    expect(new ComplianceEngine()).toBeInstanceOf(ComplianceEngine);
    const moduleRef = await Test.createTestingModule({ imports: [ComplianceModule] }).compile();
    const fromNest = moduleRef.get(ComplianceEngine);
    expect(fromNest.check(withDefaults({ jurisdiction: 'DE', caption: 'Werbung | x' })).verdict).toBe(
      'compliant',
    );
  });

  it.each([
    ['no audience at all', { jurisdiction: undefined }, 'jurisdiction'],
    ['an unknown audience', { audienceJurisdictions: ['XX'] }, 'audienceJurisdictions'],
    ['an unknown kind', { kind: 'podcast' }, 'kind'],
    ['an unknown material connection', { materialConnection: 'bribe' }, 'materialConnection'],
    ['an unknown platform', { platform: 'myspace' }, 'platform'],
  ])('rejects %s', (_name, override, field) => {
    const input = {
      ...withDefaults({ jurisdiction: 'US', caption: '#ad' }),
      ...override,
    } as ComplianceCheckInput;
    expect(() => engine.check(input)).toThrow(ComplianceInputError);
    try {
      engine.check(input);
    } catch (error) {
      expect((error as ComplianceInputError).field).toBe(field);
    }
  });

  it('is deterministic', () => {
    const input = withDefaults({
      audienceJurisdictions: ['US', 'DE', 'FR'],
      caption: '#ad Mein Duft #werbung',
    });
    expect(engine.check(input)).toEqual(new ComplianceEngine().check(input));
    expect(engine.check(input)).toEqual(engine.check(input));
  });

  it('reports per audience and names the EU rule set for member states', () => {
    const result = engine.check(withDefaults({ audienceJurisdictions: ['IE', 'DE'], caption: '#ad Galway' }));
    expect(result.jurisdictions.map((j) => [j.jurisdiction, j.rulesetJurisdiction, j.verdict])).toEqual([
      ['IE', 'EU', 'compliant'],
      ['DE', 'DE', 'non_compliant'],
    ]);
    expect(result.rulesetVersions.map((v) => v.jurisdiction)).toEqual(['EU', 'DE']);
    expect(result.findings.every((f) => f.rule.jurisdiction === 'DE')).toBe(true);
  });

  it('never gets more lenient when audiences are added (strictest applies)', () => {
    const audiences: AudienceJurisdiction[] = ['US', 'UK', 'DE', 'AT', 'FR', 'EU', 'IE'];
    const captions = [
      '#ad new shoes',
      'Werbung | Schuhe',
      'Publicité | chaussures',
      'Sponsored | shoes',
      'shoes',
    ];
    for (const caption of captions) {
      const single = new Map(
        audiences.map((a) => [
          a,
          engine.check(withDefaults({ audienceJurisdictions: [a], caption })).verdict,
        ]),
      );
      for (const a of audiences) {
        for (const b of audiences) {
          const combined = engine.check(withDefaults({ audienceJurisdictions: [a, b], caption })).verdict;
          expect(RANK[combined]).toBe(
            Math.max(RANK[single.get(a) as Verdict], RANK[single.get(b) as Verdict]),
          );
        }
      }
    }
  });

  it('survives long, hostile Unicode captions', () => {
    let caption = '';
    for (let i = 0; i < 5000; i += 1) caption += String.fromCodePoint(0x20 + ((i * 7919) % 0x2fff));
    const result = engine.check(withDefaults({ audienceJurisdictions: [...JURISDICTIONS], caption }));
    for (const finding of result.findings) {
      if (finding.evidence)
        expect(caption.slice(finding.evidence.start, finding.evidence.end)).toBe(finding.evidence.text);
    }
  });

  it('exports the exact reason-code vocabulary of the rules document', () => {
    expect(VIOLATION_CODES).toHaveLength(14);
    expect(NEEDS_REVIEW_CODES).toHaveLength(10);
    expect(new Set(FINDING_CODES).size).toBe(24);
  });

  it('the case tables cover every code, kind and jurisdiction, with at least 150 cases', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(150);
    const codes = new Set(ALL_CASES.flatMap((c) => c.codes));
    expect(FINDING_CODES.filter((code) => !codes.has(code))).toEqual([]);
    const kinds = new Set(ALL_CASES.map((c) => c.input.kind ?? 'post'));
    expect(CONTENT_KINDS.filter((kind) => !kinds.has(kind))).toEqual([]);
    const audiences = new Set(
      ALL_CASES.flatMap((c) => [c.input.jurisdiction, ...(c.input.audienceJurisdictions ?? [])]),
    );
    expect(JURISDICTIONS.filter((j) => !audiences.has(j))).toEqual([]);
    for (const testCase of ALL_CASES) expect(testCase.rule).toMatch(/§/);
  });
});

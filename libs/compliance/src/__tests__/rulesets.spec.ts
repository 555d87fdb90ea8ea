import { ComplianceEngine } from '../compliance.engine';
import { JURISDICTIONS } from '../compliance.types';
import type { JurisdictionRuleset } from '../ruleset.types';
import { DEFAULT_RULESETS, DE_RULESET, listRulesets } from '../rulesets';
import { withDefaults } from './case.types';

describe('rule sets are versioned data with citations', () => {
  it('has one rule set per jurisdiction, each with a calendar version', () => {
    expect(DEFAULT_RULESETS.map((r) => r.jurisdiction)).toEqual([...JURISDICTIONS]);
    for (const ruleset of DEFAULT_RULESETS) expect(ruleset.version).toMatch(/^\d{4}\.\d{2}\.\d+$/);
  });

  it.each(DEFAULT_RULESETS.map((r) => [r.jurisdiction, r] as const))(
    '%s: every rule has a unique id and a citation into the rules document',
    (_jurisdiction, ruleset) => {
      const ids = ruleset.labels.map((rule) => rule.id);
      expect(new Set(ids).size).toBe(ids.length);
      const citations = [
        ...ruleset.labels.map((rule) => rule.citation),
        ...ruleset.legalBasis,
        ruleset.triggers.citation,
        ruleset.placement.truncation.citation,
        ruleset.placement.hashtagCloud.citation,
        ruleset.placement.captionOnlyOnVideo.citation,
        ruleset.platformLabel.citation,
        ruleset.gifts.citation,
      ];
      for (const citation of citations) {
        expect(citation.source.length).toBeGreaterThan(3);
        expect(citation.section).toMatch(/^disclosure-rules §/);
        expect(['verified', 'secondary', 'unverified']).toContain(citation.status);
      }
    },
  );

  it('lists accepted labels per jurisdiction for the rule-set endpoint', () => {
    const summaries = listRulesets();
    const accepted = (jurisdiction: string) =>
      summaries
        .find((s) => s.jurisdiction === jurisdiction)
        ?.acceptedLabels.flatMap((group) => group.labels) ?? [];
    expect(accepted('DE')).toEqual(expect.arrayContaining(['Werbung', 'Anzeige', 'Unterstützt durch …']));
    expect(accepted('DE')).not.toContain('Ad');
    expect(accepted('AT')).toEqual(
      expect.arrayContaining(['Werbung', 'Anzeige', 'Entgeltliche Einschaltung']),
    );
    expect(accepted('FR')).toEqual(
      expect.arrayContaining(['Publicité', 'Collaboration commerciale', '#sponsoring']),
    );
    expect(accepted('US')).toEqual(expect.arrayContaining(['Ad', 'Advertisement', 'Sponsored by']));
    expect(accepted('UK')).toEqual(expect.arrayContaining(['Ad', 'Advert', 'Advertisement feature']));
    expect(accepted('UK')).not.toContain('Sponsored');
  });

  it('lists political statements and the member states judged by the EU baseline', () => {
    const eu = listRulesets().find((s) => s.jurisdiction === 'EU');
    expect(eu?.politicalStatements).toEqual(
      expect.arrayContaining(['Political advertisement', 'Politische Anzeige', 'Publicité politique']),
    );
    expect(eu?.memberStates).toHaveLength(24);
    expect(eu?.memberStates).toContainEqual({ state: 'IE', languages: ['en', 'ga'] });
    expect(listRulesets().find((s) => s.jurisdiction === 'US')?.politicalStatements).toEqual([]);
  });

  it('a change of law is a data change with a new version', () => {
    // Hypothetical: the Medienanstalten start accepting "#ad".
    const amended: JurisdictionRuleset = {
      ...DE_RULESET,
      version: '2027.01.0',
      labels: DE_RULESET.labels.map((rule) =>
        rule.id === 'de.labels.english' ? { ...rule, codes: [] } : rule,
      ),
    };
    const engine = new ComplianceEngine({
      rulesets: DEFAULT_RULESETS.map((r) => (r.jurisdiction === 'DE' ? amended : r)),
    });
    const input = withDefaults({ jurisdiction: 'DE', caption: '#ad Mein neuer Duft' });
    expect(new ComplianceEngine().check(input).verdict).toBe('non_compliant');
    const result = engine.check(input);
    expect(result.verdict).toBe('compliant');
    expect(result.rulesetVersions).toEqual([{ jurisdiction: 'DE', version: '2027.01.0' }]);
    expect(engine.listRulesets().find((s) => s.jurisdiction === 'DE')?.version).toBe('2027.01.0');
  });

  it('refuses rule data that defines one wording twice', () => {
    const broken: JurisdictionRuleset = {
      ...DE_RULESET,
      labels: [...DE_RULESET.labels, { ...DE_RULESET.labels[2], id: 'de.labels.duplicate' }],
    };
    expect(() => new ComplianceEngine({ rulesets: [broken] })).toThrow(/defined by/);
  });
});

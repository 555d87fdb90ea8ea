import { ComplianceEngine } from '../compliance.engine';
import type { ComplianceCheckInput } from '../compliance.types';
import { applyEdits } from '../engine/fixes';
import type { CaseInput } from './case.types';
import { longCaption, withDefaults } from './case.types';

const engine = new ComplianceEngine();

/** Applies the first finding's fix until the post is compliant; returns the final caption. */
function fixUntilCompliant(input: ComplianceCheckInput, rounds = 4): string {
  let caption = input.caption;
  for (let round = 0; round < rounds; round += 1) {
    const result = engine.check({ ...input, caption });
    if (result.verdict === 'compliant') return caption;
    const fix = result.findings[0].fix;
    if (fix === undefined || fix.edits.length === 0)
      throw new Error(`no caption fix for ${result.findings[0].code}`);
    caption = applyEdits(caption, fix.edits);
  }
  throw new Error(`still not compliant: ${caption}`);
}

describe('suggested fixes make the caption compliant', () => {
  const cases: [string, string, CaseInput][] = [
    [
      'DE missing_disclosure: prepend "Werbung | "',
      '§3 Accepted wording',
      { jurisdiction: 'DE', caption: 'Mein neuer Duft @douglas' },
    ],
    [
      'DE wrong_language at the start: replace #ad',
      '§3 Language',
      { jurisdiction: 'DE', caption: '#ad Mein neuer Duft' },
    ],
    [
      'DE wrong_language mid-caption: prepend and remove',
      '§3 Language',
      { jurisdiction: 'DE', caption: 'Mein neuer Duft #ad @douglas' },
    ],
    ['DE obfuscated label: replace', '§0.1', { jurisdiction: 'DE', caption: 'ᵂᵉʳᵇᵘⁿᵍ Mein neuer Duft' }],
    ['US buried label: move', '§0.4', { jurisdiction: 'US', caption: 'Leg day #gym #fit #gains #ad' }],
    ['US label after "more": move', '§0.3', { jurisdiction: 'US', caption: longCaption('Leg day.', '#ad') }],
    [
      'UK label not upfront: move',
      '§2 Placement',
      { jurisdiction: 'UK', caption: 'Loving these trainers from @nike #ad' },
    ],
    [
      'FR misleading: remove the negation, prepend Publicité',
      '§0.2',
      { jurisdiction: 'FR', caption: 'Ma routine, pas sponsorisé, avec @nuxe' },
    ],
    [
      'FR missing retouch mention',
      '§4 Retouched / AI',
      { jurisdiction: 'FR', retouched: true, caption: 'Publicité | Mascara @lancome' },
    ],
    [
      'FR missing virtual-image mention',
      '§4 Retouched / AI',
      { jurisdiction: 'FR', aiGenerated: true, caption: 'Publicité | Mon look @jacquemus' },
    ],
    [
      'EU missing AI disclosure',
      '§7',
      {
        jurisdiction: 'EU',
        materialConnection: 'none',
        aiGenerated: true,
        caption: 'The mayor loves my podcast',
      },
    ],
    [
      'DE political: statement, sponsor and notice from campaign data',
      '§6 Engine notes',
      {
        jurisdiction: 'DE',
        political: true,
        materialConnection: 'political_paid',
        politicalSponsor: { name: 'Klimabündnis e.V.', transparencyNoticeUrl: 'https://example.eu/t/1' },
        caption: 'Geht am Sonntag wählen!',
      },
    ],
    [
      'UK political: imprint from campaign data',
      '§2 Political',
      {
        jurisdiction: 'UK',
        political: true,
        materialConnection: 'political_paid',
        politicalSponsor: {
          name: 'Jane Smith for the Green Party',
          contact: '1 High Street, Bristol BS1 4DJ',
        },
        caption: 'Vote Green on Thursday!',
      },
    ],
    [
      'several audiences: DE then FR fixes',
      '§0.6',
      { audienceJurisdictions: ['DE', 'FR'], caption: 'Mon look @zara' },
    ],
  ];

  it.each(cases)('%s [%s]', (_name, _rule, input) => {
    const fixed = fixUntilCompliant(withDefaults(input));
    expect(engine.check(withDefaults({ ...input, caption: fixed })).verdict).toBe('compliant');
  });

  it('writes the DE label into an English caption but explains it in English', () => {
    const result = engine.check(
      withDefaults({ jurisdiction: 'DE', caption: 'My new favourite perfume and this is it' }),
    );
    expect(result.findings[0].fix).toEqual({
      language: 'en',
      description: 'Start the caption with "Werbung".',
      edits: [{ start: 0, end: 0, text: 'Werbung | ' }],
    });
  });

  it('explains a German fix in German and a French fix in French', () => {
    const de = engine.check(
      withDefaults({ jurisdiction: 'DE', caption: 'Mein neuer Duft ist da und ich liebe ihn' }),
    );
    expect(de.findings[0].fix?.description).toBe('Beginne die Caption mit „Werbung“.');
    const fr = engine.check(
      withDefaults({ jurisdiction: 'FR', caption: 'Ma routine du soir avec les produits #ad' }),
    );
    expect(fr.findings[0].fix?.language).toBe('fr');
    expect(fr.findings[0].fix?.description).toBe('Remplacez « #ad » par « Publicité » en début de légende.');
  });

  it('inserts after leading blanks so the label opens the visible text', () => {
    const result = engine.check(withDefaults({ jurisdiction: 'US', caption: '  New shoes' }));
    expect(result.findings[0].fix?.edits).toEqual([{ start: 2, end: 2, text: 'Ad | ' }]);
  });

  it('asks for an in-video disclosure when the label is only in a video description', () => {
    const result = engine.check(
      withDefaults({ jurisdiction: 'DE', kind: 'reel', caption: 'Werbung | Workout' }),
    );
    expect(result.findings[0].code).toBe('label_not_in_video');
    expect(result.findings[0].fix?.edits).toEqual([]);
    expect(result.findings[0].fix?.description).toContain('im Video');
  });

  it('asks for repetition in a livestream', () => {
    const result = engine.check(
      withDefaults({
        jurisdiction: 'US',
        kind: 'livestream',
        platform: 'twitch',
        caption: 'Live now',
        videoDisclosure: { onScreen: true, spoken: false, repeated: false },
      }),
    );
    expect(result.findings[0].fix?.description).toBe(
      'Repeat "Ad" regularly during the livestream or keep it on screen throughout.',
    );
  });
});

/** Request examples for the OpenAPI document (Swagger UI offers them in a drop-down). */
export const CHECK_EXAMPLES = {
  germanMissingLabel: {
    summary: 'German caption without a label (non_compliant: missing_disclosure)',
    value: {
      jurisdiction: 'DE',
      platform: 'instagram',
      kind: 'post',
      caption: 'Mein neuer Lieblingsduft von @douglas 😍 #parfum',
      paidPartnershipLabel: false,
      materialConnection: 'paid',
      political: false,
    },
  },
  englishTwoAudiences: {
    summary: 'English caption for US and German audiences (#ad is wrong_language in DE)',
    value: {
      audienceJurisdictions: ['US', 'DE'],
      platform: 'instagram',
      kind: 'post',
      caption: 'My new favourite perfume @douglas #ad',
      paidPartnershipLabel: false,
      materialConnection: 'paid',
      political: false,
    },
  },
  politicalDE: {
    summary: 'Paid political post in Germany with statement, sponsor and transparency notice',
    value: {
      jurisdiction: 'DE',
      platform: 'instagram',
      kind: 'post',
      caption:
        'Politische Anzeige | Auftraggeber: Klimabündnis e.V. | Transparenzhinweis: https://example.eu/t/1 Geht wählen!',
      paidPartnershipLabel: false,
      materialConnection: 'political_paid',
      political: true,
    },
  },
};

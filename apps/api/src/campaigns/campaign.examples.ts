/** Request examples for the OpenAPI document. */
export const CAMPAIGN_EXAMPLES = {
  ngoMobilisation: {
    summary: 'An NGO mobilising young people in Bavaria for the transport transition',
    value: {
      name: 'Verkehrswende Bayern 2027',
      objective: 'mobilisation',
      budget: { amountMinor: 2500000, currency: 'EUR' },
      startDate: '2027-03-01',
      endDate: '2027-06-30',
      jurisdictions: ['DE', 'AT'],
      brief: {
        description: 'Junge Menschen in Bayern für die Verkehrswende mobilisieren.',
        topics: ['umwelt_klima'],
        categories: ['environment'],
        keywords: ['Klimaschutz', 'Fahrrad'],
        audience: { countries: ['DE'], languages: ['de'], ageBands: ['18-24', '25-34'] },
        creatorCriteria: { platforms: ['instagram'], tiers: ['micro_influencer'], minAuthenticity: 60 },
        deliverables: [{ type: 'reel', platform: 'instagram', count: 2 }],
        keyMessages: ['Mit dem Rad ist man in der Stadt schneller'],
        dos: ['Eigene Alltagswege zeigen'],
        donts: ['Keine Autos schlechtreden'],
        weights: { relevance: 0.5, engagement: 0.25, authenticity: 0.25 },
      },
    },
  },
  politicalCampaign: {
    summary: 'A party campaign: political, with sponsor details for the transparency notice',
    value: {
      name: 'Landtagswahl 2028 – Erstwählende',
      objective: 'mobilisation',
      political: true,
      sponsor: {
        name: 'Beispielpartei Landesverband Bayern',
        contact: 'Hauptstraße 1, 80331 München',
        election: 'Landtagswahl Bayern 2028',
        transparencyNoticeUrl: 'https://example.org/transparenz/ltw-2028',
      },
      budget: { amountMinor: 5000000, currency: 'EUR' },
      startDate: '2028-08-01',
      endDate: '2028-10-08',
      jurisdictions: ['DE'],
      brief: { description: 'Erstwählende zur Landtagswahl informieren.', topics: ['politik'] },
    },
  },
};

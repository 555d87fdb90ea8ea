/** A compliance check request for a paid German Instagram post without a label; override what a case varies. */
export const compliancePost = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  jurisdiction: 'DE',
  platform: 'instagram',
  kind: 'post',
  caption: 'Mein neuer Lieblingsduft von @douglas 😍 #parfum',
  paidPartnershipLabel: false,
  materialConnection: 'paid',
  political: false,
  ...overrides,
});

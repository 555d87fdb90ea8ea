/** EEA member countries (EU 27 + Iceland, Liechtenstein, Norway), ISO 3166-1 alpha-2; Greece as `GR`. */
// prettier-ignore
export const EEA_COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU',
  'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
];

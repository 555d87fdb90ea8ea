import { NAMES_AT, NAMES_DE, NAMES_FR, NAMES_GB, NAMES_US, type NamePool } from './names';
import { type WeightedTable, weightedTable } from './prng';
import { REGIONS_AT, REGIONS_DE, REGIONS_FR, REGIONS_GB, REGIONS_US, type Region } from './regions';
import { GERMAN } from './vocabulary.de';
import { AMERICAN_ENGLISH, ENGLISH } from './vocabulary.en';
import { FRENCH } from './vocabulary.fr';
import type { LanguageVocabulary } from './vocabulary.types';

export type LocaleCode = 'de-DE' | 'de-AT' | 'en-GB' | 'en-US' | 'fr-FR';

export interface Locale {
  readonly code: LocaleCode;
  /** ISO 3166-1 alpha-2 (the UK is GB). */
  readonly country: string;
  readonly vocabulary: LanguageVocabulary;
  readonly names: NamePool;
  readonly regions: WeightedTable<Region>;
  /** What creators list as their languages. */
  readonly languageSets: WeightedTable<readonly string[]>;
  /** Where followers from abroad live, relative weights (the home country is added separately). */
  readonly foreignAudience: ReadonlyArray<readonly [country: string, weight: number]>;
  /** Languages of the audience besides the creator's own (relative weights). */
  readonly foreignLanguages: ReadonlyArray<readonly [language: string, weight: number]>;
  /** Creator-facing English is the second content language for German and French creators. */
  readonly secondLanguageVocabulary: LanguageVocabulary | null;
}

const regions = (rows: ReadonlyArray<readonly [string, number, readonly string[]]>): WeightedTable<Region> =>
  weightedTable(rows.map(([name, weight, cities]) => [{ name, cities }, weight] as const));

export const LOCALES: Readonly<Record<LocaleCode, Locale>> = {
  'de-DE': {
    code: 'de-DE',
    country: 'DE',
    vocabulary: GERMAN,
    names: NAMES_DE,
    regions: regions(REGIONS_DE),
    languageSets: weightedTable([
      [['de'], 62],
      [['de', 'en'], 30],
      [['de', 'tr'], 4],
      [['de', 'en', 'pl'], 2],
      [['de', 'ar'], 2],
    ]),
    foreignAudience: [
      ['AT', 30],
      ['CH', 25],
      ['NL', 6],
      ['PL', 6],
      ['TR', 6],
      ['US', 8],
      ['GB', 6],
      ['IT', 5],
      ['ES', 4],
      ['FR', 4],
    ],
    foreignLanguages: [
      ['en', 60],
      ['tr', 12],
      ['pl', 8],
      ['ru', 8],
      ['ar', 7],
      ['fr', 5],
    ],
    secondLanguageVocabulary: ENGLISH,
  },
  'de-AT': {
    code: 'de-AT',
    country: 'AT',
    vocabulary: GERMAN,
    names: NAMES_AT,
    regions: regions(REGIONS_AT),
    languageSets: weightedTable([
      [['de'], 62],
      [['de', 'en'], 32],
      [['de', 'bs'], 3],
      [['de', 'hr'], 3],
    ]),
    foreignAudience: [
      ['DE', 70],
      ['CH', 10],
      ['IT', 4],
      ['HU', 3],
      ['SI', 3],
      ['HR', 3],
      ['US', 4],
      ['GB', 3],
    ],
    foreignLanguages: [
      ['en', 55],
      ['hr', 12],
      ['bs', 10],
      ['tr', 10],
      ['hu', 8],
      ['it', 5],
    ],
    secondLanguageVocabulary: ENGLISH,
  },
  'en-GB': {
    code: 'en-GB',
    country: 'GB',
    vocabulary: ENGLISH,
    names: NAMES_GB,
    regions: regions(REGIONS_GB),
    languageSets: weightedTable([
      [['en'], 84],
      [['en', 'cy'], 4],
      [['en', 'pl'], 4],
      [['en', 'ur'], 4],
      [['en', 'fr'], 4],
    ]),
    foreignAudience: [
      ['US', 40],
      ['IE', 15],
      ['AU', 10],
      ['CA', 10],
      ['IN', 8],
      ['DE', 5],
      ['NL', 4],
      ['ES', 4],
      ['FR', 4],
    ],
    foreignLanguages: [
      ['pl', 20],
      ['ur', 15],
      ['es', 15],
      ['fr', 15],
      ['de', 10],
      ['pa', 10],
      ['ar', 8],
      ['ro', 7],
    ],
    secondLanguageVocabulary: null,
  },
  'en-US': {
    code: 'en-US',
    country: 'US',
    vocabulary: AMERICAN_ENGLISH,
    names: NAMES_US,
    regions: regions(REGIONS_US),
    languageSets: weightedTable([
      [['en'], 84],
      [['en', 'es'], 13],
      [['en', 'zh'], 1.5],
      [['en', 'vi'], 1.5],
    ]),
    foreignAudience: [
      ['CA', 30],
      ['GB', 18],
      ['MX', 15],
      ['AU', 8],
      ['IN', 8],
      ['BR', 7],
      ['PH', 7],
      ['DE', 4],
      ['FR', 3],
    ],
    foreignLanguages: [
      ['es', 60],
      ['zh', 8],
      ['vi', 6],
      ['pt', 8],
      ['fr', 8],
      ['tl', 6],
      ['ko', 4],
    ],
    secondLanguageVocabulary: null,
  },
  'fr-FR': {
    code: 'fr-FR',
    country: 'FR',
    vocabulary: FRENCH,
    names: NAMES_FR,
    regions: regions(REGIONS_FR),
    languageSets: weightedTable([
      [['fr'], 64],
      [['fr', 'en'], 30],
      [['fr', 'ar'], 4],
      [['fr', 'br'], 2],
    ]),
    foreignAudience: [
      ['BE', 30],
      ['CH', 20],
      ['CA', 15],
      ['MA', 10],
      ['DZ', 6],
      ['TN', 5],
      ['SN', 4],
      ['US', 5],
      ['DE', 5],
    ],
    foreignLanguages: [
      ['en', 55],
      ['ar', 20],
      ['es', 10],
      ['pt', 8],
      ['de', 7],
    ],
    secondLanguageVocabulary: ENGLISH,
  },
};

/** Brief: about 55% German-speaking (DE/AT), 20% UK, 20% US, 5% France. */
export const LOCALE_MIX: WeightedTable<Locale> = weightedTable([
  [LOCALES['de-DE'], 46],
  [LOCALES['de-AT'], 9],
  [LOCALES['en-GB'], 20],
  [LOCALES['en-US'], 20],
  [LOCALES['fr-FR'], 5],
]);

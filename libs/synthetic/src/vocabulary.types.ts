import type { Category } from '@fitscout/catalogue';

export type ContentLanguage = 'de' | 'en' | 'fr';

/** What a creator in one category writes about, in one language. */
export interface TopicVocabulary {
  /** Whole sentences; `{city}` is replaced by the creator's city. */
  readonly lines: readonly string[];
  /** Lower-case hashtags; German compounds stay one word (klimaschutz, tarifrunde) as people type them. */
  readonly tags: readonly string[];
  /** CamelCase campaign hashtags (KlimaSchutzJetzt): the text pipeline must split and fold these. */
  readonly camelTags: readonly string[];
  /** ASCII words that read naturally inside a handle (lena.kocht, tom.cooks). */
  readonly handleWords: readonly string[];
  /** Bio role noun: [female, male, neutral] (German bios are gendered). */
  readonly role: readonly [string, string, string];
  /** Short topic phrases for bios. */
  readonly bio: readonly string[];
}

export interface LanguageVocabulary {
  readonly language: ContentLanguage;
  readonly topics: Readonly<Record<Category, TopicVocabulary>>;
  readonly openers: readonly string[];
  readonly closers: readonly string[];
  /** Topic-independent hashtags people add anyway. */
  readonly genericTags: readonly string[];
  /** Disclosure labels at the start of a caption ("Werbung | "). */
  readonly paidPrefixes: readonly string[];
  /** Disclosure hashtags (without '#'). */
  readonly paidTags: readonly string[];
  /** Brand sentences; `{brand}` is the brand handle, `{code}` a discount code. */
  readonly sponsorLines: readonly string[];
  /** Self-declared unpaid mentions ("unbezahlte Werbung"), a German habit since the 2018–2021 rulings. */
  readonly unpaidLabels: readonly string[];
  readonly storyCaptions: readonly string[];
  /** Bio opener; `{role}` and `{city}` are replaced. */
  readonly bioIntros: readonly string[];
  readonly bioCalls: readonly string[];
  /** Joins two topic phrases in a bio ("Klimaschutz & Radfahren"). */
  readonly and: string;
}

/** Splits a whitespace-separated list; keeps long word lists compact in the vocabulary files. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

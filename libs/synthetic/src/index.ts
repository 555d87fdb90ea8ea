/**
 * Deterministic synthetic creator catalogue (demo seeding, import benchmarks):
 *
 *   for (const record of generateCatalogue({ seed: 1, count: 5000, postsPerAccount: 12, now })) …
 *   await writeCatalogueJsonl('catalogue.jsonl', { seed: 1, count: 1_000_000, postsPerAccount: 3, now });
 *
 * Records are `ImportRecord`s from @fitscout/catalogue (imported as types only, so the generator does not
 * load the catalogue's NestJS module).
 */
export { type CatalogueOptions, generateCatalogue, POST_WINDOW_DAYS } from './generator';
export { type JsonlResult, writeCatalogueJsonl } from './jsonl';
export type { AccountProfile, CreatorGender, CreatorProfile } from './creator';
export type { LocaleCode } from './locales';
export { Rng } from './prng';

/**
 * Shared wordings: what words *mean*. Each jurisdiction's rule set decides how it judges them.
 * Phrases are written as a reader types them; the engine folds case, accents, width and look-alikes,
 * so `Publicité`, `publicite` and `ＰＵＢＬＩＣＩＴÉ` are the same entry. `{a|b}` expands alternatives.
 * Sources: disclosure-rules.md §§1–7 (the section is named next to each list).
 */

/** §1 Accepted wording (FAQ "likely effective"), §2 Accepted wording (CAP/CMA). */
export const EN_CLEAR_AD = [
  'Ad',
  'Advert',
  'Advertisement',
  'Advertising',
  'Advertisement feature',
  'Paid ad',
  'Paid advertisement',
  'Paid advertising',
] as const;

/** Wordings that name payment but not the word "ad" (Instagram's own label text, §1 "paid ad"). */
export const EN_PAID_PARTNERSHIP = [
  'Paid partnership',
  'Paid partnership with',
  'Paid collaboration',
  'Paid collab',
  'Paid post',
  'Paid promotion',
] as const;

/** §1 "Sponsored" might be effective; §2 "risky"; §3 insufficient ("#sponsored", "sponsored by"). */
export const EN_SPONSORED = [
  'Sponsored',
  'Sponsored by',
  'Sponsored post',
  'Sponsored content',
  'Sponsor',
  'Sponsorship',
] as const;

/** `sponsoring` is English in a sentence but the ARPP's French keyword as a hashtag (§4). */
export const SPONSORING_WORD = ['sponsoring'] as const;

/** §1 "Promotion" might be effective; §3 "Promotion" insufficient. */
export const EN_PROMOTION = ['Promotion', 'Promoted'] as const;

/** §1 Insufficient, §2 Insufficient, §3 Insufficient (abbreviations, collab, partner, PR, affiliate). */
export const EN_WEAK_PLAIN = [
  'spon',
  'collab',
  'in collaboration with',
  'in partnership with',
  'in association with',
  'ambassador',
  'brand ambassador',
  'made possible by',
  'brought to you by',
  'powered by',
  'pr stay',
  'pr sample',
  'pr package',
  'pr product',
  'pr gift',
  'affiliate',
  'affiliate link',
  'affiliate links',
  'aff',
  'aff link',
  'afflink',
] as const;

/** Short tokens that are labels only as hashtags (`#sp`, `#pr`, `#partner`): as words they are ordinary text. */
export const EN_WEAK_HASHTAG = [
  'sp',
  'pr',
  'partner',
  'partnership',
  'collaboration',
  'client',
  'iworkwith',
] as const;

/** §1 "#[Brand]Partner", "#[Brand]Ambassador" (acceptable in the US only). */
export const BRAND_PARTNER_SUFFIXES = ['partner', 'ambassador'] as const;

/** §1 gifts ("Thanks [Brand] for the free product", "[Brand] gave me this product for free"), §2 "gift/gifted". */
export const EN_GIFT = [
  'gifted',
  'gifted by',
  'free product',
  'free products',
  '{gave|give|giving|sent|send|sending} me {*|* *|* * *} {for free|free of charge}',
  '{got|received|receiving} {this|these|it|them} for free',
] as const;
export const EN_GIFT_HASHTAG = ['gift'] as const;

/** §1 Affiliate: "I get commissions for purchases made through links in this post". */
export const EN_COMMISSION = [
  'i get commissions',
  'i get a commission',
  'i earn a commission',
  'i earn commissions',
  'i may earn a commission',
  'i receive a commission',
  'i earn from qualifying purchases',
  'commission earned',
] as const;

/** §1 Own brand / employee, §2 Own brand, §3 Own brand ("mein eigenes Label"), §4 context. */
export const OWN_BRAND_STATEMENTS = [
  'my brand',
  'my own brand',
  'my company',
  'my own company',
  'my shop',
  'my own shop',
  'my store',
  'my business',
  'my own label',
  'i work at',
  'i work for',
  '{founder|co founder|ceo} of',
  'own brand',
  'mein eigenes label',
  'meine eigene marke',
  'meine marke',
  'mein label',
  'mein unternehmen',
  'meine firma',
  'mein shop',
  'mein eigener shop',
  'eigene marke',
  'eigenes label',
  'ich arbeite bei',
  '{gründer|gründerin} von',
  'ma marque',
  'ma propre marque',
  'mon entreprise',
  'ma boutique',
  'ma société',
  'je travaille chez',
  '{fondateur|fondatrice} de',
] as const;

/** Convention 8: thanks-type wording (English, German, French). */
export const THANKS_PHRASES = [
  '{thanks|thank you|thx|many thanks} @',
  '{thanks|thank you|thx|many thanks} to *',
  'thanks for having me',
  'thanks for the invite',
  '{danke|vielen dank|dankeschön} @',
  '{danke|vielen dank|dankeschön} an *',
  '{danke|vielen dank} für die einladung',
  '{merci|merci beaucoup} @',
  '{merci|merci beaucoup} à *',
  "merci pour l'invitation",
] as const;
export const THANKS_HASHTAG_PREFIXES = ['thanks', 'thankyou', 'danke', 'merci'] as const;

/** Convention 2: negations, misleading when there is a material connection. */
export const NEGATIONS = [
  'not sponsored',
  'not a sponsored',
  'non sponsored',
  'unsponsored',
  "{not|isn't|is not} an {ad|advert|advertisement}",
  'not ad',
  'no ad',
  'not paid',
  'not a paid',
  'not gifted',
  'nobody paid me',
  'no one paid me',
  '{paid for|bought} {it|this} myself',
  'keine {werbung|anzeige|kooperation}',
  'kein sponsoring',
  'nicht gesponsert',
  'unbezahlte werbung',
  'werbung unbezahlt',
  'werbung ohne auftrag',
  'unbeauftragte werbung',
  'selbst {gekauft|bezahlt}',
  'selbstgekauft',
  '{pas|non} {sponsorisé|sponsorisée|sponsorisés|sponsorisées}',
  'pas {de|une} {publicité|pub|collaboration}',
  'pas de partenariat',
  'aucun partenariat',
  '{non|pas} {rémunéré|rémunérée}',
  '{acheté|achetée} moi même',
  'payé de ma poche',
] as const;

/** §3 Accepted wording (Medienanstalten, fragzebra, ZDF), §5 Accepted wording (§ 26 MedienG). */
export const DE_CLEAR = [
  'Werbung',
  'Anzeige',
  'Werbevideo',
  'Dauerwerbesendung',
  'bezahlte Werbung',
] as const;
export const DE_PRODUCT_PLACEMENT = ['Unterstützt durch Produktplatzierung', 'Unterstützt durch *'] as const;
export const DE_PLATFORM_LABEL_TEXT = ['Bezahlte Werbepartnerschaft', 'Enthält bezahlte Werbung'] as const;
/** §5: "entgeltliche Einschaltung" is statutory in Austria only. */
export const AT_CLEAR_EXTRA = ['Entgeltliche Einschaltung', 'Bezahlte Anzeige'] as const;
/** §3/§5 Insufficient: terms that do not express payment, abbreviations. */
export const DE_WEAK = [
  'kooperation',
  'in kooperation mit',
  'koop',
  'präsentiert von',
  'pr paket',
  'zur verfügung gestellt',
  'kostenlos zur verfügung gestellt',
  'geschenkt bekommen',
  'provisionslink',
  'partnerlink',
] as const;
export const DE_WEAK_HASHTAG = ['anz', 'werb', 'geschenkt'] as const;
export const DE_SPONSORED = ['gesponsert', 'gesponsert von'] as const;
/** Neither listed as accepted nor as rejected (§3): payment is named but not "Werbung". */
export const DE_UNCLEAR = ['bezahlte partnerschaft', 'produktplatzierung'] as const;

/** §4 Accepted wording: art. 5-2 mentions, ARPP keywords (#partenariat, #sponsoring). */
export const FR_CLEAR = [
  'Publicité',
  'Collaboration commerciale',
  'Partenariat',
  'Partenariat commercial',
  'Partenariat rémunéré',
  'En partenariat avec',
  '{Sponsorisé|Sponsorisée} par',
  'Contenu sponsorisé',
] as const;
/** §4 Insufficient ("#collab", "merci @marque"); ambassador/collaboration without "commerciale". */
export const FR_WEAK = ['en collaboration avec', 'ambassadeur', 'ambassadrice'] as const;
/** FR gift/affiliate wording: an "equivalent mention" is allowed (art. 5-2) but these are not settled. */
export const FR_UNCLEAR = [
  'offert par',
  '{produit|produits} {offert|offerts}',
  'cadeau',
  '{lien|liens} {affilié|affiliés}',
  "lien d'affiliation",
] as const;
/** « Pub » is common French shorthand; as a word it is also English. */
export const FR_PUB = ['Pub'] as const;

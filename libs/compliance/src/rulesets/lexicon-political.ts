/**
 * Wordings for political ads (disclosure-rules.md §6 "Engine notes for political ads", §2 Political)
 * and for image mentions (§4 Retouched / AI, §7 AI Act).
 */

/** Art. 11(1)(a): "political advertisement/ad" and national equivalents (label text of Impl. Reg. 2025/1410 ❓). */
export const POLITICAL_STATEMENTS = [
  'Political {advertisement|advert|ad|advertising}',
  'Paid political {advertisement|ad}',
  'Politische {Anzeige|Werbung|Werbeanzeige}',
  '{Publicité|Annonce} politique',
] as const;

/** National wordings for member states without a section of their own (assumption ❓, not in the research). */
export const POLITICAL_STATEMENTS_OTHER_EU = [
  'pubblicità politica',
  'publicidad política',
  'publicidade política',
  'politieke {advertentie|reclame}',
  'reklama polityczna',
  'politisk {annons|reklam|reklame}',
] as const;

/** Art. 11(1)(b) sponsor: attribution markers that must be followed by a name. */
export const SPONSOR_MARKERS = [
  'sponsor',
  'sponsored by',
  'paid for by',
  'promoted by',
  'published by',
  'on behalf of',
  '{financed|funded} by',
  'auftraggeber',
  'auftraggeberin',
  'im auftrag {von|der|des}',
  '{bezahlt|finanziert|gesponsert} von',
  'commanditaire',
  '{financé|financée|payé|payée|sponsorisé|sponsorisée} par',
  'pour le compte de',
  'annonceur',
] as const;

/** UK digital imprint: promoter markers (Electoral Commission statutory guidance). */
export const IMPRINT_MARKERS = [
  'promoted by',
  'published by',
  'paid for by',
  'on behalf of',
  'imprint',
] as const;

/** Art. 11(1)(e): markers that introduce a link to the transparency notice. "Link in bio" is not one. */
export const NOTICE_MARKERS = [
  'transparency notice',
  'transparenzhinweis',
  'transparenzbekanntmachung',
  'avis de transparence',
  'notice',
  'info',
  'infos',
  'more info',
  'mehr infos',
  'ad info',
  'about this ad',
] as const;

/** FR art. 5 I: « Images retouchées » or an equivalent that says the image is retouched. */
export const FR_RETOUCH_MENTIONS = [
  '{image|images|photo|photos|visuel|visuels} {retouchée|retouchées|retouché|retouchés}',
] as const;

/** FR art. 5 I: « Images virtuelles » or an equivalent that says the image is AI-made. */
export const FR_VIRTUAL_MENTIONS = [
  '{image|images|photo|photos|visuel|visuels} {virtuelle|virtuelles|virtuel|virtuels}',
  "{image|images|photo|photos|visuel|visuels} {générée|générées|généré|générés|créée|créées|créé|créés} {par|avec} {ia|l'ia|une ia}",
  "{générée|générées|généré|générés|créée|créées|créé|créés} {par|avec} {ia|l'ia|une ia}",
  '{image|images|photo|photos} ia',
] as const;

/** AI Act Art. 50(4) disclosures ("AI-generated", "KI-generiert", "deepfake", "synthetic"). */
export const AI_DISCLOSURES = [
  'ai generated',
  '{generated|created|made} {by|with} ai',
  'ai image',
  'ai manipulated',
  'deepfake',
  'synthetic',
  'synthetic media',
  'ki generiert',
  'ki erstellt',
  '{mit|von} ki {erstellt|generiert|erzeugt}',
  'ki bild',
  'künstlich erzeugt',
  'synthetisch',
] as const;

/** AI Act: wording that openly presents a virtual persona (outside the deepfake definition?). */
export const VIRTUAL_PERSONA = [
  'virtual {influencer|persona|avatar|human|creator}',
  'avatar',
  'ai made',
  'digital twin',
  'cgi',
  'ai {influencer|avatar|persona}',
  '{virtuelle|virtueller} {influencerin|influencer}',
  'ki {influencerin|influencer|avatar}',
  'digitaler zwilling',
  '{influenceuse|influenceur} {virtuelle|virtuel}',
  'jumeau numérique',
] as const;

/**
 * Suggested fixes, written in the caption's language. Edits are ranges of the ORIGINAL caption, so a
 * client can apply them and re-check; the label text itself is the jurisdiction's (e.g. `Werbung | ` for a
 * German audience even under an English caption).
 */
import type { Evidence, PostLanguage, SuggestedFix, TextEdit } from '../compliance.types';
import type { CaptionAnalysis } from './caption-analysis';
import type { FixKind, FixRequest } from './outcome';

type Template = Record<PostLanguage, string>;

const DESCRIPTIONS: Record<FixKind, Template> = {
  prepend: {
    en: 'Start the caption with "{label}".',
    de: 'Beginne die Caption mit „{label}“.',
    fr: 'Commencez la légende par « {label} ».',
  },
  replace: {
    en: 'Replace "{old}" with "{label}" at the start of the caption.',
    de: 'Ersetze „{old}“ durch „{label}“ am Anfang der Caption.',
    fr: 'Remplacez « {old} » par « {label} » en début de légende.',
  },
  move: {
    en: 'Put "{label}" at the very start, before "more" and outside the hashtags.',
    de: 'Setze „{label}“ ganz an den Anfang, vor „mehr“ und außerhalb der Hashtags.',
    fr: 'Placez « {label} » tout au début, avant « plus » et hors des hashtags.',
  },
  remove_negation: {
    en: 'Remove "{old}" (it is not true) and start the caption with "{label}".',
    de: 'Entferne „{old}“ (das stimmt nicht) und beginne die Caption mit „{label}“.',
    fr: 'Supprimez « {old} » (c’est inexact) et commencez la légende par « {label} ».',
  },
  in_video: {
    en: 'Show "{label}" on screen and say it in the video itself, during the whole promotion.',
    de: 'Blende „{label}“ im Video ein und sprich es aus, während der gesamten Werbung.',
    fr: 'Affichez « {label} » à l’écran et dites-le dans la vidéo, pendant toute la promotion.',
  },
  repeat_live: {
    en: 'Repeat "{label}" regularly during the livestream or keep it on screen throughout.',
    de: 'Wiederhole „{label}“ regelmäßig im Livestream oder blende es dauerhaft ein.',
    fr: 'Répétez « {label} » régulièrement pendant le live ou laissez-le affiché en permanence.',
  },
  political_notice: {
    en: 'Start with "{label}" so it is clear this is a political advertisement.',
    de: 'Beginne mit „{label}“, damit klar ist, dass es politische Werbung ist.',
    fr: 'Commencez par « {label} » pour indiquer qu’il s’agit de publicité politique.',
  },
  sponsor: {
    en: 'Name the sponsor before "more": "{label}".',
    de: 'Nenne den Auftraggeber vor „mehr“: „{label}“.',
    fr: 'Indiquez le commanditaire avant « plus » : « {label} ».',
  },
  imprint: {
    en: 'Add the digital imprint (promoter name and address): "{label}".',
    de: 'Füge das digitale Imprint hinzu (Name und Adresse des Promoters): „{label}“.',
    fr: 'Ajoutez l’imprint numérique (nom et adresse du promoteur) : « {label} ».',
  },
  notice: {
    en: 'Add a link to the transparency notice: "{label}".',
    de: 'Verlinke die Transparenzbekanntmachung: „{label}“.',
    fr: 'Ajoutez un lien vers l’avis de transparence : « {label} ».',
  },
  review: {
    en: 'The rule is unsettled; to be safe, start the caption with "{label}".',
    de: 'Die Rechtslage ist offen; sicherheitshalber mit „{label}“ beginnen.',
    fr: 'La règle n’est pas tranchée ; par prudence, commencez la légende par « {label} ».',
  },
};

/** Fixes that add text at the start of the caption; the others append or act on the media. */
const LEADING: ReadonlySet<FixKind> = new Set(['prepend', 'political_notice', 'sponsor', 'review']);
const TRAILING: ReadonlySet<FixKind> = new Set(['imprint', 'notice']);

function describe(kind: FixKind, language: PostLanguage, label: string, old?: string): string {
  return DESCRIPTIONS[kind][language].replace('{label}', label.trim()).replace('{old}', old ?? '');
}

export function buildFix(
  requested: FixRequest,
  analysis: CaptionAnalysis,
  evidence: Evidence | undefined,
  options: { severalAudiences: boolean } = { severalAudiences: false },
): SuggestedFix {
  // With several audiences the rejected label may be another audience's accepted one (`Werbung` for FR):
  // add the missing label and never remove it, or two audiences' fixes would undo each other.
  const request: FixRequest =
    options.severalAudiences && requested.kind === 'replace' ? { ...requested, kind: 'prepend' } : requested;
  const language = analysis.postLanguage;
  const caption = analysis.caption;
  const start = analysis.contentStart;
  const description = describe(request.kind, language, request.text, evidence?.text);
  const edits: TextEdit[] = [];
  const replacesText =
    request.kind === 'replace' || request.kind === 'move' || request.kind === 'remove_negation';

  if (replacesText && evidence !== undefined && evidence.start === start) {
    // The offending text already opens the post: swap it in place.
    edits.push({ start: evidence.start, end: evidence.end, text: request.text });
  } else if (replacesText || LEADING.has(request.kind)) {
    edits.push({ start, end: start, text: `${request.text} | ` });
    if (replacesText && evidence !== undefined)
      edits.push({ start: evidence.start, end: evidence.end, text: '' });
  } else if (TRAILING.has(request.kind)) {
    const separator = caption.length === 0 ? '' : '\n';
    edits.push({ start: caption.length, end: caption.length, text: `${separator}${request.text}` });
  }
  return { language, description, edits };
}

/** Applies a fix's edits to the caption (edits never overlap; applied from the end backwards). */
export function applyEdits(caption: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), caption);
}

/** Words for political fixes, in the jurisdiction's label language. */
export const POLITICAL_WORDS: Record<PostLanguage, { statement: string; sponsor: string; notice: string }> = {
  en: { statement: 'Political advertisement', sponsor: 'Sponsor', notice: 'Transparency notice' },
  de: { statement: 'Politische Anzeige', sponsor: 'Auftraggeber', notice: 'Transparenzhinweis' },
  fr: { statement: 'Publicité politique', sponsor: 'Commanditaire', notice: 'Avis de transparence' },
};

/** AI disclosure wording per language (AI Act); France uses its statutory « Images virtuelles ». */
export const AI_LABELS: Record<PostLanguage, string> = {
  en: 'AI-generated',
  de: 'KI-generiert',
  fr: 'Images virtuelles',
};

/**
 * Curated bilingual (German/English) topic lexicon: words, whole hashtags and emoji per category. Data, not
 * code: versioned so a relevance score can say which lexicon it used. Words are written folded (ä → ae,
 * ß → ss); they are stemmed at load time, so list one form per word family. Whole hashtags are for
 * campaign tags that do not split into lexicon words (#fridaysforfuture, #fff).
 */

export const TOPIC_LEXICON_VERSION = 'lexicon-2026.1';

export const TOPIC_IDS = [
  'umwelt_klima',
  'arbeit_gewerkschaft',
  'bildung',
  'gesundheit',
  'sport',
  'mode',
  'politik',
  'familie',
  'essen',
  'reisen',
  'technik',
  'kultur',
  'beauty',
  'tiere',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface TopicEntry {
  id: TopicId;
  label: { de: string; en: string };
  words: readonly string[];
  hashtags: readonly string[];
  emoji: readonly string[];
}

const list = (s: string): string[] => s.trim().split(/\s*,\s*/);

export const TOPIC_LEXICON: readonly TopicEntry[] = [
  {
    id: 'umwelt_klima',
    label: { de: 'Umwelt & Klima', en: 'Environment & climate' },
    words:
      list(`umwelt, klima, klimaschutz, klimawandel, klimakrise, nachhaltig, nachhaltigkeit, oekologisch, oeko,
      naturschutz, artenschutz, artenvielfalt, biodiversitaet, energiewende, solar, photovoltaik, windkraft,
      waermepumpe, erneuerbar, co2, emission, recycling, plastikfrei, zerowaste, upcycling, muell, kohleausstieg,
      environment, climate, sustainable, sustainability, eco, green, renewable, emissions, biodiversity,
      conservation, wildlife, pollution, carbon, plastic, waste, ocean, forest, wald, meer, natur, nature`),
    hashtags: list(
      'fridaysforfuture, fff, klimastreik, climatestrike, climateaction, savetheplanet, gogreen, lastgeneration',
    ),
    emoji: ['🌍', '🌱', '♻️', '🌳', '🌎'],
  },
  {
    id: 'arbeit_gewerkschaft',
    label: { de: 'Arbeit & Gewerkschaft', en: 'Work & unions' },
    words:
      list(`arbeit, arbeiter, arbeitnehmer, arbeitgeber, gewerkschaft, betriebsrat, tarif, tarifvertrag, lohn,
      mindestlohn, gehalt, streik, warnstreik, mitbestimmung, arbeitsrecht, arbeitszeit, kuendigung, ausbildung,
      azubi, pflegekraft, schicht, beruf, karriere, job, kollegen, verdi, igmetall, dgb, union, labour, labor, worker,
      workers, wage, wages, strike, employee, employer, workplace, career, salary, collective, bargaining`),
    hashtags: list(
      '1mai, tagderarbeit, faireloehne, mindestlohnjetzt, unionstrong, solidaritaet, solidarity',
    ),
    emoji: ['✊', '👷', '💼'],
  },
  {
    id: 'bildung',
    label: { de: 'Bildung', en: 'Education' },
    words:
      list(`bildung, schule, schueler, lehrer, lehrerin, unterricht, lernen, studium, studieren, student, uni,
      universitaet, hochschule, abitur, pruefung, nachhilfe, kita, wissen, lesen, weiterbildung, education, school,
      teacher, learning, study, university, college, exam, homework, knowledge, science, wissenschaft, tutorial`),
    hashtags: list('studygram, lehrerleben, teachersofinstagram, studytips, lernen, edutok, booktok'),
    emoji: ['📚', '🎓', '✏️', '🏫'],
  },
  {
    id: 'gesundheit',
    label: { de: 'Gesundheit', en: 'Health' },
    words: list(`gesundheit, gesund, arzt, aerztin, pflege, krankenhaus, klinik, therapie, psyche, psychisch,
      mentalhealth, depression, achtsamkeit, meditation, schlaf, ernaehrung, vitamine, praevention, impfung,
      medizin, health, healthy, doctor, nurse, hospital, therapy, mental, wellbeing, wellness, mindfulness, sleep,
      nutrition, medicine, selfcare, burnout, stress, yoga`),
    hashtags: list('mentalhealthmatters, selfcare, gesundleben, healthylifestyle, mentalhealthawareness'),
    emoji: ['🩺', '💊', '🧘', '🧠'],
  },
  {
    id: 'sport',
    label: { de: 'Sport & Fitness', en: 'Sport & fitness' },
    words:
      list(`sport, fitness, training, workout, laufen, joggen, marathon, radfahren, fahrrad, schwimmen, fussball,
      handball, basketball, tennis, klettern, bouldern, wandern, gym, muskel, kraftsport, sportler, verein, liga,
      running, runner, cycling, swimming, football, soccer, athlete, hiking, climbing, crossfit, bodybuilding, pilates,
      triathlon, ski, snowboard`),
    hashtags: list('fitfam, gymlife, fitnessmotivation, legday, runnersofinstagram, trainhard, bundesliga'),
    emoji: ['🏋️', '⚽', '🏃', '🚴', '💪', '🏊', '🎾'],
  },
  {
    id: 'mode',
    label: { de: 'Mode', en: 'Fashion' },
    words:
      list(`mode, fashion, outfit, style, styling, kleid, kleidung, streetwear, sneaker, schuhe, jacke, hose, tasche,
      accessoires, schmuck, vintage, secondhand, designer, lookbook, ootd, wear, dress, shoes, jewelry,
      jewellery, clothing, wardrobe, fairfashion, slowfashion`),
    hashtags: list('ootd, outfitoftheday, fashionblogger, modeblogger, streetstyle, whatiwore, fairfashion'),
    emoji: ['👗', '👠', '👜', '🧥', '👟'],
  },
  {
    id: 'politik',
    label: { de: 'Politik & Gesellschaft', en: 'Politics & society' },
    words:
      list(`politik, politisch, wahl, wahlen, bundestag, landtag, partei, demokratie, demo, demonstration,
      gesellschaft, gerechtigkeit, gleichberechtigung, feminismus, rassismus, menschenrechte, migration, europa,
      regierung, gesetz, politics, election, vote, voting, democracy, parliament, government, justice, equality,
      feminism, activism, aktivismus, rights, protest, policy`),
    hashtags: list('btw, bundestagswahl, europawahl, niewieder, blacklivesmatter, metoo, gehwaehlen'),
    emoji: ['🗳️', '⚖️', '📢'],
  },
  {
    id: 'familie',
    label: { de: 'Familie & Eltern', en: 'Family & parenting' },
    words:
      list(`familie, eltern, mama, papa, mutter, vater, kind, kinder, baby, schwangerschaft, schwanger, geburt,
      elternzeit, kita, erziehung, geschwister, oma, opa, family, parent, parenting, mom, mum, dad, mother, father,
      child, children, kids, toddler, pregnancy, pregnant, motherhood, fatherhood`),
    hashtags: list('momlife, mamablogger, dadlife, familienleben, mamaleben, momsofinstagram, elternsein'),
    emoji: ['👶', '👪', '🍼', '🤰'],
  },
  {
    id: 'essen',
    label: { de: 'Essen & Trinken', en: 'Food & drink' },
    words:
      list(`essen, kochen, rezept, rezepte, backen, kuchen, fruehstueck, mittagessen, abendessen, vegan, vegetarisch,
      veggie, fleisch, gemuese, obst, restaurant, cafe, kaffee, wein, bier, lecker, food, cooking, recipe, recipes,
      baking, cake, breakfast, lunch, dinner, vegetarian, plantbased, coffee, wine, beer, delicious, foodie, brunch`),
    hashtags: list(
      'foodporn, instafood, foodblogger, veganfood, rezeptideen, homemade, selbstgemacht, lecker',
    ),
    emoji: ['🍕', '🍝', '🥗', '🍰', '☕', '🍷', '🍔', '🥑'],
  },
  {
    id: 'reisen',
    label: { de: 'Reisen', en: 'Travel' },
    words:
      list(`reisen, reise, urlaub, ferien, reiseblog, roadtrip, backpacking, strand, berge, hotel, flug, camping,
      vanlife, abenteuer, entdecken, sightseeing, travel, traveling, travelling, trip, vacation, holiday, journey,
      beach, mountains, adventure, explore, wanderlust, destination, staedtetrip`),
    hashtags: list('travelgram, wanderlust, reiselust, instatravel, travelblogger, reiseblogger, vanlife'),
    emoji: ['✈️', '🏝️', '🧳', '🗺️', '🏔️', '🏖️'],
  },
  {
    id: 'technik',
    label: { de: 'Technik & Digitales', en: 'Tech & digital' },
    words:
      list(`technik, technologie, digital, digitalisierung, software, hardware, programmieren, coding, code,
      entwickler, app, apps, smartphone, computer, laptop, gaming, games, gamer, konsole, ki, kuenstliche,
      intelligenz, ai, tech, technology, developer, programming, startup, gadget, unboxing, elektroauto,
      robotik, robotics, internet, datenschutz, privacy, cybersecurity`),
    hashtags: list('techtok, techreview, gamingcommunity, setup, pcgaming, programmerlife, coding'),
    emoji: ['💻', '📱', '🎮', '🤖', '🖥️'],
  },
  {
    id: 'kultur',
    label: { de: 'Kultur & Kunst', en: 'Culture & arts' },
    words:
      list(`kultur, kunst, musik, konzert, theater, museum, ausstellung, film, kino, buch, buecher, literatur,
      lesen, fotografie, malerei, zeichnen, tanz, festival, band, album, oper, poesie, culture, art, artist, music,
      concert, exhibition, movie, cinema, book, books, literature, photography, painting, drawing, dance, poetry`),
    hashtags: list('bookstagram, artistsoninstagram, musician, kunstwerk, livemusic, buchblogger'),
    emoji: ['🎨', '🎭', '🎵', '🎸', '📖', '🎬'],
  },
  {
    id: 'beauty',
    label: { de: 'Beauty & Pflege', en: 'Beauty & care' },
    words:
      list(`beauty, makeup, schminke, kosmetik, hautpflege, skincare, haare, frisur, nagel, naegel, parfum, lippenstift,
      serum, creme, naturkosmetik, cosmetics, hair, hairstyle, nails, lipstick, foundation, glow`),
    hashtags: list('makeuptutorial, skincareroutine, beautyblogger, naturkosmetik, nailart, crueltyfree'),
    emoji: ['💄', '💅', '🧴', '💋'],
  },
  {
    id: 'tiere',
    label: { de: 'Tiere & Haustiere', en: 'Pets & animals' },
    words:
      list(`tiere, tier, hund, hunde, katze, katzen, haustier, welpe, tierschutz, pferd, tierheim, adoptieren,
      dog, dogs, puppy, cat, cats, kitten, pet, pets, horse, animal, animals, rescue`),
    hashtags: list('dogsofinstagram, catsofinstagram, hundeliebe, adoptdontshop, hundeleben, petlovers'),
    emoji: ['🐶', '🐱', '🐾', '🐴', '🐕', '🐈'],
  },
];

/** Common non-topic words that appear inside hashtags; only used to split hashtags into words. */
export const SEGMENTATION_WORDS: readonly string[] =
  list(`liebe, love, life, leben, motivation, tag, day, daily, of,
  the, and, und, for, fuer, my, mein, meine, new, neu, time, zeit, welt, world, recht, rechte, wende, zukunft, future,
  jetzt, now, insta, gram, post, blog, blogger, leben, style, ideen, tipps, tips, lust, gut, good, fair, frei, free,
  gruen, schutz, daten, people, menschen, stadt, land, heim, home, berlin, wien, zuerich, muenchen, hamburg, koeln, deutschland,
  germany, oesterreich, schweiz, mom, dad, team, community, club, plan, kampf, streik, freunde, friends, check,
  week, woche, sonntag, sunday, morning, morgen, abend, night`);

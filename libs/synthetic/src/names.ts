import { words } from './vocabulary.types';

/**
 * Given and family names per locale, frequent ones first. They reflect today's populations (Turkish,
 * Polish, Arabic, South Asian, Hispanic, Vietnamese names…) so name-based heuristics meet realistic input.
 */
export interface NamePool {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly family: readonly string[];
}

export const NAMES_DE: NamePool = {
  female: words(`Lena Anna Marie Sophie Laura Julia Lea Hannah Sarah Lisa Katharina Johanna Clara Emma Mia
    Leonie Jana Franziska Nina Paula Miriam Selin Elif Merve Zeynep Aylin Natalia Aleksandra Yasmin Nadine
    Sabine Petra Claudia Andrea Susanne Jule Greta Ronja Fenja Charlotte Amelie Maja Özlem Jasmin Tamara`),
  male: words(`Lukas Jonas Leon Felix Maximilian Paul Tim Niklas Jan David Moritz Tobias Simon Florian
    Sebastian Julian Philipp Daniel Alexander Michael Thomas Stefan Andreas Markus Jürgen Frank Emre Can
    Mehmet Deniz Ahmet Ali Omar Karim Piotr Marek Dimitri Nico Finn Ole Malte Henrik Matthias Björn`),
  family: words(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch
    Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt
    Werner Krause Meier Lehmann Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz
    Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke
    Albrecht Yılmaz Kaya Demir Şahin Çelik Öztürk Nowak Kowalski Wiśniewski Ivanov Nguyen Haddad Rahimi`),
};

export const NAMES_AT: NamePool = {
  female: words(`Anna Lena Sophie Marie Laura Julia Sarah Katharina Hannah Lisa Magdalena Valentina Elena
    Theresa Viktoria Johanna Eva Carina Sabrina Martina Verena Barbara Christina Elisabeth Ines Amra Selma
    Ajla Jelena Milica`),
  male: words(`Lukas Tobias David Simon Jakob Florian Maximilian Elias Paul Felix Fabian Stefan Michael
    Thomas Christoph Martin Andreas Markus Bernhard Georg Wolfgang Philipp Matthias Dominik Nikola Luka Emir
    Armin Dejan Mario`),
  family: words(`Gruber Huber Bauer Wagner Müller Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs
    Eder Fischer Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner Lang
    Baumgartner Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas Schuster Horvat Novak
    Jovanović Petrović Yılmaz Kaya Hasanović`),
};

export const NAMES_GB: NamePool = {
  female: words(`Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Florence Willow Emily
    Ella Poppy Evie Charlotte Sienna Daisy Phoebe Ruby Hannah Chloe Jessica Lucy Sarah Rebecca Emma Laura
    Aisha Fatima Priya Ananya Zara Maryam Siobhan Niamh Eilidh Cerys Agnieszka`),
  male: words(`Muhammad Noah Oliver George Leo Arthur Oscar Harry Jack Charlie Jacob Freddie Alfie Theo
    Henry Archie Thomas James William Joshua Daniel Samuel Ben Tom Luke Callum Connor Ryan Jamie Liam Rhys
    Dylan Euan Ewan Aiden Ravi Arjun Hamza Yusuf Tomasz Kwame Tunde`),
  family: words(`Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
    Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
    Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips
    Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins
    Bell Shaw Murphy Khan Ahmed Ali Hussain Begum Singh Kaur Campbell Stewart MacDonald Anderson Okafor
    Mensah Kowalczyk`),
};

export const NAMES_US: NamePool = {
  female: words(`Olivia Emma Charlotte Amelia Sophia Mia Isabella Ava Evelyn Luna Harper Camila Sofia
    Scarlett Elizabeth Eleanor Emily Chloe Mila Violet Penelope Gianna Aria Abigail Ella Avery Hazel Nora
    Layla Lily Aurora Madison Jessica Ashley Jennifer Brittany Samantha Valentina Ximena Mariana Guadalupe
    Aaliyah Imani Keisha Mei Priya Grace`),
  male: words(`Liam Noah Oliver James Elijah Mateo Theodore Henry Lucas William Benjamin Levi Sebastian
    Jack Ezra Michael Daniel Leo Owen Samuel Hudson Alexander Asher Luca Ethan John David Jackson Joseph
    Mason Luke Matthew Julian Dylan Elias Jacob Maverick Gabriel Logan Tyler Brandon Justin Diego Santiago
    Carlos Jamal DeShawn Marcus Andre Kevin Jason Minh Raj`),
  family: words(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
    Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez
    Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams
    Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz
    Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Kim Chen Patel Washington Jefferson
    Brooks Sullivan Schmidt Novak Kowalski`),
};

export const NAMES_FR: NamePool = {
  female: words(`Louise Jade Ambre Alba Emma Rose Alice Romy Anna Lina Léa Chloé Manon Camille Inès Sarah
    Juliette Zoé Clémence Pauline Mathilde Élise Margaux Lucie Nadia Yasmine Fatou Aïcha Maëlle Océane`),
  male: words(`Gabriel Raphaël Léo Louis Maël Noah Jules Arthur Adam Lucas Hugo Nathan Théo Thomas
    Antoine Maxime Julien Nicolas Pierre Mathieu Baptiste Clément Mehdi Karim Yanis Rayan Moussa Mamadou
    Loïc Yann`),
  family: words(`Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel
    Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent
    Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier
    Garcia Benali Haddad Diallo Traoré Nguyen Lemaire Perrin`),
};

/** Spellings a handle can carry: platforms accept ASCII only, so creators fold umlauts and accents. */
const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ı: 'i', ł: 'l', æ: 'ae', œ: 'oe' };

const handleParts = new Map<string, string>();

/** ASCII, lower-case form of a name for handles ("Jürgen" → "juergen", "Şahin" → "sahin"); memoised. */
export function toHandlePart(name: string): string {
  const cached = handleParts.get(name);
  if (cached !== undefined) return cached;
  const lower = name.toLowerCase();
  let out = '';
  for (const ch of lower) {
    const folded = FOLD[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (const c of folded) if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  // Bounded: only names from the pools above and the vocabulary's handle words pass through here.
  handleParts.set(name, out);
  return out;
}

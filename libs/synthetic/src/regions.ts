/**
 * Regions with population weights (millions, rounded; capitals and big cities slightly boosted because
 * creators cluster there) and a few cities each, used in bios, captions and location hashtags.
 */
export interface Region {
  readonly name: string;
  readonly cities: readonly string[];
}

type RegionRow = readonly [name: string, weight: number, cities: readonly string[]];

export const REGIONS_DE: readonly RegionRow[] = [
  [
    'Nordrhein-Westfalen',
    18.1,
    ['Köln', 'Düsseldorf', 'Dortmund', 'Essen', 'Münster', 'Bochum', 'Bielefeld'],
  ],
  ['Bayern', 13.4, ['München', 'Nürnberg', 'Augsburg', 'Regensburg', 'Würzburg']],
  ['Baden-Württemberg', 11.3, ['Stuttgart', 'Karlsruhe', 'Freiburg', 'Mannheim', 'Heidelberg', 'Tübingen']],
  ['Niedersachsen', 8.1, ['Hannover', 'Braunschweig', 'Osnabrück', 'Oldenburg', 'Göttingen']],
  ['Hessen', 6.4, ['Frankfurt', 'Wiesbaden', 'Kassel', 'Darmstadt', 'Marburg']],
  ['Sachsen', 4.1, ['Leipzig', 'Dresden', 'Chemnitz']],
  ['Rheinland-Pfalz', 4.1, ['Mainz', 'Koblenz', 'Trier', 'Kaiserslautern']],
  ['Berlin', 5.5, ['Berlin']],
  ['Schleswig-Holstein', 2.9, ['Kiel', 'Lübeck', 'Flensburg']],
  ['Brandenburg', 2.6, ['Potsdam', 'Cottbus', 'Frankfurt (Oder)']],
  ['Sachsen-Anhalt', 2.2, ['Magdeburg', 'Halle']],
  ['Thüringen', 2.1, ['Erfurt', 'Jena', 'Weimar']],
  ['Hamburg', 2.6, ['Hamburg']],
  ['Mecklenburg-Vorpommern', 1.6, ['Rostock', 'Schwerin', 'Greifswald']],
  ['Saarland', 1.0, ['Saarbrücken']],
  ['Bremen', 0.8, ['Bremen', 'Bremerhaven']],
];

export const REGIONS_AT: readonly RegionRow[] = [
  ['Wien', 2.3, ['Wien']],
  ['Niederösterreich', 1.7, ['St. Pölten', 'Wiener Neustadt', 'Krems']],
  ['Oberösterreich', 1.5, ['Linz', 'Wels', 'Steyr']],
  ['Steiermark', 1.25, ['Graz', 'Leoben']],
  ['Tirol', 0.77, ['Innsbruck', 'Kufstein']],
  ['Kärnten', 0.57, ['Klagenfurt', 'Villach']],
  ['Salzburg', 0.56, ['Salzburg', 'Hallein']],
  ['Vorarlberg', 0.4, ['Bregenz', 'Dornbirn', 'Feldkirch']],
  ['Burgenland', 0.3, ['Eisenstadt']],
];

export const REGIONS_GB: readonly RegionRow[] = [
  ['London', 10.5, ['London']],
  ['South East', 9.3, ['Brighton', 'Oxford', 'Reading', 'Southampton', 'Canterbury']],
  ['North West', 7.4, ['Manchester', 'Liverpool', 'Preston', 'Lancaster']],
  ['East of England', 6.3, ['Cambridge', 'Norwich', 'Ipswich']],
  ['West Midlands', 5.9, ['Birmingham', 'Coventry', 'Wolverhampton']],
  ['South West', 5.7, ['Bristol', 'Plymouth', 'Exeter', 'Bath']],
  ['Yorkshire and the Humber', 5.5, ['Leeds', 'Sheffield', 'York', 'Hull']],
  ['East Midlands', 4.9, ['Nottingham', 'Leicester', 'Derby']],
  ['North East', 2.6, ['Newcastle', 'Sunderland', 'Durham']],
  ['Scotland', 5.5, ['Glasgow', 'Edinburgh', 'Aberdeen', 'Dundee']],
  ['Wales', 3.1, ['Cardiff', 'Swansea', 'Newport']],
  ['Northern Ireland', 1.9, ['Belfast', 'Derry']],
];

export const REGIONS_US: readonly RegionRow[] = [
  ['California', 39, ['Los Angeles', 'San Francisco', 'San Diego', 'Oakland', 'Sacramento']],
  ['Texas', 30, ['Houston', 'Austin', 'Dallas', 'San Antonio']],
  ['Florida', 22, ['Miami', 'Orlando', 'Tampa', 'Jacksonville']],
  ['New York', 21, ['New York', 'Brooklyn', 'Buffalo', 'Rochester']],
  ['Pennsylvania', 13, ['Philadelphia', 'Pittsburgh']],
  ['Illinois', 12.5, ['Chicago', 'Springfield']],
  ['Ohio', 11.8, ['Columbus', 'Cleveland', 'Cincinnati']],
  ['Georgia', 11, ['Atlanta', 'Savannah']],
  ['North Carolina', 10.8, ['Charlotte', 'Raleigh', 'Durham']],
  ['Michigan', 10, ['Detroit', 'Grand Rapids', 'Ann Arbor']],
  ['New Jersey', 9.3, ['Newark', 'Jersey City']],
  ['Virginia', 8.7, ['Richmond', 'Arlington']],
  ['Washington', 7.8, ['Seattle', 'Spokane', 'Tacoma']],
  ['Arizona', 7.4, ['Phoenix', 'Tucson']],
  ['Massachusetts', 7, ['Boston', 'Cambridge', 'Worcester']],
  ['Tennessee', 7, ['Nashville', 'Memphis']],
  ['Indiana', 6.8, ['Indianapolis']],
  ['Maryland', 6.2, ['Baltimore']],
  ['Missouri', 6.2, ['St. Louis', 'Kansas City']],
  ['Wisconsin', 5.9, ['Milwaukee', 'Madison']],
  ['Colorado', 5.9, ['Denver', 'Boulder']],
  ['Minnesota', 5.7, ['Minneapolis', 'St. Paul']],
  ['Oregon', 4.2, ['Portland', 'Eugene']],
  ['Louisiana', 4.6, ['New Orleans', 'Baton Rouge']],
  ['Nevada', 3.2, ['Las Vegas', 'Reno']],
  ['Utah', 3.4, ['Salt Lake City']],
  ['District of Columbia', 1.5, ['Washington, D.C.']],
];

export const REGIONS_FR: readonly RegionRow[] = [
  ['Île-de-France', 12.3, ['Paris', 'Montreuil', 'Saint-Denis', 'Versailles']],
  ['Auvergne-Rhône-Alpes', 8.1, ['Lyon', 'Grenoble', 'Clermont-Ferrand']],
  ['Hauts-de-France', 6.0, ['Lille', 'Amiens']],
  ['Nouvelle-Aquitaine', 6.0, ['Bordeaux', 'Limoges', 'La Rochelle']],
  ['Occitanie', 6.0, ['Toulouse', 'Montpellier']],
  ['Grand Est', 5.6, ['Strasbourg', 'Reims', 'Metz', 'Nancy']],
  ["Provence-Alpes-Côte d'Azur", 5.1, ['Marseille', 'Nice', 'Avignon']],
  ['Pays de la Loire', 3.8, ['Nantes', 'Angers', 'Le Mans']],
  ['Bretagne', 3.4, ['Rennes', 'Brest']],
  ['Normandie', 3.3, ['Rouen', 'Caen', 'Le Havre']],
  ['Bourgogne-Franche-Comté', 2.8, ['Dijon', 'Besançon']],
  ['Centre-Val de Loire', 2.6, ['Tours', 'Orléans']],
  ['Corse', 0.35, ['Ajaccio', 'Bastia']],
];

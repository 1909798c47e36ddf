/** The downloadable files and what their columns mean (Dutch, for the data page). */
import { columnsOf, TABLE_NAMES, TABLES } from '../data/schema.ts';
import { FIGURE_KIND, FIGURE_KINDS, SET_SCENARIOS, SOURCE_FORMS } from '../data/vocabulary.ts';
import { DERIVED_TABLES } from './derived-tables.ts';

const COLUMN_DOCS: Record<string, string> = {
  id: 'vaste sleutel van de rij',
  title: 'titel van het document',
  date: 'datum (JJJJ-MM-DD)',
  reference: 'Kamerstuknummer',
  publisher: 'uitgever van het document',
  form: `soort document: ${SOURCE_FORMS.join(', ')} (letter = brief, qa = vragen en antwoorden, statistics = statistiek, release = bericht)`,
  seed: 'bestandsnaam van de tekst van de brief in de bronmap',
  excerpt: 'bestandsnaam van het letterlijke uittreksel van de bron (data/sources/)',
  url: 'openbaar adres',
  label: 'naam zoals de site die toont',
  published: 'datum van verzending of publicatie',
  scenarios: 'scenario’s van de editie, gescheiden door |',
  basis: 'scenario waarop de keten zich baseert: minimum, medio, mediaan of maximum, of twee daarvan met .. ertussen voor een scenario daartussen (medio..maximum)',
  excerpt_partial: 'yes als het uittreksel alleen de geciteerde passages bevat, niet het hele document',
  other_units: 'eenheden (gescheiden door |) waarin een bron een realisatie van deze indicator mag tellen naast de eigen eenheid, zoals persons voor het CBS',
  source: 'id van het brondocument (sources.csv)',
  voice: 'bij vragen en antwoorden: question (uit een vraag van een Kamerlid) of answer (uit het antwoord); anders leeg',
  note: 'toelichting',
  unit: 'eenheid',
  definition: 'definitie',
  edition: 'MPP-editie; alleen bij een MPP-prognose (kind mpp)',
  indicator: 'id van de indicator (indicators.csv)',
  region: 'CBS-code van gemeente (GM), provincie (PV) of veiligheidsregio (VR); leeg = landelijk',
  scenario: `${SET_SCENARIOS.join(', ')} of point (één raming); alleen bij een MPP-prognose`,
  period: 'jaar, halfjaar (2024-H2), kwartaal, maand, week, peildatum of tijdvak (2025-01-01/2025-09-16)',
  value: 'waarde; bij een bandbreedte de ondergrens',
  value_high: 'bovengrens van een bandbreedte (70 tot 85 procent); anders leeg',
  qualifier: 'afrondingswoord uit de brief (ca., ruim, bijna …)',
  qualifier_scope: 'list wanneer het afrondingswoord één keer voor een reeks cijfers staat en voor alle geldt; anders leeg',
  location: 'plaats in de bron (pagina, tabel, vraag)',
  quote: 'letterlijk citaat uit de bron met het cijfer',
  type: 'soort opvang of bedrag',
  price_year: 'prijspeil (jaar)',
  amount: 'bedrag in euro',
  places: 'aantal plekken',
  emergency_share: 'aandeel noodopvang in procent',
  regular_basis: 'welke kosten voor een reguliere plek: regular of half-emergency (de helft van noodopvang)',
};

/** Columns whose meaning depends on the table. */
const TABLE_COLUMN_DOCS: Partial<Record<(typeof TABLE_NAMES)[number], Record<string, string>>> = {
  prognoses: {
    kind: `soort cijfer: ${FIGURE_KINDS.map((k) => `${k} (${FIGURE_KIND[k].label.toLowerCase()})`).join(', ')}`,
  },
  costScenarios: { kind: 'mix (kosten van een capaciteitsmix) of conversion (besparing door ombouw)' },
  basisScenarios: { scenario: 'het scenario waarop de editie deze indicator baseert, of twee met .. ertussen voor een scenario daartussen (medio..maximum)' },
  realisations: { status: 'leeg = definitief; provisional = voorlopig cijfer, zoals de bron het zelf aanduidt (2023*, voorlopig)' },
};

/** What a column of an input table holds, in Dutch (the data page and datapackage.json). */
export const columnText = (t: (typeof TABLE_NAMES)[number], c: string): string => TABLE_COLUMN_DOCS[t]?.[c] ?? COLUMN_DOCS[c] ?? '';

/** The data package and the Excel form of a CSV, relative to the site root. */
export const DATAPACKAGE = 'data/datapackage.json';
export const excelPath = (csv: string): string => csv.replace(/^data\//, 'data/excel/');

export function downloads() {
  return {
    datapackage: DATAPACKAGE,
    input: TABLE_NAMES.map((t) => {
      const name = TABLES[t].file.replace(/\.csv$/, '');
      return {
        name,
        csv: `data/${name}.csv`,
        excel: excelPath(`data/${name}.csv`),
        json: `data/${name}.json`,
        columns: columnsOf(t).map((c) => ({ name: c, text: columnText(t, c) })),
      };
    }),
    derived: DERIVED_TABLES.map((d) => ({
      name: d.name,
      title: d.title,
      text: d.text,
      csv: `data/derived/${d.name}.csv`,
      excel: excelPath(`data/derived/${d.name}.csv`),
      json: `data/derived/${d.name}.json`,
    })),
  };
}

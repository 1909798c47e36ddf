/** The downloadable files and what their columns mean (Dutch, for the data page). */
import { columnsOf, TABLE_NAMES, TABLES } from '../data/schema.ts';
import { SET_SCENARIOS } from '../data/vocabulary.ts';
import { DERIVED_TABLES } from './derived-tables.ts';

const COLUMN_DOCS: Record<string, string> = {
  id: 'vaste sleutel van de rij',
  title: 'titel van het document',
  date: 'datum (JJJJ-MM-DD)',
  reference: 'Kamerstuknummer',
  seed: 'bestandsnaam van de tekst van de brief in de bronmap',
  url: 'openbaar adres',
  label: 'naam zoals de site die toont',
  published: 'datum van verzending of publicatie',
  scenarios: 'scenario’s van de editie, gescheiden door |',
  basis: 'scenario waarop de keten zich baseert',
  source: 'id van het brondocument (bronnen.csv)',
  note: 'toelichting',
  unit: 'eenheid',
  definition: 'definitie',
  edition: 'MPP-editie',
  indicator: 'id van de indicator (indicatoren.csv)',
  region: 'CBS-code van gemeente (GM), provincie (PV) of veiligheidsregio (VR); leeg = landelijk',
  scenario: `${SET_SCENARIOS.join(', ')} of point (één raming)`,
  period: 'jaar, halfjaar (2024-H2), kwartaal, maand, week of peildatum',
  value: 'waarde',
  qualifier: 'afrondingswoord uit de brief (ca., ruim, bijna …)',
  location: 'plaats in de bron (pagina, tabel, vraag)',
  quote: 'letterlijk citaat uit de bron met het cijfer',
  type: 'soort opvang of bedrag',
  price_year: 'prijspeil (jaar)',
  amount: 'bedrag in euro',
  kind: 'mix (kosten van een capaciteitsmix) of conversion (besparing door ombouw)',
  places: 'aantal plekken',
  emergency_share: 'aandeel noodopvang in procent',
  regular_basis: 'welke kosten voor een reguliere plek: regular of half-emergency (de helft van noodopvang)',
};

export function downloads() {
  return {
    input: TABLE_NAMES.map((t) => {
      const name = TABLES[t].file.replace(/\.csv$/, '');
      return {
        name,
        csv: `data/${name}.csv`,
        json: `data/${name}.json`,
        columns: columnsOf(t).map((c) => ({ name: c, text: COLUMN_DOCS[c] ?? '' })),
      };
    }),
    derived: DERIVED_TABLES.map((d) => ({
      name: d.name,
      title: d.title,
      text: d.text,
      csv: `data/derived/${d.name}.csv`,
      json: `data/derived/${d.name}.json`,
    })),
  };
}

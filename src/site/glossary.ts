/**
 * The words the site and the letters use, explained in Dutch for the /begrippen/ page. Taken from
 * the project's glossary (../shared/GLOSSARY.md, English) and the five letters, in the letters' own
 * terms. The scenarios' chances come from the vocabulary (src/data/vocabulary.ts), written once.
 * `forms` are the spellings in running text whose first use on a page links to the entry; an
 * abbreviation (`expansion`) is written as <abbr> with its expansion as title.
 */
import { FIGURE_KIND, SCENARIO } from '../data/vocabulary.ts';
import { formatPercent } from '../format/dutch.ts';

export interface Term {
  /** The anchor on /begrippen/: `#coa`. */
  id: string;
  term: string;
  /** What an abbreviation stands for. */
  expansion?: string;
  text: string;
  /** Spellings in running text that link here; matched whole-word, case as written (first letter either case for words). */
  forms: string[];
}

const chance = (s: 'medio' | 'mediaan') => formatPercent(SCENARIO[s].exceedance!);

const TERMS: Term[] = [
  // The prognosis
  { id: 'mpp', term: 'MPP', expansion: 'Meerjaren Productie Prognose', forms: ['MPP'],
    text: 'De prognose van de hele migratieketen voor de komende vijf jaar, twee keer per jaar opgesteld (bijvoorbeeld MPP 2024-I en MPP 2024-II; eerder genoemd naar de maand, zoals MPP februari 2022). De MPP begint bij de prognose van de eerste asielaanvragen; met het productieplan van de IND volgen de voorraden en de stromen naar de andere organisaties. Vier fasen: opstellen, vaststellen, doorrekenen (operationeel en financieel) en monitoren.' },
  { id: 'editie', term: 'Editie', forms: ['editie', 'edities'],
    text: 'Eén uitgave van de MPP, genoemd naar het halfjaar of de maand waarin zij verscheen.' },
  { id: 'scenario', term: 'Scenario', forms: ['scenario’s', 'scenario'],
    text: 'Een MPP-editie geeft haar ramingen in scenario’s: minimum, medio of mediaan, en maximum. Het scenario waarop de keten zich baseert heet het basisscenario.' },
  { id: 'medio', term: 'Medioscenario', forms: ['medioscenario'],
    text: `Het scenario met een kans van ${chance('medio')} dat de werkelijke uitkomst hoger is. Tot en met MPP 2024-II baseerde de keten zich op dit scenario.` },
  { id: 'mediaan', term: 'Mediaanscenario', forms: ['mediaanscenario'],
    text: `Het scenario met een kans van ${chance('mediaan')} dat de uitkomst hoger is en even grote kans dat die lager is. Vanaf MPP 2025 baseert de keten zich op dit scenario.` },
  { id: 'bandbreedte', term: 'Minimum, maximum en bandbreedte', forms: ['bandbreedte', 'minimumscenario', 'maximumscenario'],
    text: 'Het minimum- en het maximumscenario begrenzen de bandbreedte waarbinnen de uitkomst naar verwachting valt. Voor Oekraïense ontheemden is de kans 75 % dat de wekelijkse netto instroom erbinnen valt.' },
  { id: 'raming', term: 'Raming', forms: ['raming', 'ramingen', 'prognose', 'prognoses'],
    text: 'Een cijfer over de toekomst. Op deze site is alleen een MPP-prognose een raming van een editie; doelen, vastgestelde cijfers en verwachtingen van organisaties staan apart, met hun soort en bron.' },
  { id: 'realisatie', term: 'Realisatie', forms: ['realisatie', 'realisaties'],
    text: 'Wat er werkelijk gebeurde, gemeten of geteld, tegenover de raming.' },
  { id: 'bijstelling', term: 'Bijstelling', forms: ['bijstelling', 'bijstellingen'],
    text: 'Het verschil tussen een cijfer van een editie en hetzelfde cijfer (indicator, scenario, periode) in de vorige editie die het heeft.' },
  { id: 'soort-target', term: FIGURE_KIND.target.label, forms: [], text: FIGURE_KIND.target.definition },
  { id: 'soort-set', term: FIGURE_KIND.set.label, forms: ['vastgesteld cijfer', 'vastgestelde cijfers'], text: FIGURE_KIND.set.definition },
  { id: 'soort-outlook', term: FIGURE_KIND.outlook.label, forms: [], text: FIGURE_KIND.outlook.definition },
  { id: 'instroom', term: 'Instroom, doorstroom en uitstroom', forms: ['instroom', 'uitstroom', 'doorstroom'],
    text: 'Wie de keten binnenkomt, erdoorheen gaat en haar verlaat.' },
  { id: 'totale-asielinstroom', term: 'Totale asielinstroom', forms: ['totale asielinstroom'],
    text: 'Eerste asielaanvragen, herhaalde aanvragen, nareis en hervestiging (en relocatie) samen. De IND en de minister tellen hun “totale asielinstroom” zonder hervestiging; de site houdt die twee apart.' },
  { id: 'eerste-aanvraag', term: 'Eerste asielaanvraag', forms: ['eerste asielaanvragen', 'eerste aanvragen'],
    text: 'De eerste asielaanvraag van iemand in Nederland.' },
  { id: 'herhaalde-aanvraag', term: 'Herhaalde asielaanvraag', forms: ['herhaalde asielaanvragen', 'herhaalde aanvragen'],
    text: 'Een nieuwe asielaanvraag na een eerdere afwijzing.' },
  { id: 'nareis', term: 'Nareis', forms: ['nareis'],
    text: 'Gezinsleden die een statushouder laten overkomen (gezinshereniging).' },
  { id: 'hervestiging', term: 'Hervestiging', forms: ['hervestiging'],
    text: 'Vluchtelingen die Nederland overneemt uit een ander land.' },
  { id: 'inwilligingspercentage', term: 'Inwilligingspercentage', forms: ['inwilligingspercentage'],
    text: 'Het aandeel van de asielaanvragen dat wordt ingewilligd.' },
  { id: 'spoor', term: 'Spoor 1, 2 en 4', forms: ['spoor 4', 'spoor 1', 'spoor 2'],
    text: 'De procedures van de IND: spoor 1 voor Dublinzaken (een ander Europees land is verantwoordelijk), spoor 2 voor aanvragen uit veilige landen, spoor 4 voor de gewone asielprocedure.' },
  { id: 'voorraad', term: 'Voorraad', forms: ['voorraad', 'werkvoorraad'],
    text: 'De zaken waarop de IND nog niet heeft beslist.' },
  { id: 'productie', term: 'Productie', forms: ['productie'],
    text: 'Het aantal beslissingen dat de IND in een periode neemt.' },
  // Organisations
  { id: 'ind', term: 'IND', expansion: 'Immigratie- en Naturalisatiedienst', forms: ['IND'],
    text: 'Beslist over aanvragen voor asiel, nareis, verblijf en naturalisatie.' },
  { id: 'coa', term: 'COA', expansion: 'Centraal Orgaan opvang asielzoekers', forms: ['COA'],
    text: 'Zorgt voor de opvang van asielzoekers.' },
  { id: 'dtv', term: 'DT&V', expansion: 'Dienst Terugkeer en Vertrek', forms: ['DT&amp;V', 'DTenV'],
    text: 'Zorgt voor het vertrek van mensen die niet in Nederland mogen blijven. Aantoonbaar vertrek is vertrek dat is vastgesteld.' },
  { id: 'nidos', term: 'Nidos', forms: ['Nidos'],
    text: 'Voogdij over alleenstaande minderjarige vreemdelingen; biedt kleinschalige opvang (kso) aan minderjarigen met een verblijfsvergunning.' },
  { id: 'prt', term: 'PRT', expansion: 'Provinciale Regietafel', forms: ['PRT', 'PRT’s'],
    text: 'Het overleg per provincie over opvang en huisvesting, onder leiding van de Commissaris van de Koning (CdK).' },
  { id: 'rechtspraak', term: 'Rechtspraak en Raad van State', forms: ['Rechtspraak', 'Raad van State'],
    text: 'De rechters die over beroep (rechtbank) en hoger beroep (Raad van State) tegen beslissingen van de IND oordelen.' },
  { id: 'vng', term: 'VNG', expansion: 'Vereniging van Nederlandse Gemeenten', forms: ['VNG'],
    text: 'De vereniging van alle Nederlandse gemeenten.' },
  // People
  { id: 'asielzoeker', term: 'Asielzoeker', forms: ['asielzoekers', 'asielzoeker'],
    text: 'Iemand die asiel heeft aangevraagd en op de beslissing wacht.' },
  { id: 'statushouder', term: 'Statushouder of vergunninghouder', forms: ['statushouders', 'statushouder', 'vergunninghouders', 'vergunninghouder'],
    text: 'Iemand met een verblijfsvergunning asiel die in de opvang van het COA op een woning wacht.' },
  { id: 'amv', term: 'amv', expansion: 'alleenstaande minderjarige vreemdeling', forms: ['amv'],
    text: 'Een minderjarige die zonder ouders naar Nederland komt.' },
  { id: 'oekraiense-ontheemden', term: 'Oekraïense ontheemden', forms: ['Oekraïense ontheemden', 'ontheemden'],
    text: 'Mensen uit Oekraïne die hier tijdelijke bescherming hebben onder de Richtlijn Tijdelijke Bescherming (RTB). Zij staan ingeschreven in de BRP en wonen vaak in gemeentelijke opvang (GOO).' },
  { id: 'rtb', term: 'RTB', expansion: 'Richtlijn Tijdelijke Bescherming', forms: ['RTB'],
    text: 'De Europese richtlijn die ontheemden uit Oekraïne tijdelijke bescherming geeft, zonder asielprocedure.' },
  { id: 'brp', term: 'BRP', expansion: 'Basisregistratie Personen', forms: ['BRP'],
    text: 'De gemeentelijke registratie van inwoners.' },
  { id: 'goo', term: 'GOO', expansion: 'gemeentelijke opvang Oekraïners', forms: ['GOO'],
    text: 'De opvang die gemeenten bieden aan ontheemden uit Oekraïne.' },
  // Reception and housing
  { id: 'reguliere-opvang', term: 'Reguliere opvang', forms: ['reguliere opvang'],
    text: 'De vaste, langdurige opvanglocaties van het COA, zoals een azc (asielzoekerscentrum).' },
  { id: 'noodopvang', term: 'Noodopvang', forms: ['noodopvang'],
    text: 'Tijdelijke opvang als de reguliere plekken niet genoeg zijn, zoals hotels, een cruiseschip en tijdelijke gemeentelijke opvang; duurder dan reguliere opvang.' },
  { id: 'tgo', term: 'TGO', expansion: 'tijdelijke gemeentelijke opvang', forms: ['TGO'],
    text: 'Noodopvang die een gemeente tijdelijk biedt voor het COA.' },
  { id: 'bezetting', term: 'Bezetting', forms: ['bezetting'],
    text: 'Het aantal mensen in de opvang van het COA met recht op opvang.' },
  { id: 'capaciteitsbehoefte', term: 'Capaciteitsbehoefte', forms: ['capaciteitsbehoefte'],
    text: 'Het aantal opvangplekken dat nodig is: de bezetting plus ruimte voor wisselingen en leegstand.' },
  { id: 'doorstroomlocatie', term: 'Doorstroomlocatie', forms: ['doorstroomlocaties', 'doorstroomlocatie'],
    text: 'Tijdelijke huisvesting voor statushouders dicht bij hun toekomstige gemeente, voor ten hoogste twaalf maanden.' },
  { id: 'dgo', term: 'DGO', expansion: 'duurzame gemeentelijke opvang', forms: ['DGO'],
    text: 'Opvang van asielzoekers die een gemeente duurzaam, voor langere tijd, biedt.' },
  { id: 'vge', term: 'VGE', expansion: 'volledige gemeentelijke exploitatie', forms: ['VGE'],
    text: 'Een opvanglocatie die een gemeente helemaal zelf exploiteert.' },
  { id: 'kso', term: 'kso', expansion: 'kleinschalige opvang', forms: ['kso'],
    text: 'Opvang in kleine groepen voor alleenstaande minderjarigen met een verblijfsvergunning, door Nidos.' },
  { id: 'har', term: 'HAR en HAR+', expansion: 'hotel- en accommodatieregeling', forms: ['HAR+', 'HAR'],
    text: 'Een eenmalig bedrag per statushouder die een gemeente niet zelfstandig huisvest.' },
  { id: 'spreidingswet', term: 'Spreidingswet', forms: ['Spreidingswet'],
    text: 'De wet die de opvang van asielzoekers over de gemeenten verdeelt. De capaciteitsraming zegt hoeveel plekken nodig zijn; het verdeelbesluit verdeelt ze.' },
  { id: 'taakstelling', term: 'Taakstelling', forms: ['taakstellingen', 'taakstelling'],
    text: 'Het aantal statushouders dat elke gemeente per halfjaar moet huisvesten. Wat niet lukt, schuift door als achterstand.' },
  { id: 'prijspeil', term: 'Prijspeil', forms: ['prijspeil'],
    text: 'Het jaar waarvan de prijzen in een bedrag zitten. De site indexeert niets en telt geen bedragen van verschillende prijspeilen op.' },
  // Documents
  { id: 'kamerbrief', term: 'Kamerbrief', forms: ['Kamerbrief', 'Kamerbrieven'],
    text: 'Een brief van een minister aan de Tweede of Eerste Kamer.' },
  { id: 'kamerstuk', term: 'Kamerstuk', forms: ['Kamerstuk', 'Kamerstukken'],
    text: 'Een officieel stuk van de Kamer, aangehaald als bijvoorbeeld “Tweede Kamer, vergaderjaar 2023–2024, 19 637, nr. 3239”.' },
  { id: 'voorjaarsnota', term: 'Voorjaarsnota en Najaarsnota', forms: ['Voorjaarsnota', 'Najaarsnota'],
    text: 'De begrotingswijzigingen in het voorjaar en het najaar, waarin de MPP in geld wordt omgezet.' },
];

/** Every term, in alphabetical order for the page. */
export const GLOSSARY: readonly Term[] = [...TERMS].sort((a, b) => a.term.localeCompare(b.term, 'nl', { sensitivity: 'base' }));

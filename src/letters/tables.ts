/**
 * The tables of a letter section: the scenarios of an indicator and the revisions against an earlier
 * edition (letter to the Kamer), every other figure of the section, and the cost per place.
 */
import { formatMoney, formatNumber, formatPeriodShort, formatQualified, formatSigned, formatSignedPercent } from '../format/dutch.ts';
import type { Forecast } from '../model/figures.ts';
import { COST_TYPE, COST_TYPES, QUALIFIERS, SCENARIO } from '../data/vocabulary.ts';
import type { Scenario } from '../data/schema.ts';
import type { Composition } from './composition.ts';
import type { LetterTable } from './document.ts';
import { coverKey, sourceOfRow } from './narrative/index.ts';
import { knownSources, type SectionId, sectionOf } from './plan.ts';
import { lookup } from '../data/lookup.ts';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const scenarioHeader = (s: Scenario) => cap(SCENARIO[s].label);

/** The cell of a figure in a table: with its rounding word, and % for percentages. */
const cell = (f: { value: number; qualifier: string | null; unit: string }) =>
  formatQualified(f.value, f.qualifier) + (f.unit === 'percent' ? ' %' : '');

/** The cost types the cost-per-place table shows: every cost per place (not the one-off amounts). */
const PLACE_TABLE_TYPES = COST_TYPES.filter((t) => COST_TYPE[t].unit !== 'eur-one-off');

/** A cell that holds a figure: a sign, a digit, a rounding word before a digit, or a dash. */
const NUMERIC_CELL = new RegExp(`^([−+€]|\\d|(${QUALIFIERS.map((q) => q.replace('.', '\\.')).join('|')}) \\d|–$)`);

/** The tables of one section, numbered in print order. */
export function sectionTables(c: Composition, section: SectionId, inSection: Forecast[]): LetterTable[] {
  const kamer = c.letter === 'tweede-kamer';
  const tables: LetterTable[] = [];
  const inScenarioTable = new Set<string>();
  if (kamer) {
    for (const t of scenarioTables(c, section, inSection)) {
      inScenarioTable.add(t.indicator);
      tables.push(t.table);
    }
    tables.push(...revisionTables(c, section));
  }
  // Every other figure of the edition in this section, so that the letter leaves none out.
  const others = inSection.filter((f) => !c.covered.has(coverKey(f)) && !inScenarioTable.has(f.indicator));
  if (others.length > 0) tables.push(otherFiguresTable(c, section, others));
  if (section === 'kosten' && kamer) tables.push(...placeCostTable(c));
  for (const t of tables) t.numeric = t.columns.slice(1).map((_, i) => t.rows.every((r) => NUMERIC_CELL.test(r.cells[i]!)));
  return tables;
}

/** The notes citing the sources the model took these figures from. */
const figureNotes = (c: Composition, fs: { rows: string[] }[]) => c.notes.cite(fs.map((f) => sourceOfRow(f.rows[0]!)));

/** Indicators with a band of scenarios: the values per period and scenario. */
function scenarioTables(c: Composition, section: SectionId, inSection: Forecast[]): { indicator: string; table: LetterTable }[] {
  const out: { indicator: string; table: LetterTable }[] = [];
  for (const t of c.model.scenarioTables) {
    if (t.edition !== c.edition.id || t.region !== null || sectionOf(t.indicator, c.letter) !== section) continue;
    const scenarios = t.scenarios.filter((s) => s !== 'point');
    if (scenarios.length < 2) continue;
    const hasBand = t.periods.some((p) => p.band !== null);
    const fs = inSection.filter((f) => f.indicator === t.indicator);
    out.push({
      indicator: t.indicator,
      table: {
        id: `scenario-${t.indicator}`,
        number: c.next('table'),
        caption: `${c.label(t.indicator)} per scenario, ${c.edition.label}`,
        notes: figureNotes(c, fs),
        columns: ['Periode', ...t.scenarios.map(scenarioHeader), ...(hasBand ? ['Bandbreedte'] : [])],
        rows: t.periods.map((p) => ({
          header: formatPeriodShort(p.period),
          cells: [
            ...t.scenarios.map((s) => (p.values[s] === undefined ? '–' : formatQualified(p.values[s]!, p.qualifiers[s] ?? null))),
            ...(hasBand ? [p.band === null ? '–' : formatNumber(p.band)] : []),
          ],
        })),
        numeric: [],
      },
    });
  }
  return out;
}

/** This edition against an earlier one, figure by figure: one table per indicator and earlier edition. */
function revisionTables(c: Composition, section: SectionId): LetterTable[] {
  const { editionLabel } = lookup(c.data);
  const revisions = c.model.revisions.filter(
    (r) => r.edition === c.edition.id && r.region === null && sectionOf(r.indicator, c.letter) === section,
  );
  const groups = new Map<string, typeof revisions>();
  for (const r of revisions) {
    const k = `${r.indicator}|${r.previous}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups].map(([k, rs]) => {
    const [indicator, previous] = k.split('|') as [string, string];
    return {
      id: `revision-${indicator}-${previous}`,
      number: c.next('table'),
      caption: `${c.label(indicator)}: ${c.edition.label} tegenover ${editionLabel(previous)}`,
      notes: c.notes.cite(rs.flatMap((r) => r.rows).map(sourceOfRow)),
      columns: ['Periode', 'Scenario', editionLabel(previous), c.edition.label, 'Verschil', 'Verschil in %'],
      rows: rs.map((r) => ({
        header: formatPeriodShort(r.period),
        cells: [
          r.switched ? `${SCENARIO[r.scenario].label} (was ${SCENARIO[r.previousScenario].label})` : SCENARIO[r.scenario].label,
          formatNumber(r.old),
          formatNumber(r.new),
          formatSigned(r.change),
          r.relative === null ? '–' : formatSignedPercent(r.relative),
        ],
      })),
      numeric: [],
    };
  });
}

function otherFiguresTable(c: Composition, section: SectionId, others: Forecast[]): LetterTable {
  return {
    id: `overig-${section}`,
    number: c.next('table'),
    caption: `Overige cijfers bij de ${c.edition.label}`,
    notes: figureNotes(c, others),
    columns: ['Onderwerp', 'Periode', 'Scenario', 'Waarde'],
    rows: others.map((f) => ({
      header: c.label(f.indicator),
      cells: [formatPeriodShort(f.period), SCENARIO[f.scenario].label, cell(f)],
    })),
    numeric: [],
  };
}

/** The cost per place, per year and per day, of every type and price year known at publication (none or one table). */
function placeCostTable(c: Composition): LetterTable[] {
  const known = knownSources(c.data, c.edition);
  const costs = c.data.costs.filter((x) => known(x.source) && x.voice !== 'question');
  const rows: LetterTable['rows'] = [];
  const used: string[] = [];
  for (const type of PLACE_TABLE_TYPES) {
    for (const row of costs.filter((x) => x.type === type).sort((a, b) => a.price_year - b.price_year)) {
      const pc = c.model.placeCosts.find((p) => p.type === type && p.priceYear === row.price_year);
      if (!pc) continue;
      used.push(row.source);
      rows.push({
        header: COST_TYPE[type].label,
        cells: [
          String(row.price_year),
          formatMoney(pc.perYear),
          formatMoney(pc.perDay),
          pc.multipleOfRegular === null ? '–' : `${formatNumber(pc.multipleOfRegular, 2)} ×`,
        ],
      });
    }
  }
  if (rows.length === 0) return [];
  return [
    {
      id: 'kosten-per-plek',
      number: c.next('table'),
      caption: 'Kosten per opvangplek, per jaar en per dag',
      notes: c.notes.cite(used),
      columns: ['Soort opvang', 'Prijsjaar', 'Per jaar', 'Per dag', 'Ten opzichte van regulier'],
      rows,
      numeric: [],
    },
  ];
}

/** The report's section on derived figures: the rows of the derived tables that change with the data. */
import { derivedTitle } from '../../downloads/derived-tables.ts';
import { formatNumber, formatPercent, formatPeriodShort, formatSigned, formatSignedPercent } from '../../format/dutch.ts';
import { decimalsOf } from '../rows.ts';
import type { Cell, DerivedChange, DiffReport } from '../types.ts';
import type { Labels } from './labels.ts';
import { count, dec, esc, fold, money, outputSection, signedMoney } from './text.ts';

const COLUMN_LABEL: Record<string, string> = {
  minimum: 'minimum',
  medio: 'medio',
  mediaan: 'mediaan',
  maximum: 'maximum',
  point: 'raming',
  band: 'bandbreedte',
  previous: 'vorige editie',
  previous_scenario: 'vorig scenario',
  old: 'oud',
  new: 'nieuw',
  change: 'verandering',
  relative: 'relatief',
  scenario: 'scenario',
  forecast: 'prognose',
  realisation: 'realisatie',
  error: 'afwijking',
  relative_error: 'relatieve afwijking',
  in_band: 'binnen bandbreedte',
  per_year: 'per jaar',
  per_day: 'per dag',
  multiple_of_regular: 'keer een reguliere plek',
  stated: 'opgegeven',
  kind: 'soort',
  places: 'plekken',
  emergency_share: 'aandeel noodopvang',
  price_year: 'prijsjaar',
  emergency_per_year: 'noodopvangplek per jaar',
  regular_per_year: 'reguliere plek per jaar',
  total: 'totaal',
  minimum_qualifier: 'afrondingswoord minimum',
  medio_qualifier: 'afrondingswoord medio',
  mediaan_qualifier: 'afrondingswoord mediaan',
  maximum_qualifier: 'afrondingswoord maximum',
  point_qualifier: 'afrondingswoord raming',
  from_question: 'alleen in een vraag van een Kamerlid',
  old_qualifier: 'afrondingswoord oud',
  new_qualifier: 'afrondingswoord nieuw',
  old_from_question: 'oud alleen in een vraag',
  new_from_question: 'nieuw alleen in een vraag',
  forecast_qualifier: 'afrondingswoord prognose',
  forecast_from_question: 'prognose alleen in een vraag',
  realisation_qualifier: 'afrondingswoord realisatie',
  realisation_from_question: 'realisatie alleen in een vraag',
  realisation_period: 'periode realisatie',
  realisation_status: 'status realisatie',
  realisation_computed: 'realisatie berekend',
  horizon: 'horizon (jaren na de editie)',
};

const MONEY = new Set(['per_year', 'per_day', 'emergency_per_year', 'regular_per_year', 'total']);
const FRACTION = new Set(['relative', 'relative_error']);
const WORDS: Record<string, string> = {
  'per-year': 'per jaar',
  'per-night': 'per nacht',
  mix: 'mix van opvangplekken',
  conversion: 'ombouw noodopvang naar regulier',
  provisional: 'voorlopig',
};

function cellText(column: string, v: Cell | undefined, l: Labels): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (typeof v === 'number') {
    if (MONEY.has(column)) return money(v);
    if (FRACTION.has(column)) return formatSignedPercent(v, 1);
    if (column === 'emergency_share') return formatPercent(v, Math.max(0, Math.min(2, decimalsOf(v) - 2)));
    if (column === 'multiple_of_regular') return formatNumber(v, 2);
    if (column === 'price_year') return String(v);
    return formatNumber(v, dec(v));
  }
  if (column === 'previous' || column === 'edition') return l.edition(v);
  if (column === 'scenario' || column === 'previous_scenario') return l.scenario(v);
  return esc(WORDS[v] ?? v);
}

function cellDelta(column: string, old: Cell | undefined, now: Cell | undefined): string {
  if (typeof old !== 'number' || typeof now !== 'number') return '';
  if (FRACTION.has(column) || column === 'emergency_share' || column === 'price_year') return '';
  const d = Math.max(decimalsOf(old), decimalsOf(now));
  const diff = Math.round((now - old) * 10 ** d) / 10 ** d;
  if (MONEY.has(column)) return ` (${signedMoney(diff)})`;
  if (column === 'multiple_of_regular') return ` (${formatSigned(diff, 2)})`;
  return ` (${formatSigned(diff, dec(diff))})`;
}

/** A row by its identifying columns, in the words of its table. */
function derivedName(d: DerivedChange, l: Labels): string {
  const k = d.key;
  const s = (v: Cell | undefined) => (v === null || v === undefined ? '' : String(v));
  const region = k.region ? ` · ${esc(s(k.region))}` : '';
  const period = (v: Cell | undefined) => esc(formatPeriodShort(s(v)));
  switch (d.table) {
    case 'scenario-tables':
      return `${l.edition(s(k.edition))} · ${l.indicator(s(k.indicator))} · ${period(k.period)}${region}`;
    case 'revisions':
      return `${l.edition(s(k.edition))} · ${l.indicator(s(k.indicator))} · ${period(k.period)} · ${l.scenario(s(k.scenario))}${region}`;
    case 'vintages':
    case 'accuracy':
      return `${l.indicator(s(k.indicator))} · ${period(k.period)}${region} · ${l.edition(s(k.edition))}`;
    case 'place-costs':
      return `${l.cost(s(k.type))} · prijsjaar ${esc(s(k.price_year))}`;
    case 'cost-calculations':
      return `\`${s(k.id)}\``;
    default:
      return Object.entries(k)
        .map(([c, v]) => `${esc(c)} ${esc(s(v))}`)
        .join(' · ');
  }
}

function derivedLine(d: DerivedChange, l: Labels): string {
  const label = (c: string) => COLUMN_LABEL[c] ?? esc(c);
  if (d.status === 'changed') {
    const cells = d.cells.map(
      (c) => `${label(c.column)} ${cellText(c.column, c.old, l)} → ${cellText(c.column, c.new, l)}${cellDelta(c.column, c.old, c.new)}`,
    );
    return `- ${derivedName(d, l)}: ${cells.join('; ')}`;
  }
  const side = d.status === 'added' ? 'new' : 'old';
  const cells = d.cells.filter((c) => c[side] !== null).map((c) => `${label(c.column)} ${cellText(c.column, c[side], l)}`);
  return `- ${d.status === 'added' ? 'nieuw' : 'vervallen'}: ${derivedName(d, l)}: ${cells.join('; ')}`;
}

export function derived(report: DiffReport, l: Labels): string[] {
  return outputSection('Afgeleide cijfers die meeveranderen', report.derived, (changes) => {
    const out: string[] = [];
    for (const t of new Set(changes.map((d) => d.table))) {
      const rows = changes.filter((d) => d.table === t);
      const changed = rows.filter((d) => d.status === 'changed').map((d) => derivedLine(d, l));
      const others = rows.filter((d) => d.status !== 'changed').map((d) => derivedLine(d, l));
      out.push(`#### ${esc(derivedTitle(t) ?? t)}`, '');
      out.push(...fold(changed, count(changed.length, 'gewijzigde rij', 'gewijzigde rijen')));
      if (changed.length > 0 && others.length > 0) out.push('');
      out.push(...fold(others, `${count(others.length, 'rij', 'rijen')} nieuw of vervallen`), '');
    }
    return out;
  });
}

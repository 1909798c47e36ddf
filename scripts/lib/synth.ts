/**
 * Synthetic data in the real CSV contract, for benchmarks at scale: N editions with national
 * scenario figures and per-municipality and per-province quotas and reception tasks. Every row
 * cites the source `synthetisch`, whose title says it is not real. Deterministic for a given scale.
 */
import { toCsv } from '../../src/data/csv.ts';
import { columnsOf, TABLES, type TableName } from '../../src/data/schema.ts';
import { NAMED_INDICATORS } from '../../src/data/indicators.ts';

/** A small seeded PRNG (mulberry32), so the same scale gives the same bytes. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NATIONAL = [
  ['asylum-inflow-total', 'Totale asielinstroom', 'applications', 50000],
  ['asylum-inflow-first', 'Eerste asielaanvragen', 'applications', 30000],
  ['coa-capacity-need', 'Capaciteitsbehoefte COA', 'places', 90000],
  ['coa-occupancy', 'Bezetting COA', 'persons', 80000],
  ['ind-stock-asylum', 'Voorraad asielzaken IND', 'cases', 40000],
  ['ukraine-residents', 'Oekraïense ontheemden in Nederland', 'persons', 120000],
  ['ukraine-municipal-capacity-need', 'Benodigde gemeentelijke opvangplekken Oekraïners', 'places', 110000],
  ['housing-quota', 'Taakstelling huisvesting statushouders', 'persons', 17000],
] as const;
const REGIONAL = [
  ['housing-quota', 'persons', 50],
  ['coa-capacity-need', 'places', 250],
  ['ukraine-municipal-capacity-need', 'places', 300],
] as const;

export interface SynthSize {
  editions: number;
  regions: number;
}

/** 1× is about the size of the shipped data (≈300 figures); rows grow linearly with the scale. */
export function sizeFor(scale: number): SynthSize {
  const editions = Math.max(2, Math.round(5 * Math.cbrt(scale)));
  // rows ≈ editions × (48 national + 4 per region) ≈ 300 × scale
  const regions = Math.max(1, Math.round((300 * scale) / editions - 48) / 4);
  return { editions, regions: Math.min(Math.round(regions), 379) };
}

export function regionCodes(n: number): string[] {
  const codes: string[] = [];
  for (let i = 0; i < 12 && codes.length < n; i++) codes.push(`PV${String(20 + i).padStart(2, '0')}`);
  for (let i = 0; codes.length < n; i++) codes.push(`GM${String(1 + i * 3).padStart(4, '0')}`);
  return codes;
}

export function synthesise(scale: number): Record<TableName, string> {
  const { editions: e, regions: r } = sizeFor(scale);
  const random = rng(Math.round(scale * 1000));
  const source = 'synthetisch';
  const common = { qualifier: '', source, location: 'gegenereerd', quote: '', note: 'SYNTHETISCH: geen echt cijfer' };
  const editionRows = Array.from({ length: e }, (_, i) => {
    const year = 2000 + Math.floor(i / 2);
    return {
      id: `${year}-${i % 2 === 0 ? 'I' : 'II'}`,
      label: `MPP ${year}-${i % 2 === 0 ? 'I' : 'II'} (synthetisch)`,
      published: `${year}-${i % 2 === 0 ? '04' : '10'}-01`,
      scenarios: 'minimum|medio|maximum',
      basis: 'medio',
      source,
      note: 'SYNTHETISCH',
    };
  });
  const prognoses: Record<string, unknown>[] = [];
  const realisations: Record<string, unknown>[] = [];
  const regions = regionCodes(r);
  editionRows.forEach((ed, i) => {
    const year = 2000 + Math.floor(i / 2);
    for (const [indicator, , unit, base] of NATIONAL) {
      for (const period of [String(year + 1), String(year + 2)]) {
        const medio = Math.round((base * (0.7 + 0.6 * random())) / 100) * 100;
        const lo = Math.round((medio * (0.6 + 0.3 * random())) / 100) * 100;
        const hi = Math.round((medio * (1.1 + 0.4 * random())) / 100) * 100;
        for (const [scenario, value] of [['minimum', lo], ['medio', medio], ['maximum', hi]] as const) {
          prognoses.push({ kind: 'mpp', edition: ed.id, indicator, region: '', scenario, period, value, unit, ...common });
        }
      }
    }
    for (const region of regions) {
      for (const [indicator, unit, base] of REGIONAL) {
        const periods = indicator === 'housing-quota' ? [`${year + 1}-H1`, `${year + 1}-H2`] : [`${year + 2}-01-01`];
        for (const period of periods) {
          const value = Math.round(base * (0.5 + random()) * (region.startsWith('PV') ? 20 : 1));
          prognoses.push({ kind: 'mpp', edition: ed.id, indicator, region, scenario: 'point', period, value, unit, ...common });
        }
      }
    }
    if (i % 2 === 0) for (const [indicator, , unit, base] of NATIONAL.slice(0, 2)) {
      realisations.push({ indicator, region: '', period: String(year), value: Math.round(base * (0.7 + 0.6 * random())), unit, ...common });
    }
  });
  const tables = {
    sources: [{ id: source, title: 'SYNTHETISCHE DATA voor de benchmark: geen echte cijfers', publisher: 'SYNTHETISCH', date: '2999-12-31', form: 'statistics', reference: '', seed: '', excerpt: '', url: '' }],
    editions: editionRows,
    // Every indicator the code names must exist (the build checks it); those without synthetic
    // figures are listed only, as an indicator a data set has not filled yet.
    indicators: [
      ...NATIONAL.map(([id, label, unit]) => ({ id, label, slug: id, unit, definition: 'Synthetisch.' })),
      ...Object.values(NAMED_INDICATORS)
        .filter((i) => !NATIONAL.some(([id]) => id === i.id))
        .map((i) => ({ id: i.id, label: `Synthetisch: ${i.id}`, slug: i.id, unit: /capacity/.test(i.id) ? 'places' : 'persons', definition: 'Synthetisch.' })),
    ],
    prognoses,
    realisations,
    costs: [
      { type: 'regular', price_year: 2023, amount: 27100, unit: 'eur-per-place-per-year', ...common },
      { type: 'emergency-average', price_year: 2023, amount: 55700, unit: 'eur-per-place-per-year', ...common },
      { type: 'hotel', price_year: 2023, amount: 91000, unit: 'eur-per-place-per-year', ...common },
    ],
    costScenarios: [
      { id: 'synthetisch-mix', kind: 'mix', label: 'Synthetische mix', places: 88000, emergency_share: 50, regular_basis: 'regular', price_year: 2023, source, location: 'gegenereerd', quote: '', note: 'SYNTHETISCH' },
    ],
    basisScenarios: [],
  } satisfies Record<TableName, Record<string, unknown>[]>;
  return Object.fromEntries(
    (Object.keys(tables) as TableName[]).map((t) => [t, toCsv(columnsOf(t), tables[t])]),
  ) as Record<TableName, string>;
}

export const fileOf = (t: TableName) => TABLES[t].file;

/**
 * The indicators the code names: the site's headline and key figures, the model's sums, the letters'
 * sentences. Every indicator id written in src/ is here, with what it is needed for; the code uses
 * them as `INDICATOR.<name>` (typed: a name that is not here fails tsc). Validation checks that
 * indicators.csv still has every one (`namedIndicatorErrors`): a renamed or removed indicator is a
 * located data error with the nearest id as a hint, never a figure that quietly leaves a page.
 */
import type { DataError } from '../errors.ts';
import * as message from '../messages.ts';
import { nearest } from './nearest.ts';

export const NAMED_INDICATORS = {
  inflowTotal: { id: 'asylum-inflow-total', use: 'the total asylum inflow (home page, story, letters, the summed realisations)' },
  inflowTotalExclResettlement: {
    id: 'asylum-inflow-total-excl-resettlement',
    use: 'the asylum inflow without resettlement (a part of the summed total inflow; headline order)',
  },
  inflowResettlement: { id: 'asylum-inflow-resettlement', use: 'the resettlement (a part of the summed total inflow)' },
  inflowFirst: { id: 'asylum-inflow-first', use: 'the first asylum applications (headline order; instroom, letter to the Kamer)' },
  inflowNareis: { id: 'asylum-inflow-nareis', use: 'the nareis (headline order)' },
  inflowRepeat: { id: 'asylum-inflow-repeat', use: 'the repeated applications (headline order)' },
  occupancy: { id: 'coa-occupancy', use: 'the COA occupancy (headline order; opvang, letter to the Kamer)' },
  occupancyStatushouders: { id: 'coa-occupancy-statushouders', use: 'the statushouders in COA reception (headline order; opvang)' },
  capacityNeed: { id: 'coa-capacity-need', use: 'the COA capacity need (home page; opvang)' },
  capacityNeedAmv: { id: 'coa-capacity-need-amv', use: 'the part of the COA capacity need for amv (opvang)' },
  spreidingswet: { id: 'spreidingswet-capacity-estimate', use: 'the Spreidingswet estimate of reception places (opvang)' },
  spreidingswetAmv: { id: 'spreidingswet-capacity-estimate-amv', use: 'the amv part of the Spreidingswet estimate (opvang)' },
  housingQuota: { id: 'housing-quota', use: 'the taakstelling huisvesting statushouders (home page; huisvesting, uitstroom)' },
  housingQuotaKso: { id: 'housing-quota-kso', use: 'the KSO part of the taakstelling (huisvesting, uitstroom)' },
  housingTotalTask: { id: 'housing-quota-total-task', use: 'the total housing task (huisvesting, uitstroom)' },
  housingBacklog: { id: 'housing-quota-backlog', use: 'the backlog of the taakstelling (the municipalities page)' },
  spreidingswetPlacesDecided: { id: 'spreidingswet-places-decided', use: 'the places in the Spreidingswet allocation decisions (the municipalities page)' },
  spreidingswetPlacesInSight: { id: 'spreidingswet-places-in-sight', use: 'the places in sight after the allocation decisions (the municipalities page)' },
  ukraineMunicipalReception: { id: 'ukraine-municipal-reception', use: 'the Ukrainians in municipal reception (the municipalities page)' },
  nidosCapacityNeed: { id: 'nidos-capacity-need', use: 'the Nidos capacity need (huisvesting, uitstroom)' },
  ukraineInflowWeekly: { id: 'ukraine-net-inflow-weekly', use: 'the weekly net inflow from Ukraine (oekraine)' },
  ukraineInflow: { id: 'ukraine-net-inflow', use: 'the yearly net inflow from Ukraine (oekraine)' },
  ukraineResidents: { id: 'ukraine-residents', use: 'the displaced persons from Ukraine in the Netherlands (headline order; oekraine)' },
  ukraineThirdCountry: { id: 'ukraine-residents-third-country', use: 'the third-country nationals among them (oekraine)' },
  ukraineCapacityNeed: {
    id: 'ukraine-municipal-capacity-need',
    use: 'the municipal reception places needed for Ukrainians (home page; oekraine)',
  },
  ukraineCapacityRealised: {
    id: 'ukraine-municipal-capacity-realised',
    use: 'the municipal reception places realised for Ukrainians (oekraine)',
  },
} as const satisfies Record<string, { id: string; use: string }>;

type Named = typeof NAMED_INDICATORS;

/** An indicator id the code names. */
export type NamedIndicator = Named[keyof Named]['id'];

/** The ids by name: `INDICATOR.inflowTotal` is `'asylum-inflow-total'`. */
export const INDICATOR = Object.fromEntries(Object.entries(NAMED_INDICATORS).map(([name, i]) => [name, i.id])) as {
  readonly [K in keyof Named]: Named[K]['id'];
};

/**
 * One located error per named indicator that indicators.csv lacks, pointing at the file's id column
 * and naming the nearest ids the file has (a rename is the usual cause).
 */
export function namedIndicatorErrors(present: Iterable<string>, file: string, idColumn: number): DataError[] {
  const ids = [...present];
  const have = new Set(ids);
  return Object.values(NAMED_INDICATORS)
    .filter((i) => !have.has(i.id))
    .map((i) => ({
      file,
      line: 1,
      column: idColumn,
      message: message.table.missingIndicator(i.id, i.use, nearest(i.id, ids, 1)[0] ?? null),
    }));
}

/**
 * The indicators the letter code names, each with what the letters need it for. Every id the
 * letters rely on is here; the code uses them as `INDICATOR.<name>`. When the letters are composed,
 * `checkLetterIndicators` makes sure indicators.csv still has every one: a renamed or removed
 * indicator is a located build error, not a sentence that silently disappears.
 */
import { DataValidationError, type DataError } from '../errors.ts';
import { type Dataset, TABLES } from '../data/schema.ts';

export const LETTER_INDICATORS = {
  inflowTotal: { id: 'asylum-inflow-total', use: 'the total asylum inflow per scenario (instroom)' },
  inflowFirst: { id: 'asylum-inflow-first', use: 'the first asylum applications (instroom, letter to the Kamer)' },
  occupancy: { id: 'coa-occupancy', use: 'the COA occupancy (opvang, letter to the Kamer)' },
  occupancyStatushouders: { id: 'coa-occupancy-statushouders', use: 'the statushouders in COA reception (opvang)' },
  capacityNeed: { id: 'coa-capacity-need', use: 'the COA capacity need (opvang)' },
  capacityNeedAmv: { id: 'coa-capacity-need-amv', use: 'the part of the COA capacity need for amv (opvang)' },
  spreidingswet: { id: 'spreidingswet-capacity-estimate', use: 'the Spreidingswet estimate of reception places (opvang)' },
  spreidingswetAmv: { id: 'spreidingswet-capacity-estimate-amv', use: 'the amv part of the Spreidingswet estimate (opvang)' },
  housingQuota: { id: 'housing-quota', use: 'the taakstelling huisvesting statushouders (huisvesting, uitstroom)' },
  housingQuotaKso: { id: 'housing-quota-kso', use: 'the KSO part of the taakstelling (huisvesting, uitstroom)' },
  housingTotalTask: { id: 'housing-quota-total-task', use: 'the total housing task (huisvesting, uitstroom)' },
  nidosCapacityNeed: { id: 'nidos-capacity-need', use: 'the Nidos capacity need (huisvesting, uitstroom)' },
  ukraineInflowWeekly: { id: 'ukraine-net-inflow-weekly', use: 'the weekly net inflow from Ukraine (oekraine)' },
  ukraineInflow: { id: 'ukraine-net-inflow', use: 'the yearly net inflow from Ukraine (oekraine)' },
  ukraineResidents: { id: 'ukraine-residents', use: 'the displaced persons from Ukraine in the Netherlands (oekraine)' },
  ukraineThirdCountry: { id: 'ukraine-residents-third-country', use: 'the third-country nationals among them (oekraine)' },
  ukraineCapacityNeed: { id: 'ukraine-municipal-capacity-need', use: 'the municipal reception places needed for Ukrainians (oekraine)' },
  ukraineCapacityRealised: {
    id: 'ukraine-municipal-capacity-realised',
    use: 'the municipal reception places realised for Ukrainians (oekraine)',
  },
} as const satisfies Record<string, { id: string; use: string }>;

type Named = typeof LETTER_INDICATORS;

/** An indicator id the letters name. */
export type LetterIndicator = Named[keyof Named]['id'];

/** The ids by name: `INDICATOR.inflowTotal` is `'asylum-inflow-total'`. */
export const INDICATOR = Object.fromEntries(Object.entries(LETTER_INDICATORS).map(([name, i]) => [name, i.id])) as {
  readonly [K in keyof Named]: Named[K]['id'];
};

/** The indicators file as the loader names it when it loads `data/`. */
export const INDICATORS_FILE = `data/${TABLES.indicators.file}`;

/** Throw a DataValidationError with one error per indicator the letters need that the data set lacks. */
export function checkLetterIndicators(data: Dataset, file: string = INDICATORS_FILE): void {
  const present = new Set(data.indicators.map((i) => i.id));
  const errors: DataError[] = Object.values(LETTER_INDICATORS)
    .filter((i) => !present.has(i.id))
    .map((i) => ({ file, line: 1, column: 1, message: `no indicator "${i.id}"; the letters need it for ${i.use}` }));
  if (errors.length > 0) throw new DataValidationError(errors);
}

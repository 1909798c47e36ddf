/**
 * Every chart spec the build makes is valid Vega-Lite: each layout of each chart of the shipped
 * data, checked against vega-lite's own JSON schema. The types (src/charts/vega-lite-types.ts)
 * catch a wrong property where a spec is written; the schema also sees what only the data makes,
 * such as a size computed as Infinity. No rendering: a second or two.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { chartSpecs, type ChartSpec } from '../../src/charts/index.ts';
import { VARIANTS } from '../../src/charts/layout.ts';
import { loadDataset } from '../../src/data/load.ts';
import { deriveModel } from '../../src/model/index.ts';
import { DATA } from '../support/helpers.ts';

/** The schema of the vega-lite the charts are rendered with (draft-07, Ajv's default). */
const SCHEMA_FILE = createRequire(import.meta.url).resolve('vega-lite/vega-lite-schema.json');

let specs: ChartSpec[];
let validate: ValidateFunction;

test.before(async () => {
  const { data } = await loadDataset(DATA);
  specs = chartSpecs(data, deriveModel(data));
  // Ajv's default class compiles draft-07, the schema's own. Formats are not checked: Ajv knows
  // none without ajv-formats and in strict mode refuses a schema that names one, and the schema's
  // ("uri", "color-hex") only narrow URLs and colours that are strings either way. strictTypes is
  // off because the schema has union types and `minimum` without `type: number`, which Ajv would
  // log some two hundred warnings about; the other strict checks stay on.
  const ajv = new Ajv({ validateFormats: false, strictTypes: false });
  validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
});

/**
 * What is wrong with `spec` by the schema; empty when it is valid. The schema is mostly `anyOf`,
 * so Ajv reports why every alternative failed, at every level: only the errors at the deepest
 * place are kept, which is where the spec went wrong (a misspelt property shows up there as one
 * of the "additional properties").
 */
function problems(spec: unknown): string[] {
  if (validate(spec)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'anyOf');
  const depth = (path: string) => path.split('/').length;
  const deepest = Math.max(...errors.map((e) => depth(e.instancePath)));
  const lines = errors
    .filter((e) => depth(e.instancePath) === deepest)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${'additionalProperty' in e.params ? `: ${e.params.additionalProperty}` : ''}`);
  return [...new Set(lines)];
}

test('every layout of every chart the build makes is valid Vega-Lite', () => {
  const kinds = [...new Set(specs.map((s) => s.id.split('-')[0]))].sort();
  assert.equal(kinds, ['accuracy', 'costs', 'edition', 'indicator', 'realised'], 'every kind of chart is checked');
  assert.ok(specs.length > 40, `the shipped data makes more than 40 charts, not ${specs.length}`);
  const invalid: string[] = [];
  let checked = 0;
  for (const s of specs) {
    for (const [variant, spec] of Object.entries(s.variants)) {
      checked++;
      const found = problems(spec);
      if (found.length) invalid.push(`${s.id} (${variant}):\n  ${found.join('\n  ')}`);
    }
  }
  assert.is(checked, specs.length * VARIANTS.length, `${checked} specs checked: one per layout the build renders, for ${specs.length} charts`);
  const shown = invalid.slice(0, 5).join('\n') + (invalid.length > 5 ? `\n… and ${invalid.length - 5} more` : '');
  assert.equal(invalid.length, 0, `${invalid.length} of ${checked} chart specs are not valid Vega-Lite:\n${shown}`);
});

/** Every object with a `w` field inside a spec: the points of a scenario chart, with their line width. */
function points(spec: unknown, out: { scenario: string; w: number }[] = []): { scenario: string; w: number }[] {
  if (Array.isArray(spec)) for (const x of spec) points(x, out);
  else if (spec && typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    if (typeof o.w === 'number' && typeof o.scenario === 'string') out.push({ scenario: o.scenario, w: o.w });
    for (const v of Object.values(o)) points(v, out);
  }
  return out;
}

test("a scenario chart draws the scenario the edition plans on for that indicator thickest, not the edition's basis", () => {
  // MPP 2024-I plans on the medio scenario, but its Ukraine forecast on the mediaan of the band
  // (basis-scenarios.csv, Kamerbrief 5 April 2024 p. 3): the chart, the story and the letter agree.
  const thick = (id: string) => [...new Set(points(specs.find((s) => s.id === id)!.variants.wide).filter((p) => p.w === 3).map((p) => p.scenario))];
  assert.equal(thick('edition-2024-I-ukraine-net-inflow-weekly'), ['mediaan']);
  assert.equal(thick('edition-2024-I-asylum-inflow-total'), ['medio']);
});

test('the schema rejects a misspelt property and a value Vega-Lite does not know', () => {
  const spec = specs[0]!.variants.wide;
  assert.equal(problems(spec), [], 'the spec the broken copies are made from is valid');
  assert.ok(problems({ ...spec, heigth: 200 }).length > 0, 'a misspelt top-level property');
  assert.ok(problems({ ...spec, autosize: { type: 'fit-z' } }).length > 0, 'an autosize type that does not exist');
});

test.run();

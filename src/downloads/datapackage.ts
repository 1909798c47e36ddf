/**
 * The downloads described as a Frictionless (tabular) data package, `data/datapackage.json`: every
 * CSV with its fields. An input table's fields come from its zod schema (src/data/schema.ts: which
 * cells may be empty, the vocabularies a cell must come from) and the column texts of the data page;
 * whether a column holds numbers is read from the rows written, as it is for the derived tables,
 * which have no schema of their own.
 */
import { z } from 'zod';
import { columnsOf, type Dataset, TABLE_NAMES, TABLES } from '../data/schema.ts';
import type { Model } from '../model/index.ts';
import { columnText } from './catalogue.ts';
import { DERIVED_TABLES } from './derived-tables.ts';

interface JsonSchema {
  type?: string;
  enum?: string[];
  const?: string;
  minLength?: number;
  anyOf?: JsonSchema[];
}

interface Field {
  name: string;
  type: 'string' | 'number' | 'boolean';
  description?: string;
  constraints?: { required?: boolean; enum?: string[] };
}

/** The licence of the data set; the sources' own terms are stated in the package's description. */
export const LICENCE = { name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/', title: 'Creative Commons Zero v1.0 Universal' };

/**
 * The type of a column from its values: number or boolean when every value is one, else string.
 * Never "integer": the contract allows a decimal amount, even where every figure so far is whole.
 */
function typeOf(values: unknown[]): Field['type'] {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length === 0) return 'string';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number')) return 'number';
  return 'string';
}

/** Required and the allowed values, from the schema of the cell as read (io: input, every cell a string). */
function constraintsOf(cell: JsonSchema | undefined): Field['constraints'] {
  if (!cell) return undefined;
  const options = cell.anyOf ?? [cell];
  const mayBeEmpty = options.some((o) => o.const === '') || (options.length === 1 && !(cell.minLength! >= 1) && !cell.enum);
  const values = options.flatMap((o) => o.enum ?? []);
  const out: NonNullable<Field['constraints']> = {};
  if (!mayBeEmpty) out.required = true;
  if (values.length) out.enum = values;
  return Object.keys(out).length ? out : undefined;
}

function field(name: string, values: unknown[], description: string | undefined, cell?: JsonSchema): Field {
  const f: Field = { name, type: typeOf(values) };
  if (description) f.description = description;
  const c = constraintsOf(cell);
  if (c) f.constraints = c;
  return f;
}

const flatValue = (v: unknown) => (Array.isArray(v) ? v.join('|') : v);

export function dataPackage(data: Dataset, model: Model) {
  const input = TABLE_NAMES.map((t) => {
    const name = TABLES[t].file.replace(/\.csv$/, '');
    const schema = z.toJSONSchema(TABLES[t].row, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, JsonSchema> };
    const rows = data[t] as unknown as Record<string, unknown>[];
    return {
      name,
      path: `${name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: columnsOf(t).map((c) => field(c, rows.map((r) => flatValue(r[c])), columnText(t, c), schema.properties[c])),
        primaryKey: [...TABLES[t].key],
      },
    };
  });
  const derived = DERIVED_TABLES.map((d) => {
    const rows = d.rows(model);
    return {
      name: d.name,
      path: `derived/${d.name}.csv`,
      title: d.title,
      description: d.text,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: d.columns.map((c) => field(c, rows.map((r) => r[c]), undefined)), primaryKey: d.key },
    };
  });
  return {
    profile: 'tabular-data-package',
    name: 'mpp-migratieketen',
    title: 'Meerjaren Productie Prognose (MPP) migratieketen: ramingen, realisaties en kosten',
    description:
      'Elk cijfer met zijn bron, de plaats in de bron en een letterlijk citaat, en de cijfers die daaruit zijn afgeleid. ' +
      'De verzameling staat onder CC0-1.0. De bronnen zijn openbare stukken van de Rijksoverheid, de Staten-Generaal, de IND, het COA en het CBS; ' +
      'het CBS publiceert zijn cijfers onder CC BY 4.0: noem bij hergebruik van die cijfers het CBS als bron (kolom source, sources.csv).',
    language: 'nl',
    licenses: [LICENCE],
    resources: [...input, ...derived],
  };
}

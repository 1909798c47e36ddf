/**
 * Checks across rows and tables: references between tables, duplicates, units, and the order of a
 * scenario set. Pure: takes located rows, returns located errors.
 */
import type { DataError } from '../errors.ts';
import { type Dataset, isMppPrognosis, TABLES, type TableName } from './schema.ts';
import { COST_TYPE, FIGURE_KIND, SCENARIO_ORDER } from './vocabulary.ts';

/** A parsed row with the place it came from. */
export interface Located<R> {
  row: R;
  file: string;
  line: number;
  header: string[];
}

type Tables = { [T in TableName]: Located<Dataset[T][number]>[] };

function at<R>(l: Located<R>, field: string, message: string): DataError {
  const value = (l.row as Record<string, unknown>)[field];
  return {
    file: l.file,
    line: l.line,
    column: l.header.indexOf(field) + 1,
    field,
    value: value === null || value === undefined ? '' : Array.isArray(value) ? value.join('|') : String(value),
    message,
  };
}

function duplicates(table: TableName, rows: Located<unknown>[]): DataError[] {
  const key = TABLES[table].key as readonly string[];
  const first = new Map<string, Located<unknown>>();
  const errors: DataError[] = [];
  for (const l of rows) {
    const r = l.row as Record<string, unknown>;
    const k = key.map((c) => String(r[c] ?? '')).join('\u0000');
    const earlier = first.get(k);
    if (earlier) {
      const field = key[0] ?? '';
      errors.push(
        at(l, field, `duplicate figure: the same ${key.join(', ')} as line ${earlier.line}; keep one row or correct the key`),
      );
    } else first.set(k, l);
  }
  return errors;
}

function references<R>(
  rows: Located<R>[],
  field: keyof R & string,
  known: Set<string>,
  what: string,
): DataError[] {
  const list = [...known].sort().join(', ');
  return rows
    .filter((l) => l.row[field] !== null && !known.has(String(l.row[field])))
    .map((l) => at(l, field, `unknown ${what}; expected one of: ${list}`));
}

function scenarioOrder(rows: Tables['prognoses']): DataError[] {
  const sets = new Map<string, Map<string, Located<Dataset['prognoses'][number]>>>();
  for (const l of rows) {
    const r = l.row;
    if (!isMppPrognosis(r)) continue;
    const k = [r.edition, r.indicator, r.region ?? '', r.period, r.source].join('\u0000');
    if (!sets.has(k)) sets.set(k, new Map());
    sets.get(k)!.set(r.scenario, l);
  }
  const errors: DataError[] = [];
  for (const set of sets.values()) {
    for (const [low, high] of SCENARIO_ORDER) {
      const a = set.get(low);
      const b = set.get(high);
      if (a && b && a.row.value > b.row.value) {
        errors.push(
          at(b, 'value', `scenario order: ${high} (${b.row.value}) is below ${low} (${a.row.value}) on line ${a.line}; expected ${low} ≤ ${high}`),
        );
      }
    }
  }
  return errors;
}

type Edition = Dataset['editions'][number];
type Source = Dataset['sources'][number];

/**
 * What a figure's kind asks of it. An MPP prognosis names its edition and scenario, and its source
 * cannot be older than the edition; any other kind (a target, a set figure, an outlook) has neither,
 * so that it is never shown under an edition's name.
 */
function figureKinds(rows: Tables['prognoses'], editions: Map<string, Edition>, sources: Map<string, Source>): DataError[] {
  const errors: DataError[] = [];
  for (const l of rows) {
    const r = l.row;
    if (r.kind !== 'mpp') {
      const what = `a ${r.kind} figure (${FIGURE_KIND[r.kind].label.toLowerCase()}) is not an MPP prognosis`;
      if (r.edition !== null) errors.push(at(l, 'edition', `${what}: leave the edition empty (say in the note which MPP it rests on, if the source says so)`));
      if (r.scenario !== null) errors.push(at(l, 'scenario', `${what}: leave the scenario empty`));
      continue;
    }
    if (r.edition === null) {
      errors.push(at(l, 'edition', 'an MPP prognosis needs the edition it comes from, such as 2024-II'));
      continue;
    }
    const edition = editions.get(r.edition);
    if (!edition) continue; // reported as an unknown edition id
    if (r.scenario === null) {
      errors.push(at(l, 'scenario', `an MPP prognosis needs a scenario: ${edition.scenarios.join(', ')}, or point for a single figure`));
    } else if (r.scenario !== 'point' && !edition.scenarios.includes(r.scenario)) {
      errors.push(at(l, 'scenario', `edition ${edition.id} has the scenarios ${edition.scenarios.join(', ')} (or point for a single figure)`));
    }
    const source = sources.get(r.source);
    if (source && source.date.slice(0, edition.published.length) < edition.published) {
      errors.push(
        at(l, 'source', `source ${source.id} is dated ${source.date}, before ${edition.label} was published (${edition.published}); a figure it gives cannot be a prognosis of that edition`),
      );
    }
  }
  return errors;
}

/** A figure from a questions-and-answers document says whether a member asked it or the minister answered it. */
function voices(
  rows: Located<{ source: string; voice: string | null }>[],
  sources: Map<string, Source>,
): DataError[] {
  const errors: DataError[] = [];
  for (const l of rows) {
    const source = sources.get(l.row.source);
    if (!source) continue;
    if (source.form === 'qa' && l.row.voice === null) {
      errors.push(at(l, 'voice', `source ${source.id} is questions and answers: say whether the figure stands in a question or an answer`));
    } else if (source.form !== 'qa' && l.row.voice !== null) {
      errors.push(at(l, 'voice', `source ${source.id} is not questions and answers (form ${source.form}): leave the voice empty`));
    }
  }
  return errors;
}

export function crossCheck(t: Tables): DataError[] {
  const sources = new Set(t.sources.map((l) => l.row.id));
  const sourceById = new Map(t.sources.map((l) => [l.row.id, l.row]));
  const editions = new Map(t.editions.map((l) => [l.row.id, l.row]));
  const indicators = new Map(t.indicators.map((l) => [l.row.id, l.row]));
  const errors: DataError[] = [];

  for (const name of Object.keys(TABLES) as TableName[]) errors.push(...duplicates(name, t[name]));
  // An indicator's page address is its slug: two indicators cannot share one.
  const slugs = new Map<string, number>();
  for (const l of t.indicators) {
    const earlier = slugs.get(l.row.slug);
    if (earlier !== undefined) errors.push(at(l, 'slug', `the slug is already the address of the indicator on line ${earlier}; give each indicator its own`));
    else slugs.set(l.row.slug, l.line);
  }

  errors.push(...references(t.editions, 'source', sources, 'source id'));
  errors.push(...references(t.prognoses, 'edition', new Set(editions.keys()), 'edition id'));
  errors.push(...references(t.prognoses, 'indicator', new Set(indicators.keys()), 'indicator id'));
  errors.push(...references(t.prognoses, 'source', sources, 'source id'));
  errors.push(...references(t.realisations, 'indicator', new Set(indicators.keys()), 'indicator id'));
  errors.push(...references(t.realisations, 'source', sources, 'source id'));
  errors.push(...references(t.costs, 'source', sources, 'source id'));
  errors.push(...references(t.costScenarios, 'source', sources, 'source id'));
  const priceYears = new Set(t.costs.map((l) => String(l.row.price_year)));
  for (const l of t.costScenarios) {
    if (!priceYears.has(String(l.row.price_year))) {
      errors.push(at(l, 'price_year', `no costs in costs.csv have price year ${l.row.price_year}`));
    }
  }

  for (const l of t.editions) {
    if (!l.row.scenarios.includes(l.row.basis)) {
      errors.push(at(l, 'basis', `the basis scenario must be one of the edition's scenarios (${l.row.scenarios.join(', ')})`));
    }
  }
  errors.push(...figureKinds(t.prognoses, editions, sourceById));
  errors.push(...voices([...t.prognoses, ...t.realisations, ...t.costs], sourceById));
  for (const l of [...t.prognoses, ...t.realisations]) {
    const r = l.row;
    if (r.value_high !== null && r.value_high < r.value) {
      errors.push(at(l, 'value_high', `the high end of a range (${r.value_high}) is below its low end, value ${r.value}`));
    }
    if (r.qualifier_scope !== null && r.qualifier === null) {
      errors.push(at(l, 'qualifier_scope', 'a qualifier scope needs a qualifier: leave it empty, or fill in the qualifier the list shares'));
    }
  }
  for (const l of t.sources) {
    if (l.row.seed !== null && l.row.excerpt !== null) {
      errors.push(at(l, 'excerpt', 'a source has its text in ../shared/seeds/ (seed) or under data/sources/ (excerpt), not both'));
    }
  }
  errors.push(...references(t.basisScenarios, 'edition', new Set(editions.keys()), 'edition id'));
  errors.push(...references(t.basisScenarios, 'indicator', new Set(indicators.keys()), 'indicator id'));
  errors.push(...references(t.basisScenarios, 'source', sources, 'source id'));
  for (const l of t.basisScenarios) {
    const edition = editions.get(l.row.edition);
    if (edition && !edition.scenarios.includes(l.row.scenario)) {
      errors.push(at(l, 'scenario', `edition ${edition.id} has the scenarios ${edition.scenarios.join(', ')}`));
    }
  }
  for (const l of [...t.prognoses, ...t.realisations]) {
    const indicator = indicators.get(l.row.indicator);
    if (indicator && indicator.unit !== l.row.unit) {
      errors.push(at(l, 'unit', `indicator ${indicator.id} is counted in ${indicator.unit}`));
    }
  }
  for (const l of t.costs) {
    const unit = COST_TYPE[l.row.type].unit;
    if (unit !== l.row.unit) errors.push(at(l, 'unit', `a ${l.row.type} cost is stated in ${unit}`));
  }
  errors.push(...scenarioOrder(t.prognoses));
  return errors;
}

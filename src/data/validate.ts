/**
 * Checks across rows and tables: references between tables, duplicates, units, and the order of a
 * scenario set. Pure: takes located rows, returns located errors.
 */
import { type DataError, pushAll } from '../errors.ts';
import * as message from '../messages.ts';
import { type Dataset, isMppPrognosis, TABLES, type TableName } from './schema.ts';
import { namedIndicatorErrors } from './indicators.ts';
import { type Basis, betweenScenarios, COST_TYPE, FIGURE_KIND, PROVISIONAL_MARK, SCENARIO_ORDER, type Scenario, SET_SCENARIOS } from './vocabulary.ts';
import { DUTCH_MONTH_PATTERN, firstDayOf, lastDayOf, parsePeriod } from './period.ts';

/** A parsed row with the place it came from. */
export interface Located<R> {
  row: R;
  file: string;
  line: number;
  header: string[];
}

type Tables = { [T in TableName]: Located<Dataset[T][number]>[] };

function at(l: Located<unknown>, field: string, message: string): DataError {
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
        at(l, field, message.table.duplicate(key, earlier.line)),
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
  const list = [...known].sort();
  return rows
    .filter((l) => l.row[field] !== null && !known.has(String(l.row[field])))
    .map((l) => at(l, field, message.table.unknownReference(what, list)));
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
          at(b, 'value', message.table.scenarioOrder(high, b.row.value, low, a.row.value, a.line)),
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
      const what = message.table.notMpp(r.kind, FIGURE_KIND[r.kind].label.toLowerCase());
      if (r.edition !== null) errors.push(at(l, 'edition', message.table.notMppWithEdition(what)));
      if (r.scenario !== null) errors.push(at(l, 'scenario', message.table.notMppWithScenario(what)));
      continue;
    }
    if (r.edition === null) {
      errors.push(at(l, 'edition', message.table.mppWithoutEdition()));
      continue;
    }
    const edition = editions.get(r.edition);
    if (!edition) continue; // reported as an unknown edition id
    if (r.scenario === null) {
      errors.push(at(l, 'scenario', message.table.mppWithoutScenario(edition.scenarios)));
    } else if (r.scenario !== 'point' && !edition.scenarios.includes(r.scenario)) {
      errors.push(at(l, 'scenario', message.table.scenarioNotInEdition(edition.id, edition.scenarios)));
    }
    const source = sources.get(r.source);
    if (source && source.date.slice(0, edition.published.length) < edition.published) {
      errors.push(
        at(l, 'source', message.table.sourceBeforeEdition(source.id, source.date, edition.label, edition.published)),
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
      errors.push(at(l, 'voice', message.table.voiceMissing(source.id)));
    } else if (source.form !== 'qa' && l.row.voice !== null) {
      errors.push(at(l, 'voice', message.table.voiceNotQa(source.id, source.form)));
    }
  }
  return errors;
}

/**
 * A basis against its edition: each scenario it names is one the edition has, and a between-basis
 * (`medio..maximum`) runs from a lower scenario to a higher one.
 */
function basisErrors(l: Located<unknown>, field: string, basis: Basis, edition: Edition, notIn: (scenarios: readonly string[]) => string): DataError[] {
  const between = betweenScenarios(basis);
  const named: Scenario[] = between ?? [basis as Scenario];
  if (named.some((s) => !edition.scenarios.includes(s))) return [at(l, field, notIn(edition.scenarios))];
  if (between && !SCENARIO_ORDER.some(([low, high]) => low === between[0] && high === between[1])) {
    return [at(l, field, message.table.betweenOrder(between[0], between[1]))];
  }
  return [];
}

/** Words that show a quote gives a band of scenarios, not a range of one figure ("bandbreedte van 350 (minimum scenario) en 780 (maximum scenario)"). */
const SCENARIO_BAND = new RegExp(`bandbreedte|(${SET_SCENARIOS.join('|')})[ -]?scenario`, 'i');

const MONTHS = DUTCH_MONTH_PATTERN;
/** "per 2027": from 2027 on (not followed by a day and month, as "per 1 januari 2027" is). */
const PER_YEAR = /\bper ((?:19|20)\d{2})\b(?![.,]?\d)/i;
/** "per 1 januari 2027": a stock on that day. */
const PER_DAY = new RegExp(`\\bper (\\d{1,2}) (${MONTHS}) ((?:19|20)\\d{2})\\b`, 'i');
/** "sinds 2022", "sinds 24 februari 2022", "vanaf 1 maart 2022": a start the quote names. */
const NAMED_START = new RegExp(`\\b(sinds|vanaf) ((\\d{1,2} )?(${MONTHS}) )?((?:19|20)\\d{2})\\b`, 'i');

/**
 * A period against the words of its quote: "per 2027" (from 2027 on) is not the stock "per 1 januari
 * 2027", and a count whose start the quote names is an interval, not a period with an open start.
 */
function periodWords(rows: Located<{ period: string; quote: string | null }>[]): DataError[] {
  const errors: DataError[] = [];
  for (const l of rows) {
    const p = parsePeriod(l.row.period);
    const quote = l.row.quote ?? '';
    // Each kind of period has its own words to look for.
    if (p?.kind === 'date') {
      const perYear = PER_YEAR.exec(quote);
      if (perYear && Number(perYear[1]) === p.year) errors.push(at(l, 'period', message.table.perYearAsDate(perYear[0], `${perYear[1]}-01-01/..`)));
    } else if (p?.kind === 'from') {
      const perDay = PER_DAY.exec(quote);
      if (perDay && Number(perDay[3]) === p.year) errors.push(at(l, 'period', message.table.perDateAsFrom(perDay[0], p.start)));
    } else if (p?.kind === 'until') {
      const start = NAMED_START.exec(quote);
      if (start) errors.push(at(l, 'period', message.table.openStartNamed(start[0], p.end!)));
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

  for (const name of Object.keys(TABLES) as TableName[]) pushAll(errors, duplicates(name, t[name]));
  // An indicator's page address is its slug: two indicators cannot share one.
  const slugs = new Map<string, number>();
  for (const l of t.indicators) {
    const earlier = slugs.get(l.row.slug);
    if (earlier !== undefined) errors.push(at(l, 'slug', message.table.duplicateSlug(earlier)));
    else slugs.set(l.row.slug, l.line);
  }

  // The indicators the site, the model and the letters name in code must exist.
  const indicatorHeader = t.indicators[0]?.header ?? [];
  pushAll(
    errors,
    namedIndicatorErrors(indicators.keys(), t.indicators[0]?.file ?? `data/${TABLES.indicators.file}`, indicatorHeader.indexOf('id') + 1 || 1),
  );
  pushAll(errors, references(t.editions, 'source', sources, 'source id'));
  pushAll(errors, references(t.prognoses, 'edition', new Set(editions.keys()), 'edition id'));
  pushAll(errors, references(t.prognoses, 'indicator', new Set(indicators.keys()), 'indicator id'));
  pushAll(errors, references(t.prognoses, 'source', sources, 'source id'));
  pushAll(errors, references(t.realisations, 'indicator', new Set(indicators.keys()), 'indicator id'));
  pushAll(errors, references(t.realisations, 'source', sources, 'source id'));
  pushAll(errors, references(t.costs, 'source', sources, 'source id'));
  pushAll(errors, references(t.costScenarios, 'source', sources, 'source id'));
  const priceYears = new Set(t.costs.map((l) => String(l.row.price_year)));
  const costKeys = new Set(t.costs.map((l) => `${l.row.type}/${l.row.price_year}`));
  for (const l of t.costScenarios) {
    if (!priceYears.has(String(l.row.price_year))) {
      errors.push(at(l, 'price_year', message.table.noCostsInPriceYear(l.row.price_year)));
      continue;
    }
    // A cost calculation (src/model/costs.ts) weighs an emergency place against a regular one of the same price year.
    if (!costKeys.has(`emergency-average/${l.row.price_year}`)) {
      errors.push(at(l, 'price_year', message.table.missingCost('emergency-average', l.row.price_year, 'the calculation needs the average cost of an emergency place')));
    }
    if (l.row.regular_basis === 'regular' && !costKeys.has(`regular/${l.row.price_year}`)) {
      errors.push(at(l, 'regular_basis', message.table.missingCost('regular', l.row.price_year, 'the calculation needs the cost of a regular place (or regular_basis half-emergency)')));
    }
  }

  for (const l of t.editions) {
    pushAll(errors, basisErrors(l, 'basis', l.row.basis, l.row, message.table.basisNotInEdition));
    // The edition's figures may reach parliament before the document that reports them (MPP 2024-II: sent
    // "begin november" 2024, explained in the nota of 7 February 2025), never after it.
    const source = sourceById.get(l.row.source);
    if (source && firstDayOf(l.row.published) > lastDayOf(source.date)) {
      errors.push(at(l, 'published', message.table.publishedAfterSource(l.row.published, source.id, source.date)));
    }
  }
  pushAll(errors, figureKinds(t.prognoses, editions, sourceById));
  pushAll(errors, voices([...t.prognoses, ...t.realisations, ...t.costs], sourceById));
  for (const l of [...t.prognoses, ...t.realisations]) {
    const r = l.row;
    if (r.value_high !== null && r.value_high < r.value) {
      errors.push(at(l, 'value_high', message.table.rangeReversed(r.value_high, r.value)));
    }
    if (r.qualifier_scope !== null && r.qualifier === null) {
      errors.push(at(l, 'qualifier_scope', message.table.scopeWithoutQualifier()));
    }
  }
  // "tussen 350 (minimum scenario) en 780 (maximum scenario)" is two figures of two scenarios, not a range.
  for (const l of t.prognoses) {
    const band = l.row.kind === 'mpp' && l.row.value_high !== null ? SCENARIO_BAND.exec(l.row.quote ?? '') : null;
    if (band) errors.push(at(l, 'value_high', message.table.scenarioBandAsRange(band[0])));
  }
  pushAll(errors, periodWords([...t.prognoses, ...t.realisations]));
  for (const l of t.realisations) {
    if (l.row.status === 'provisional' && !PROVISIONAL_MARK.test(l.row.quote ?? '')) {
      errors.push(at(l, 'status', message.table.provisionalUnmarked()));
    }
  }
  for (const l of t.sources) {
    if (l.row.seed !== null && l.row.excerpt !== null) {
      errors.push(at(l, 'excerpt', message.table.seedAndExcerpt()));
    }
    if (l.row.excerpt_partial !== null && l.row.excerpt === null) {
      errors.push(at(l, 'excerpt_partial', message.table.partialWithoutExcerpt(l.row.seed !== null)));
    }
  }
  pushAll(errors, references(t.basisScenarios, 'edition', new Set(editions.keys()), 'edition id'));
  pushAll(errors, references(t.basisScenarios, 'indicator', new Set(indicators.keys()), 'indicator id'));
  pushAll(errors, references(t.basisScenarios, 'source', sources, 'source id'));
  for (const l of t.basisScenarios) {
    const edition = editions.get(l.row.edition);
    if (edition) {
      pushAll(errors, basisErrors(l, 'scenario', l.row.scenario, edition, (s) => message.table.basisScenarioNotInEdition(edition.id, s)));
    }
  }
  // A realisation may be counted in another unit where the indicator allows it (CBS counts persons where
  // the IND counts applications); a forecast is in the indicator's own unit.
  for (const l of t.realisations) {
    const indicator = indicators.get(l.row.indicator);
    if (indicator && indicator.unit !== l.row.unit && !indicator.other_units.includes(l.row.unit)) {
      errors.push(at(l, 'unit', message.table.indicatorUnit(indicator.id, indicator.unit, indicator.other_units, l.row.unit)));
    }
  }
  for (const l of t.prognoses) {
    const indicator = indicators.get(l.row.indicator);
    if (indicator && indicator.unit !== l.row.unit) {
      errors.push(at(l, 'unit', message.table.forecastUnit(indicator.id, indicator.unit, l.row.unit)));
    }
  }
  for (const l of t.costs) {
    const unit = COST_TYPE[l.row.type].unit;
    if (unit !== l.row.unit) errors.push(at(l, 'unit', message.table.costUnit(l.row.type, unit)));
  }
  pushAll(errors, scenarioOrder(t.prognoses));
  return errors;
}

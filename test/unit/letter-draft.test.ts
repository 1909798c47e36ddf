/**
 * `npm run letter:draft`: the unedited draft of every edition and kind builds, is dated as the
 * document that reports its edition, states only what existed on that date, gives every figure its
 * reference by key and every derived number as an expression over references. The figures below are
 * worked out by hand from data/prognoses.csv and data/costs.csv.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { DataValidationError, formatError } from '../../src/errors.ts';
import { deriveModel, type Model } from '../../src/model/index.ts';
import { composeSentences } from '../../src/letters/narrative/index.ts';
import { composeWritten } from '../../src/letters/written/compose.ts';
import { dataAsOf, draftDate, draftMarkdown } from '../../src/letters/written/draft.ts';
import { parseExpression } from '../../src/letters/written/expressions.ts';
import { LETTER_KINDS, loadWrittenLetters } from '../../src/letters/written/load.ts';
import { type LetterContext, resolveExpression } from '../../src/letters/written/references.ts';
import type { Senders } from '../../src/letters/written/senders.ts';
import { bufferIo, invoke } from '../../src/cli/command.ts';
import { command as draftCommand } from '../../scripts/letter-draft.ts';
import { scratchData } from '../support/helpers.ts';
import { shipped } from '../support/shipped.ts';

let data: Dataset;
let model: Model;
let senders: Senders;

test.before(async () => {
  ({ data, model, senders } = await shipped());
});

const draft = (edition: string, kind: 'tweede-kamer' | 'gemeenten' = 'tweede-kamer') => draftMarkdown(data, model, senders, edition, kind);

/** What a reference prints in a letter of `edition` dated `date`. */
function prints(expression: string, edition: string, date: string, d = data): string {
  const { expression: e, problem } = parseExpression(expression);
  assert.ok(e, problem);
  const m = d === data ? model : deriveModel(d);
  const r = resolveExpression(e!, { data: d, model: m, edition, date, ownSource: null } satisfies LetterContext, 1);
  if (!r.ok) throw new Error(r.problem);
  return r.value.text;
}

test('the unedited draft of every edition and kind builds, and prints the generated text of its date', async () => {
  const dir = await scratchData();
  try {
    const io = bufferIo(path.dirname(dir));
    for (const e of data.editions) {
      for (const kind of LETTER_KINDS) {
        assert.is(await invoke(draftCommand, [e.id, kind, '--force', '--data', dir], io), 0, `${e.id} ${kind}: ${io.stderr}`);
      }
    }
    const { data: d } = await loadDataset(dir);
    let letters;
    try {
      letters = (await loadWrittenLetters(dir, d, deriveModel(d))).letters;
    } catch (error) {
      if (error instanceof DataValidationError) assert.unreachable(error.errors.map(formatError).join('\n'));
      throw error;
    }
    assert.is(letters.length, data.editions.length * LETTER_KINDS.length);
    for (const l of letters) {
      // Every generated sentence, as it read on the draft's date, is printed by the built draft:
      // each of its numbers came back from its reference.
      const printed = composeWritten(l, d).paragraphs.join(' ');
      const then = dataAsOf(d, l.front.date);
      for (const s of composeSentences(then, deriveModel(then), l.edition.id, l.letter)) {
        assert.ok(printed.includes(s.text), `${l.file}: not printed: ${s.text}`);
      }
    }
    // The only numbers left marked literal are the scenarios' chances of exceedance, which are definitions.
    const literals = new Set<string>();
    for (const l of letters) for (const m of (await readFile(path.join(dir, 'letters', l.edition.id, `${l.letter}.md`), 'utf8')).matchAll(/\{\{ "([^"]*)" \| literal \}\}/g)) literals.add(m[1]!);
    assert.equal([...literals].sort(), ['33%', '50%']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a draft is dated as the document that reports its edition, the last day of its month when only the month is known", () => {
  const date = (id: string) => draftDate(data, data.editions.find((e) => e.id === id)!);
  // editions.csv source → sources.csv date
  assert.is(date('2021-09'), '2022-07-01', 'MPP september 2021 is reported by the Kamerbrief of 1 July 2022');
  assert.is(date('2022-02'), '2022-07-01');
  assert.is(date('2024-I'), '2024-04-05');
  assert.is(date('2024-II'), '2025-02-07', 'MPP 2024-II is reported by the nota of 7 February 2025');
  assert.is(date('2025'), '2025-09-26');
  const monthOnly = { ...data, sources: data.sources.map((s) => (s.id === 'ek-2025-02-07-begroting-am' ? { ...s, date: '2025-02' } : s)) };
  assert.is(draftDate(monthOnly, data.editions.find((e) => e.id === '2024-II')!), '2025-02-28');
  assert.match(draft('2024-II'), /\ndate: 2025-02-07\n/);
  assert.match(draft('2021-09'), /\ndate: 2022-07-01\n/);
});

test('a past edition\'s draft states only what existed on its date', () => {
  // MPP 2024-II's first applications ("35.000 voor zowel 2025 als 2026") and its scenario set are
  // quoted only in the MPP 2025 letter of 26 September 2025, after the draft's date of 7 February 2025.
  const md = draft('2024-II');
  assert.not.match(md, 'asylum-inflow-first');
  assert.not.match(md, '"asylum-inflow-total", "2025", "minimum"');
  // The taakstelling of 2025-H1 (17.700) is in the nota of that date, so it is there.
  assert.match(md, '{{ fig("housing-quota", "2025-H1", "set") }}');
  assert.is(prints('fig("housing-quota", "2025-H1", "set")', '2024-II', '2025-02-07'), '17.700');
  // Dated when MPP 2024-II appeared (November 2024), the same reference would cite a source of later.
  assert.throws(() => prints('fig("housing-quota", "2025-H1", "set")', '2024-II', '2024-11-30'), /dated after the letter/);
});

test('a draft gives every figure its reference by key, never another figure that happens to have the same value', () => {
  const md = draft('2025');
  // "Een afbouw van 5.600 noodopvangplekken": the cost calculation's own places, not a COA forecast
  // that also is 5.600.
  assert.match(md, 'Een afbouw van {{ derived("ombouw-5600-noodopvangplekken", "places") }} noodopvangplekken');
  assert.is(prints('derived("ombouw-5600-noodopvangplekken", "places")', '2025', '2025-09-26'), '5.600');
  const kosten = md.slice(md.indexOf('Kosten van de opvang'));
  assert.not.match(kosten, 'fig(');
  // The previous edition's figure by its edition and scenario.
  assert.match(draft('2022-02'), '(dit was {{ fig("asylum-inflow-total", "2022", "point", "2021-09") }} in de vorige MPP');
  // Two figures that print the same number keep their own keys: MPP september 2021 made 41.500 too.
  const same = { ...data, prognoses: data.prognoses.map((p) => (p.edition === '2021-09' && p.indicator === 'asylum-inflow-total' ? { ...p, value: 41500 } : p)) };
  const md2 = draftMarkdown(same, deriveModel(same), senders, '2022-02', 'tweede-kamer');
  assert.match(
    md2,
    'uit op {{ fig("asylum-inflow-total", "2022", "point") }} (dit was {{ fig("asylum-inflow-total", "2022", "point", "2021-09") }} in de vorige MPP',
  );
});

test('a draft writes derived numbers as expressions over references, and they follow the data', () => {
  const a = 'fig("asylum-inflow-total", "2022", "point")';
  const b = 'fig("asylum-inflow-total", "2022", "point", "2021-09")';
  // 41.500 (MPP februari 2022) − 34.370 (MPP september 2021) = 7.130 → "ruim 7.000"; 7.130 / 34.370 = 20,7 % → "+21%".
  assert.match(draft('2022-02'), `Berekend uit die twee ramingen is dat een stijging van {{ difference(${a}, ${b}) }} asielaanvragen ({{ relative(${a}, ${b}) }})`);
  assert.is(prints(`difference(${a}, ${b})`, '2022-02', '2022-07-01'), 'ruim 7.000');
  assert.is(prints(`relative(${a}, ${b})`, '2022-02', '2022-07-01'), '+21%');
  // The taakstelling: 17.700 (2025-H1) − 17.000 (2024-H2) = 700; the draft of main wrote "700" as a literal.
  const quota = 'difference(fig("housing-quota", "2025-H1", "set"), fig("housing-quota", "2024-H2", "set"))';
  assert.match(draft("2024-II", "gemeenten"), `Berekend uit beide taakstellingen is dat {{ ${quota} }} meer dan de taakstelling`);
  assert.is(prints(quota, '2024-II', '2025-02-07'), '700');
  // A changed value changes the derived number: 18.000 − 17.000.
  const changed = { ...data, prognoses: data.prognoses.map((p) => (p.indicator === 'housing-quota' && p.period === '2025-H1' ? { ...p, value: 18000 } : p)) };
  assert.is(prints(quota, '2024-II', '2025-02-07', changed), '1.000');
  // Costs: 27.100 / 365 = 74,25 → "ruim € 74" a day; 91.000 / 27.100 = 3,36 → "ruim 3" times.
  assert.is(prints('perDay(cost("regular", "2023"))', '2025', '2025-09-26'), 'ruim € 74');
  assert.is(prints('ratio(cost("hotel", "2023"), cost("regular", "2023"))', '2025', '2025-09-26'), 'ruim 3');
  // The saving of 5.600 places × (€ 55.700 − € 27.850) = € 155.960.000 → "bijna € 156 miljoen"; the regular place at half of € 55.700.
  assert.is(prints('derived("ombouw-5600-noodopvangplekken", "rounded")', '2025', '2025-09-26'), 'bijna € 156 miljoen');
  assert.is(prints('derived("ombouw-5600-noodopvangplekken", "regular")', '2025', '2025-09-26'), '€ 27.850');
  // A norm per night for a year: € 44 × 365 = € 16.060 (the row is a member's question; made an answer here).
  const answered = { ...data, costs: data.costs.map((c) => (c.type === 'ukraine-norm' ? { ...c, voice: 'answer' as const } : c)) };
  assert.is(prints('perYear(cost("ukraine-norm", "2025"))', '2025', '2025-09-26', answered), '€ 16.060');
});

test.run();

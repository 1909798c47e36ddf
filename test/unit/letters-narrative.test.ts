/**
 * The sentences of the letters, without a browser: the comparisons of the source letters, worked
 * out by hand, the words for rises and falls, the rounding words, the scenario switch of MPP 2025.
 * Also the pure parts of the print step (artifact marking, typesetting, chart SVG).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadDataset } from '../../src/data/load.ts';
import { deriveModel, type Model } from '../../src/model/index.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { composeLetters, letterSentences, plannedLetters, type Sentence } from '../../src/letters/index.ts';
import { composeLetter } from '../../src/letters/compose.ts';
import { contentOps, markArtifacts, unmarkedObjects } from '../../src/letters/pdf/index.ts';
import { FONT_ORIGIN, fontAssets, letterSvg, renderLetterHtml } from '../../src/letters/render.ts';
import { forPeriod, proseMoney, proseNumber, when } from '../../src/format/prose.ts';
import { typeset } from '../../src/letters/templates.ts';
import { DATA } from '../support/helpers.ts';

let data: Dataset;
let model: Model;
let sentences: Sentence[];
test.before(async () => {
  data = (await loadDataset(DATA)).data;
  model = deriveModel(data);
  sentences = letterSentences(data, model);
});

const text = (id: string, list = sentences) => {
  const s = list.find((x) => x.id === id);
  if (!s) throw new Error(`no sentence ${id}; ids: ${list.map((x) => x.id).join('\n')}`);
  return s.text;
};

test('MPP 2025 against MPP 2024-II, total inflow 2025: the sentence of the letter', () => {
  // Letter of 26 September 2025, §1: ca. 40.000 / 47.000 / 55.300 (dit was 45.000, 66.000 en 74.800).
  assert.is(
    text('2025/tweede-kamer/instroom/asylum-inflow-total-2025'),
    'Voor 2025 laat het prognosemodel een totale asielinstroom zien van ca. 40.000 in het minimumscenario, ' +
      '47.000 in het medioscenario en 55.300 in het maximumscenario (dit was 45.000, 66.000 en 74.800 in het ' +
      'minimum-, medio- en maximumscenario van de vorige MPP (2024-II)).',
  );
});

test('MPP 2025 against MPP 2024-II, total inflow 2026', () => {
  assert.is(
    text('2025/tweede-kamer/instroom/asylum-inflow-total-2026'),
    'Voor 2026 laat het prognosemodel een totale asielinstroom zien van ca. 39.000 in het minimumscenario, ' +
      '51.000 in het medioscenario en 67.100 in het maximumscenario (dit was 45.200, 69.200 en 78.900 in het ' +
      'minimum-, medio- en maximumscenario van de vorige MPP (2024-II)).',
  );
});

test('the falls are named: all scenarios down, medio −19.000 (−29%) and "ruim 18.000" (−26%)', () => {
  // 2025: 47.000 − 66.000 = −19.000; 19.000 / 66.000 = 28,8% → −29%. All three fell (−5.000, −19.000, −19.500).
  assert.is(
    text('2025/tweede-kamer/instroom/asylum-inflow-total-2025-change'),
    "In alle scenario's is de verwachting voor 2025 ten opzichte van de vorige MPP (2024-II) naar beneden " +
      'bijgesteld; berekend uit beide ramingen gaat het in het medioscenario om een daling van 19.000 asielaanvragen (−29%).',
  );
  // 2026: 51.000 − 69.200 = −18.200 → rounded to thousands "ruim 18.000"; 18.200 / 69.200 = 26,3% → −26%.
  assert.match(text('2025/tweede-kamer/instroom/asylum-inflow-total-2026-change'), 'een daling van ruim 18.000 asielaanvragen (−26%)');
});

test('the scenario switch of MPP 2025 is stated, with the chances of exceedance (50% and 33%)', () => {
  for (const letter of ['tweede-kamer', 'gemeenten']) {
    assert.is(
      text(`2025/${letter}/instroom/scenario-switch`),
      'Vanaf de MPP 2025 gaat de migratieketen uit van het mediaanscenario in plaats van het eerder aangehouden ' +
        'medioscenario: in het mediaanscenario is de kans 50% dat de prognose wordt overschreden, tegenover 33% in het medioscenario.',
    );
  }
  assert.equal(
    sentences.filter((s) => s.id.endsWith('/scenario-switch')).map((s) => s.edition),
    ['2025', '2025'],
    'only MPP 2025 switched',
  );
});

test('the mediaan of MPP 2025 against the one figure of MPP 2024-II: 22.000 vs 35.000, and the switch said', () => {
  // The letter of 26 September 2025 quotes MPP 2024-II's first inflow as one figure, without a scenario.
  assert.is(
    text('2025/tweede-kamer/instroom/asylum-inflow-first-2025'),
    'In het mediaanscenario komt de raming van de eerste asielaanvragen in 2025 uit op 22.000 ' +
      '(dit was 35.000 in de vorige MPP (2024-II)).',
  );
  // 22.000 − 35.000 = −13.000; 13.000 / 35.000 = 37,1% → −37%.
  assert.is(
    text('2025/tweede-kamer/instroom/asylum-inflow-first-2025-change'),
    'Berekend uit die twee ramingen is dat een daling van 13.000 asielaanvragen (−37%); let wel: de MPP 2025 rekent hier met het ' +
      'mediaanscenario, de vorige MPP (2024-II) met één raming zonder scenario.',
  );
});

test('a rounding word the letter writes once before a list is written once: "ca. 40.000 …, 47.000 … en 55.300"', () => {
  assert.match(
    text('2025/tweede-kamer/instroom/asylum-inflow-total-2025'),
    'ca. 40.000 in het minimumscenario, 47.000 in het medioscenario en 55.300 in het maximumscenario',
  );
  // Alone, the medio figure keeps its word: the "ca." applies to it too.
  assert.match(text('2025/gemeenten/instroom/asylum-inflow-total-2025'), 'uit op ca. 47.000');
});

test('a figure that is not an MPP prognosis is never stated as one', () => {
  // The 51.000 places of the letter of 1 July 2022 belong to the ministry's own outlook of June 2022.
  assert.is(
    text('2022-02/tweede-kamer/opvang/coa-capacity-need-2022-12-31'),
    'Volgens het actuele beeld (geen MPP-raming) wordt per 31 december 2022 een capaciteitsbehoefte van het COA van ruim 51.000 opvangplekken verwacht.',
  );
  // No letter names an edition or a scenario beside a taakstelling, a Spreidingswet estimate or a production agreement.
  for (const s of sentences.filter((x) => /taakstelling|capaciteitsraming|productieafspraak/.test(x.text))) {
    assert.not.match(s.text, /MPP|scenario/, s.id);
  }
  // A figure only a member's question gives (ca. 115.000 places per 1 juli 2025) is in no letter.
  assert.not.ok(sentences.some((s) => s.text.includes('115.000')), 'the question-only figure stays out of the letters');
});

test('a computed figure in a draft says so and how: the change 41.500 − 34.370 carries its method', () => {
  assert.is(
    text('2022-02/tweede-kamer/instroom/asylum-inflow-total-2022-change/berekend'),
    'Berekend, geen cijfer uit een bron: 41.500 (MPP februari 2022) min 34.370 (MPP september 2021); het percentage is dat verschil gedeeld door 34.370.',
  );
  // Every sentence that states a change, a gap or a cost per day has its method note.
  const computed = (id: string) => !id.endsWith('/berekend') && /-change$|capacity-realised|\/cost-(regular|hotel|tgo|cruise-ship|emergency-average)-/.test(id);
  for (const s of sentences.filter((x) => computed(x.id))) {
    assert.ok(sentences.some((n) => n.id === `${s.id}/berekend`), `${s.id} states a computed figure without its method`);
  }
});

test('MPP februari 2022 against september 2021: 41.500 − 34.370 = 7.130, "ruim 7.000" more', () => {
  assert.is(
    text('2022-02/tweede-kamer/instroom/asylum-inflow-total-2022'),
    'Volgens de MPP februari 2022 komt de raming van de totale asielinstroom in 2022 uit op 41.500 ' +
      '(dit was 34.370 in de vorige MPP (september 2021)).',
  );
  // 7.130 / 34.370 = 20,7% → +21%.
  assert.is(text('2022-02/tweede-kamer/instroom/asylum-inflow-total-2022-change'), 'Berekend uit die twee ramingen is dat een stijging van ruim 7.000 asielaanvragen (+21%).');
});

test('housing quota: 17.700 for 2025-I is 700 more than 17.000; 17.000 for 2024-II is "bijna 2.000" less than 18.750', () => {
  assert.is(text('2024-II/gemeenten/huisvesting/housing-quota-2025-H1-change'), 'Berekend uit beide taakstellingen is dat 700 meer dan de taakstelling voor de tweede helft 2024 (17.000).');
  // 18.750 − 17.000 = 1.750, rounded to its leading digit: "bijna 2.000".
  assert.is(text('2024-I/gemeenten/huisvesting/housing-quota-2024-H2-change'), 'Berekend uit beide taakstellingen is dat bijna 2.000 minder dan de taakstelling voor de eerste helft 2024 (18.750).');
  assert.match(text('2024-I/gemeenten/huisvesting/housing-quota-total-task-2024-H1'), 'de totale opgave voor de eerste helft 2024 ruim 25.000');
});

test('costs: hotel € 91.000 per year = ruim € 249 per day, ruim 3 × a regular place (€ 27.100)', () => {
  // 91.000 / 365 = 249,32 → "ruim € 249"; 91.000 / 27.100 = 3,36 → "ruim 3 keer".
  assert.is(
    text('2025/tweede-kamer/kosten/cost-hotel-2023'),
    'In 2023 kostte een opvangplek in een hotel gemiddeld € 91.000 per jaar; omgerekend is dat ruim € 249 per dag, en berekend ruim 3 keer zoveel als een reguliere opvangplek.',
  );
  // 54.750 / 365 = 150 exactly: no rounding word.
  assert.match(text('2025/tweede-kamer/kosten/cost-tgo-2023'), 'gemiddeld € 54.750 per jaar; omgerekend is dat € 150 per dag');
});

test('costs: the € 156 miljoen saving with the assumption it rests on (nota of 7 February 2025)', () => {
  // 5.600 × (55.700 − 55.700 / 2) = 5.600 × 27.850 = 155.960.000 → "bijna € 156 miljoen".
  assert.is(
    text('2025/tweede-kamer/kosten/calc-ombouw-5600-noodopvangplekken'),
    'Een afbouw van 5.600 noodopvangplekken ten gunste van reguliere opvangplekken bespaart, berekend, bijna € 156 miljoen per jaar. ' +
      'Daarbij is uitgegaan van gemiddelde kosten van een noodopvangplek van € 55.700 en de aanname dat een reguliere ' +
      'opvangplek ongeveer de helft daarvan kost (€ 27.850), prijspeil 2023.',
  );
  // 44.000 × 55.700 + 44.000 × 27.100 = 3.643.200.000 → "ruim € 3,6 miljard".
  // No letter makes a cost calculation the sources do not make (the 88.000 places "half emergency").
  assert.not.ok(sentences.some((s) => s.id.includes('/calc-') && !s.id.endsWith('calc-ombouw-5600-noodopvangplekken')));
  // € 61 → € 44 per night stands only in a member's question of the nota of 7 February 2025: no letter states it.
  assert.not.ok(sentences.some((s) => s.id.endsWith('/cost-ukraine-norm')), 'a question is not the minister\'s word');
  const changed = structuredClone(data);
  for (const c of changed.costs) if (c.type === 'ukraine-norm') c.voice = 'answer';
  // Were they the minister's, the sentence would say: a cut; × 365 = € 22.265 and € 16.060.
  assert.match(
    text('2025/gemeenten/kosten/cost-ukraine-norm', letterSentences(changed, deriveModel(changed))),
    'is verlaagd van € 61 per nacht (2024) naar € 44 per nacht (2025): omgerekend op jaarbasis € 16.060 per plek in plaats van € 22.265',
  );
});

test('Ukraine: 109.000 places needed, ca. 97.770 realised: "ruim 11.000" still to go', () => {
  // 109.000 − 97.770 = 11.230 → "ruim 11.000".
  assert.match(text('2025/gemeenten/oekraine/ukraine-municipal-capacity-realised-2025-09'), 'berekend uit opgave en stand zijn er per 1 oktober 2026 nog ruim 11.000 plekken bij nodig');
  assert.match(
    text('2024-I/tweede-kamer/oekraine/ukraine-net-inflow-2024'),
    'van 540 per week in het mediaanscenario, binnen een bandbreedte van 350 (minimumscenario) tot 780 (maximumscenario); dat komt neer op een netto instroom van ca. 28.000 in 2024',
  );
});

test('sources that disagree get a note that gives every value and its documents', () => {
  // The shipped letters agree on every figure they state; make the letter to municipalities say 134.000.
  const changed = structuredClone(data);
  const row = changed.prognoses.find(
    (p) => p.source === 'gemeenten-2024-04-25' && p.indicator === 'coa-capacity-need' && p.period === '2026-01-01',
  )!;
  row.value = 134000;
  const s = letterSentences(changed, deriveModel(changed));
  const n = text('2024-I/tweede-kamer/opvang/coa-capacity-need-2026-01-01/bronverschil/coa-capacity-need', s);
  assert.match(n, 'ongeveer 133.500');
  assert.match(n, '134.000 (Brief aan provincies, gemeenten en woningcorporaties');
  assert.not.ok(sentences.some((x) => x.id.includes('/bronverschil/')), 'no note where the sources agree');
});

test('a rise is called a rise: all scenarios up gives "naar boven bijgesteld" and "stijging"', () => {
  const changed = structuredClone(data);
  const set = { minimum: 50000, medio: 70000, maximum: 80000 } as Record<string, number>;
  for (const p of changed.prognoses) {
    if (p.edition === '2025' && p.indicator === 'asylum-inflow-total' && p.period === '2025') p.value = set[p.scenario!]!;
  }
  const s = letterSentences(changed, deriveModel(changed));
  // 70.000 − 66.000 = 4.000; 4.000 / 66.000 = 6,1% → +6%.
  assert.is(
    text('2025/tweede-kamer/instroom/asylum-inflow-total-2025-change', s),
    "In alle scenario's is de verwachting voor 2025 ten opzichte van de vorige MPP (2024-II) naar boven bijgesteld; " +
      'berekend uit beide ramingen gaat het in het medioscenario om een stijging van 4.000 asielaanvragen (+6%).',
  );
});

test('without a change of basis scenario there is no switch sentence', () => {
  const changed = structuredClone(data);
  changed.editions.find((e) => e.id === '2025')!.basis = 'medio';
  const s = letterSentences(changed, deriveModel(changed));
  assert.not.ok(s.some((x) => x.id.endsWith('/scenario-switch')));
});

test('sentence ids are unique and name edition, letter and section', () => {
  const ids = sentences.map((s) => s.id);
  assert.is(new Set(ids).size, ids.length);
  for (const s of sentences) assert.ok(s.id.startsWith(`${s.edition}/${s.letter}/${s.section}/`), s.id);
  assert.equal(Object.keys(sentences[0]!).sort(), ['edition', 'id', 'letter', 'section', 'text']);
});

test('every figure a sentence prints comes from the model: no digits are typed in the templates', async () => {
  const { readFile } = await import('node:fs/promises');
  for (const f of ['sentences.njk', 'letter.njk']) {
    const src = await readFile(new URL(`../../templates/letters/${f}`, import.meta.url), 'utf8');
    const outsideComments = src.replace(/\{#[\s\S]*?#\}/g, '');
    // Digits may appear in markup (addresses, CSS) only: not inside a macro's text.
    const macros = outsideComments.match(/\{% macro [\s\S]*?\{% endmacro %\}/g) ?? [];
    for (const m of macros) assert.not.match(m.replace(/loop\.revindex == 2/g, ''), /\d/, m.slice(0, 60));
  }
});

test('without written letters, only the newest edition gets drafts: to the Kamer, and to municipalities where a task is set', () => {
  const planned = plannedLetters(data, model);
  // No letters for past editions that nobody wrote; MPP 2025 sets a task for municipalities (the
  // GOO opgave per 1 oktober 2026), so it gets both drafts.
  assert.equal(planned.map((p) => p.path), ['brieven/mpp-2025-tweede-kamer.pdf', 'brieven/mpp-2025-gemeenten.pdf']);
  assert.ok(planned.every((p) => p.draft));
  assert.is(planned[0]!.title, 'Concept: Kamerbrief MPP 2025');
});

test('every planned letter is composed from the shipped data', () => {
  // (An indicator the letters name that the data lacks is a validation error: test/unit/validate.test.ts.)
  assert.is(composeLetters(data, model, []).length, plannedLetters(data, model).length);
});

test('the composed letter prints exactly the generated sentences, with numbered source notes', () => {
  const doc = composeLetter(data, model, [], '2025', 'tweede-kamer');
  const expected = sentences.filter((s) => s.edition === '2025' && s.letter === 'tweede-kamer');
  assert.equal(doc.sentences.map((s) => s.id), expected.map((s) => s.id));
  assert.equal(doc.sections.map((s) => s.id), ['instroom', 'opvang', 'uitstroom', 'oekraine', 'kosten']);
  assert.is(doc.date, '26 september 2025');
  assert.is(doc.type, 'draft');
  assert.not.ok('kenmerk' in doc, 'a draft has no kenmerk');
  const first = doc.notes[0]!;
  assert.ok(first.kind === 'source' && first.source.id === 'tk-2025-mpp-2025');
  const html = renderLetterHtml(doc, []);
  // Nothing is loaded from outside (a source's address is a link in its note, which loads nothing).
  assert.not.match(html, /src=["']?https?:|<link[^>]+href=["']?https?:|url\(["']?https?:(?!\/\/fonts\.mpp\.invalid)/);
  assert.match(html, /<a href="https:\/\/zoek\.officielebekendmakingen\.nl\/kst-19637-3478\.html">/);
  // The only absolute URLs are the fonts, which the printer answers from node_modules (FONT_ORIGIN).
  const urls = [...html.matchAll(/url\(["']?(https?:[^)"']+)/g)].map((m) => m[1]!);
  assert.ok(urls.length > 0 && urls.every((u) => u.startsWith(FONT_ORIGIN) && fontAssets().has(u)), urls.join(' '));
  assert.match(html, '<th scope="col">Periode</th>');
  assert.not.match(html, '<span class="kop-label">Ons kenmerk');
  assert.match(html, 'content: "Concept"');
});

test('a table of one row is written as a sentence, and the tables left are numbered in order', () => {
  for (const e of model.editionOrder) {
    for (const kind of ['tweede-kamer', 'gemeenten'] as const) {
      const d = composeLetter(data, model, [], e, kind);
      const tables = d.sections.flatMap((s) => s.tables);
      assert.ok(tables.every((t) => t.rows.length > 1), `${e} ${kind}: a one-row table`);
      assert.equal(tables.map((t) => t.number), tables.map((_, i) => i + 1));
    }
  }
  // MPP februari 2022 against september 2021: 41.500 − 34.370 = 7.130, 7.130 / 34.370 = 20,7% → +21%.
  const d = composeLetter(data, model, [], '2022-02', 'tweede-kamer');
  const text = d.sections.flatMap((s) => s.paragraphs.flat().map((p) => p.text)).join(' ');
  assert.match(
    text,
    'Totale asielinstroom: MPP februari 2022 tegenover MPP september 2021: periode 2022, scenario raming, MPP september 2021 34.370, MPP februari 2022 41.500, verschil +7.130, verschil in % +21%.',
  );
});

test('prose rounding: leading digit below 10.000, thousands above, money in millions', () => {
  assert.is(proseNumber(7130), 'ruim 7.000');
  assert.is(proseNumber(6950), 'bijna 7.000');
  assert.is(proseNumber(18200), 'ruim 18.000');
  assert.is(proseNumber(19000), '19.000');
  assert.is(proseNumber(700), '700');
  assert.is(proseMoney(155_960_000), 'bijna € 156 miljoen');
  assert.is(proseMoney(3_643_200_000), 'ruim € 3,6 miljard');
  assert.is(proseMoney(91000 / 365), 'ruim € 249');
  assert.is(when('2027-01-01'), 'per 1 januari 2027');
  assert.is(forPeriod('2024-H2'), 'voor de tweede helft 2024');
});

test('artifact marking wraps only painting outside marked content', () => {
  const stream = [
    'q 1 0 0 1 0 0 cm',
    'BT /F1 8 Tf 10 10 Td <0001> Tj ET', // page number: unmarked text
    'Q',
    '0 0 100 100 re W* n', // clipping path: paints nothing
    '/P <</MCID 0 >>BDC',
    'BT /F1 8 Tf (a (nested) BT string) Tj ET', // tagged text
    '0 0 5 5 re f', // tagged path
    'EMC',
    '0 0 5 5 re f', // unmarked background
    '/Im1 Do',
  ].join('\n');
  const bytes = new Uint8Array(Buffer.from(stream, 'latin1'));
  assert.equal(
    unmarkedObjects(stream).map((o) => o.kind),
    ['text', 'path', 'xobject'],
  );
  const { bytes: out, marked } = markArtifacts(bytes);
  assert.is(marked, 3);
  const s = Buffer.from(out).toString('latin1');
  assert.equal(unmarkedObjects(s), []);
  assert.match(s, '/Artifact BMC\nBT /F1 8 Tf 10 10 Td <0001> Tj ET\nEMC');
  assert.match(s, '/P <</MCID 0 >>BDC\nBT /F1 8 Tf (a (nested) BT string) Tj ET');
  assert.is(contentOps('(x\\) y) Tj').length, 1);
});

test('typesetting keeps the characters: figures and hyphenated words only get a no-wrap span', () => {
  const t = 'ca. 40.000 in het minimumscenario (2024-II)) en € 156 miljoen, −29% & DT&V.';
  const html = typeset(t);
  assert.is(html.replace(/<\/?span[^>]*>/g, ''), t.replace(/&/g, '&amp;'));
  assert.match(html, '<span class="nw">ca. 40.000</span>');
  assert.match(html, '<span class="nw">(2024-II))</span>');
  assert.match(html, '<span class="nw">€ 156 miljoen</span>');
});

test('typesetting escapes quotes and apostrophes as named entities, which no figure span can cut', () => {
  const html = typeset(`In alle scenario's "2025" <b>`);
  assert.is(html, 'In alle scenario&apos;s &quot;<span class="nw">2025</span>&quot; &lt;b&gt;');
});

test('a chart SVG becomes one image named by its description, with its ids scoped', () => {
  const svg = '<svg role="graphics-document" aria-label="old" width="10" height="10"><defs><clipPath id="c"/></defs><g clip-path="url(#c)"/></svg>';
  const out = letterSvg(svg, 'Staafdiagram: "totale" asielinstroom', 'fig1');
  assert.match(out, /^<svg role="img" aria-label="Staafdiagram: &quot;totale&quot; asielinstroom" width="10"/);
  assert.not.match(out, 'old');
  assert.match(out, 'id="fig1-c"');
  assert.match(out, 'url(#fig1-c)');
});

test('a concept words every computed figure as a computation in the sentence itself, not only in its note', () => {
  const computed = sentences.filter((x) => x.id.endsWith('/berekend'));
  assert.ok(computed.length >= 10, `${computed.length} computed sentences`);
  for (const note of computed) {
    const sentence = sentences.find((x) => x.id === note.id.slice(0, -'/berekend'.length));
    assert.ok(sentence, note.id);
    assert.match(sentence!.text, /\b(berekend|omgerekend)\b/i, `${sentence!.id}: "${sentence!.text}"`);
  }
});

test.run();

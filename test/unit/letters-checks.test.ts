/**
 * The checks of a written letter, on letters made up for the test: each kind of error located at
 * file:line:column (columns counted by hand in the texts below), all of them reported in one run,
 * and a draft (`npm run letter:draft`) that reads back as a letter with the same figures.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type DataError, DataValidationError, formatError, sortErrors } from '../../src/errors.ts';
import type { Dataset } from '../../src/data/schema.ts';
import type { Model } from '../../src/model/index.ts';
import { loadWrittenLetters, readLetter } from '../../src/letters/written/load.ts';
import { composeWritten } from '../../src/letters/written/compose.ts';
import { inOffice, senderOf, type Senders, signatoriesAt } from '../../src/letters/written/senders.ts';
import { existsSync } from 'node:fs';
import { typedNumbers, figureValues, nearFigures } from '../../src/letters/written/numbers.ts';
import { draftMarkdown } from '../../src/letters/written/draft.ts';
import { DATA } from '../support/helpers.ts';
import { bufferIo, invoke } from '../../src/cli/command.ts';
import * as message from '../../src/messages.ts';
import { FUNCTIONS } from '../../src/letters/written/expressions.ts';
import { command as draftCommand } from '../../scripts/letter-draft.ts';
import { shipped } from '../support/shipped.ts';

let data: Dataset;
let model: Model;
let senders: Senders;

test.before(async () => {
  ({ data, model, senders } = await shipped());
});

const FILE = 'data/letters/2024-I/gemeenten.md';
const read = (text: string) => {
  const errors: DataError[] = [];
  const letter = readLetter(text, FILE, { edition: '2024-I', kind: 'gemeenten' }, data, model, senders, errors);
  return { letter, errors: sortErrors(errors).map(formatError) };
};

const GOOD_FRONT = [
  '---',
  'subject: Test',
  'date: 2024-04-25',
  'kenmerk: ""',
  'addressee: Aan de gemeenten',
  'signatories:',
  '  - staatssecretaris-jenv-van-der-burg',
  'attachments: []',
  'source: gemeenten-2024-04-25',
  '---',
];

test('every kind of error in one letter, each located, all reported together', () => {
  const text = [
    '---',
    'subject: Test',
    'date: 2024-04-25',
    'addressee: Aan de gemeenten',
    'signatories:',
    '  - staatssecretaris-jenv-van-der-burg',
    '  - minister-van-niemand',
    'attachments: []',
    '---',
    'De instroom bedraagt {{ fig("asylum-inflow-totaal", "2024", "medio") }}.',
    'Er zijn 97.500 plekken nodig.',
    'Per 1 januari 2027 zijn {{ fig("coa-capacity-need", "2027-01-01", "mediaan", "2025") }} plekken nodig.',
    '',
  ].join('\n');
  const { letter, errors } = read(text);
  assert.is(letter, null);
  assert.is(errors.length, 5, errors.join('\n'));
  // The kenmerk is missing: the front matter's first line.
  assert.is(errors[0], `${FILE}:1:1: column "kenmerk": front matter: missing field "kenmerk"`);
  // Line 7: "  - " takes four columns, the key starts in column 5.
  assert.match(errors[1]!, `${FILE}:7:5: column "signatories", found "minister-van-niemand": unknown signatory; data/letters/signatories.csv has staatssecretaris-jenv-van-der-burg,`);
  // Line 10: "De instroom bedraagt " is 21 characters, so the reference starts in column 22.
  assert.match(errors[2]!, `${FILE}:10:22: found "{{ fig("asylum-inflow-totaal", "2024", "medio") }}": unknown figure: no MPP 2024-I figure for asylum-inflow-totaal 2024 (medio); nearest: fig("asylum-inflow-total", "2024", "medio", "2024-I")`);
  // Line 11: "Er zijn " is 8 characters; 97.500 is MPP 2024-I's capacity need per 1 januari 2025.
  assert.match(errors[3]!, `${FILE}:11:9: found "97.500": a typed number that equals a figure of the data set: use fig("coa-capacity-need", "2025-01-01", "medio", "2024-I")`);
  // Line 12: "Per 1 januari 2027 zijn " is 24 characters; MPP 2025 came out on 26 September 2025.
  assert.is(
    errors[4],
    `${FILE}:12:25: found "{{ fig("coa-capacity-need", "2027-01-01", "mediaan", "2025") }}": cites a source dated after the letter (2024-04-25): tk-2025-mpp-2025 (2025-09-26)`,
  );
});

test('annexes: a letter never announces an annex it lacks; each attachment has its file, url or (reproduction only) why not', () => {
  // "bijlage" in the text with no attachments: located at the word (line 12 = the body's second line, column 17).
  const announced = read([...GOOD_FRONT, 'Geachte lezer,', 'Zie hiervoor de bijlage bij deze brief.'].join('\n'));
  assert.equal(announced.errors, [`${FILE}:12:17: found "bijlage": ${message.letter.annexAnnounced()}`]);
  const front = (attachments: string[], source = true) =>
    GOOD_FRONT.filter((l) => l !== 'attachments: []' && (source || !l.startsWith('source:'))).slice(0, -1).concat(['attachments:', ...attachments, '---']);
  // A title alone announces an annex the PDF would lack.
  const bare = read([...front(['  - title: Overzicht per gemeente']), 'Zie de bijlage.'].join('\n'));
  assert.equal(bare.errors, [`${FILE}:10:5: column "attachments", found "Overzicht per gemeente": ${message.letter.attachmentNoAnnex('Overzicht per gemeente')}`]);
  // The old form, a plain line, is refused with the form to use.
  const plain = read([...front(['  - Overzicht per gemeente']), 'Zie de bijlage.'].join('\n'));
  assert.equal(plain.errors, [`${FILE}:10:5: column "attachments": ${message.letter.attachmentForm()}`]);
  // A file that is not there.
  const missing = read([...front(['  - title: Overzicht', '    file: overzicht.pdf']), 'Zie de bijlage.'].join('\n'));
  assert.equal(missing.errors, [`${FILE}:10:5: column "attachments", found "overzicht.pdf": ${message.letter.attachmentFileMissing('overzicht.pdf')}`]);
  // "unavailable" only for a reproduction of a sent letter.
  const draftLike = read([...front(['  - title: Overzicht', '    unavailable: niet gevonden'], false), 'Zie de bijlage.'].join('\n'));
  assert.equal(draftLike.errors, [`${FILE}:9:5: column "attachments", found "Overzicht": ${message.letter.attachmentUnavailableDraft()}`]);
  // A url and an unavailable annex of a reproduction are fine.
  const fine = read([...front(['  - title: Overzicht', '    url: https://example.org/overzicht.pdf', '  - title: Tabel', '    unavailable: niet gevonden']), 'Zie de bijlagen.'].join('\n'));
  assert.equal(fine.errors, []);
  assert.equal(fine.letter!.front.attachments.map((a) => [a.title, a.url, a.unavailable]), [
    ['Overzicht', 'https://example.org/overzicht.pdf', null],
    ['Tabel', null, 'niet gevonden'],
  ]);
});

/**
 * The numbers a letter may type, each in the form the seed letters write it (../shared/seeds), beside
 * the same number where it is a figure: the first of each pair passes, the second is reported.
 */
const NOT_FIGURES: [string, string, string][] = [
  ['a year', 'In 2024 en eind 2025.', 'Er zijn 2.024 plekken.'],
  ['a year range or session', 'Tweede Kamer, vergaderjaar 2024–2025 en 2024-2025; Kamerstukken II 2024/25.', 'Tussen 2024 en 25 plekken.'],
  ['a date', 'Op 5 april 2024 en per 1 januari 2027.', 'Op 5 plekken.'],
  ['a day and month', 'Op 15 april jl., op 25 okt. en op 4-5 maart.', 'Op 15 locaties.'],
  ['a numeric date', 'Peildatum 27-1-2025, per 01/01/2025, sinds 2025-09-26.', 'Peildatum 27-1.'],
  ['a time', 'Om 14.00 uur en om 9:30.', 'Om 14 plekken.'],
  ['a Kamerstuk number', 'Kamerstuk 19 637, nr. 3239; 36 600 XX; Kamerstuk 19637-3239; 36.600 XX, nr. 5; 35 476, I.', 'Er zijn 19 637 plekken.'],
  ['a Kamerstuk after its chamber and session', 'Kamerstukken II, 2023-2024, 32847 nr. 1135; Kamerstukken I 2024/25, 36600, nr. O.', 'Er zijn 32847 plekken.'],
  ['a numbered act', 'De Verordening 2024/1350 en WBV 2023/3.', 'Verordening 1350.'],
  ['an article', 'Op grond van artikel 4, art. 3 lid 2 en artikelen 3, 4 en 5.', 'Artikel 4 en 97.500 plekken.'],
  ['a reference word', 'Zie bijlage 1, tabel 2, p. 18, ons kenmerk 4083811 en behandelsporen 1 en 2.', 'Zie 18 bijlagen.'],
  ['an enumeration', 'Langs lijnen: (1) instroom, (2) opvang; en zijn 1) de regeling en 2) de bijdrage.', 'Een groep (12) jongeren.'],
  ['a list and heading number', '## 2. Maatregelen\n\n### 2.1 Instroom\n\n1. Opvang;\n2. Huisvesting.', 'Ruim\n12 opvangplekken.'],
  ['a note mark', 'Zie de noot[^1].', 'Zie de noot 1.'],
  ['an ordinal', '1e asielaanvragen, tot hun 18e levensjaar, de 21ste eeuw.', '18 jongeren.'],
  ['a name', 'D66, de H2-taakstelling en COVID-19.', 'Er zijn 66 plekken.'],
  ['a web and e-mail address', 'Via https://open.overheid.nl/documenten/dpc-f848e82a59831c6e6ba30ead23b06e96bf4c0697/pdf of Postbus20301@minjenv.nl.', 'Via 20301 adressen.'],
];

for (const [what, passes, reported] of NOT_FIGURES) {
  test(`not a figure: ${what}`, () => {
    assert.equal(typedNumbers(passes), [], passes);
    assert.ok(typedNumbers(reported).length > 0, `expected a typed number in: ${reported}`);
  });
}

test('every other number is reported, whether or not it equals a figure; a near figure is named', () => {
  const values = figureValues(data);
  // 8.718 is a figure (prognoses.csv: the COA's outlook of new capacity in 2025, EK 36 600 XX p. 18); 8.719 is none.
  assert.equal(values.get(8718), ['fig("coa-new-locations-capacity", "2025", "outlook")']);
  assert.not.ok(values.has(8719));
  assert.equal(
    typedNumbers('Er komen 8.719 plekken bij, 33% meer, voor 24 uur per dag; 97.500 in totaal en 1,2 miljard.').map((n) => [n.text, n.value]),
    [['8.719', 8719], ['33', 33], ['24', 24], ['97.500', 97500], ['1,2', 1.2e9]],
  );
  assert.equal(nearFigures(8719, values)[0], { key: 'fig("coa-new-locations-capacity", "2025", "outlook")', value: '8.718' });
  // The same digits swapped or at another scale; a short number is near too many figures to name one.
  assert.equal(nearFigures(8781, values)[0]?.value, '8.718');
  assert.equal(nearFigures(87180, values)[0]?.value, '8.718');
  assert.equal(nearFigures(87.18, values)[0]?.value, '8.718');
  assert.equal(nearFigures(33, values), []);
  // In a letter: located, the exact one with its reference, the near one with the figure it is near.
  const { errors } = read([...GOOD_FRONT, 'Er komen 8.719 plekken bij, 97.500 in totaal, {{ "33" | literal }}% meer.', ''].join('\n'));
  assert.equal(errors, [
    `${FILE}:11:10: found "8.719": ${message.letter.typedNumber('8.719', [{ key: 'fig("coa-new-locations-capacity", "2025", "outlook")', value: '8.718' }, ...nearFigures(8719, values).slice(1)])}`,
    `${FILE}:11:29: found "97.500": ${message.letter.staleNumber(['fig("coa-capacity-need", "2025-01-01", "medio", "2024-I")'], '97.500')}`,
  ]);
  assert.match(errors[0]!, 'did you mean fig("coa-new-locations-capacity", "2025", "outlook") = 8.718');
});

test('a malformed reference is located at its {{, with what was found, and never printed', () => {
  const { letter, errors } = read(
    [
      ...GOOD_FRONT,
      // "Naar verwachting bedraagt de instroom " is 38 characters: the {{ is in column 39.
      'Naar verwachting bedraagt de instroom {{ fig("asylum-inflow-total", "2024", "medio") } in 2024.',
      'Het medio scenario bedraagt {{ fig("asylum-inflow-total", "2024", "medio")',
      '',
      'Het is {{ fig("asylum-inflow-total, "2024", "medio") }} en {{ fig("asylum-inflow-total", "2024", "medio" }}.',
      'Het is fig("asylum-inflow-total", "2024", "medio") }} of {{ figuur("a") }}.',
      '',
    ].join('\n'),
  );
  assert.is(letter, null);
  const unclosed = message.letter.unclosedReference();
  assert.equal(errors, [
    `${FILE}:11:39: found "{{ fig("asylum-inflow-total", "2024", "medio") }": ${unclosed}`,
    `${FILE}:12:29: found "{{ fig("asylum-inflow-total", "2024", "medio")": ${unclosed}`,
    `${FILE}:14:8: found "{{ fig("asylum-inflow-total, "2024", "medio") }}": ${message.letter.unbalancedQuotes()}`,
    `${FILE}:14:60: found "{{ fig("asylum-inflow-total", "2024", "medio" }}": ${message.letter.unbalancedParentheses('(')}`,
    `${FILE}:15:8: found "fig("asylum-inflow-total", "2024", "medio")": ${message.letter.referenceWithoutBraces('fig')}`,
    // The reference is 43 characters (columns 8 to 50), a space, then the }} in column 52.
    `${FILE}:15:52: found "}}": ${message.letter.strayBrace('}}')}`,
    `${FILE}:15:58: found "{{ figuur("a") }}": ${message.letter.unknownFunction('figuur', FUNCTIONS)}`,
  ]);
});

test('a marked literal prints as typed; the shipped letters mark the numbers that are not figures of the data set', async () => {
  const { letter, errors } = read([...GOOD_FRONT, 'Er zijn {{ "97.500" | literal }} plekken, maximaal {{ "12" | literal }} jongeren.', ''].join('\n'));
  assert.equal(errors, []);
  // As typed: the number keeps the word after it on its line (a no-break space), and "maximaal" (a
  // rounding word) the number, as they do for a typed number.
  assert.is(composeWritten(letter!, data).lastHtml, '<p>Er zijn 97.500\u00a0plekken, maximaal\u00a012\u00a0jongeren.</p>\n');
  // The seed's own numbers that are no figure of the data set (a rule, a definition) are marked, and print as the seed prints them.
  const gemeenten = await readFile(path.join(DATA, 'letters', '2024-I', 'gemeenten.md'), 'utf8');
  assert.match(gemeenten, 'waar maximaal {{ "12" | literal }} jongeren samenwonen');
  const { letters } = await loadWrittenLetters(DATA, data, model);
  const text = composeWritten(letters.find((l) => l.letter === 'gemeenten')!, data).paragraphs.join(' ');
  assert.match(text, 'waar maximaal 12 jongeren samenwonen');
});

test('a figure only a member asked about cannot be stated; a rounding word the source writes itself cannot be dropped', () => {
  const question = data.prognoses.find((p) => p.voice === 'question' && p.region === null && p.kind === 'mpp');
  if (question) {
    const only = data.prognoses.filter(
      (p) => p.kind === 'mpp' && p.edition === question.edition && p.indicator === question.indicator && p.period === question.period && p.scenario === question.scenario,
    );
    if (only.every((p) => p.voice === 'question')) {
      const ref = `{{ fig("${question.indicator}", "${question.period}", "${question.scenario}", "${question.edition}") }}`;
      const { errors } = read([...GOOD_FRONT.map((l) => l.replace('2024-04-25', '2025-09-26').replace('staatssecretaris-jenv-van-der-burg', 'minister-am-van-weel').replace('source: gemeenten-2024-04-25', 'source: tk-2025-mpp-2025')), ref, ''].join('\n'));
      assert.ok(errors.some((e) => e.includes("only in a member's question")), errors.join('\n'));
    }
  }
  // "ca. 4.300" (the COA's amv places): the source writes "ca." before this figure itself.
  const { errors } = read([...GOOD_FRONT, 'Het COA heeft {{ actual("coa-capacity-amv", "2024-04-25") | bare }} plekken.', ''].join('\n'));
  assert.is(errors.length, 1);
  assert.match(errors[0]!, `${FILE}:11:15:`);
  assert.match(errors[0]!, 'the source writes "ca." before this figure itself');
});

test('a derived figure prints its method in a note; two signatories write "wij"', () => {
  const front = GOOD_FRONT.map((l) =>
    l === 'date: 2024-04-25' ? 'date: 2025-09-26' : l === 'source: gemeenten-2024-04-25' ? 'source: tk-2025-mpp-2025' : l,
  ).flatMap((l) => (l.includes('staatssecretaris') ? ['  - minister-am-van-weel', '  - minister-voor-am-keijzer'] : [l]));
  /** The Kamerbrief of MPP 2025 with `body` under `front`: it must read without errors. */
  const kamerbrief = (body: string) => {
    const errors: DataError[] = [];
    const letter = readLetter([...front, body, ''].join('\n'), 'data/letters/2025/tweede-kamer.md', { edition: '2025', kind: 'tweede-kamer' }, data, model, senders, errors);
    assert.equal(errors.map(formatError), []);
    return composeWritten(letter!, data);
  };
  const doc = kamerbrief('Dat is {{ change("asylum-inflow-total", "2025", "medio") }} dan in de vorige MPP; {{ ik }} melden het u.');
  // MPP 2025 medio ca. 47.000 against MPP 2024-II medio 66.000: 19.000 lower.
  assert.is(doc.paragraphs[0], 'Dat is 19.000 lager dan in de vorige MPP; wij melden het u.');
  const note = doc.notes[0]!;
  assert.ok(note.kind === 'text');
  assert.is(note.kind === 'text' && note.html, 'Berekend, geen cijfer uit een bron: MPP 2025 (medio) ca. 47.000 min MPP 2024-II (medio) 66.000.');
  // An operation's note names its parts in words, not as code: a PDF to parliament holds no fig(…).
  const ops = kamerbrief(
    'Een daling van {{ difference(fig("asylum-inflow-total", "2025", "medio"), fig("asylum-inflow-total", "2025", "medio", "2024-II")) }}, ' +
      '{{ perDay(cost("regular", "2023")) }} per dag, {{ difference(fig("ukraine-municipal-capacity-need", "2026-10-01", "set"), actual("ukraine-municipal-capacity-realised", "2025-09")) }} plekken.',
  );
  const notes = ops.notes.flatMap((n) => (n.kind === 'text' ? [n.html] : []));
  // 47.000 − 66.000; 27.100 / 365; 109.000 − 97.770, each part as the seed 001 prints it.
  assert.equal(notes, [
    'Berekend, geen cijfer uit een bron: ca. 47.000 (totale asielinstroom 2025, MPP 2025, medioscenario) min 66.000 (totale asielinstroom 2025, MPP 2024-II, medioscenario).',
    'Berekend, geen cijfer uit een bron: € 27.100 (reguliere opvang (azc), prijspeil 2023) gedeeld door 365 dagen.',
    'Berekend, geen cijfer uit een bron: 109.000 (benodigde gemeentelijke opvangplekken Oekraïners 1 oktober 2026, vastgesteld cijfer) min ca. 97.770 (gerealiseerde gemeentelijke opvangplekken Oekraïners september 2025, realisatie).',
  ]);
  assert.not.ok(notes.some((n) => /\b(fig|cost|actual)\(/.test(n)), 'no expression in a note');
  // A change() that has no earlier edition names the comparisons that exist.
  const more: DataError[] = [];
  readLetter([...front, '{{ change("coa-capacity-need", "2027-01-01", "medio") }}', ''].join('\n'), 'x.md', { edition: '2025', kind: 'tweede-kamer' }, data, model, senders, more);
  assert.match(formatError(more[0]!), 'no earlier edition to compare MPP 2025 coa-capacity-need 2027-01-01 (medio) with; nearest: change("');
});

test('derived(): a cost calculation prints as the model computes it, with its method, only after its source', () => {
  const front = GOOD_FRONT.map((l) => (l === 'date: 2024-04-25' ? 'date: 2025-09-26' : l === 'source: gemeenten-2024-04-25' ? 'source: tk-2025-mpp-2025' : l)).flatMap((l) =>
    l.includes('staatssecretaris') ? ['  - minister-am-van-weel'] : [l],
  );
  const text = [...front, 'Dat bespaart {{ derived("ombouw-5600-noodopvangplekken") }} per jaar.', ''].join('\n');
  const errors: DataError[] = [];
  const letter = readLetter(text, 'x.md', { edition: '2025', kind: 'tweede-kamer' }, data, model, senders, errors);
  assert.equal(errors.map(formatError), []);
  const doc = composeWritten(letter!, data);
  // 5.600 places × (€ 55.700 − € 27.850, half the emergency place) = € 155.960.000 a year.
  assert.is(doc.paragraphs[0], 'Dat bespaart € 156 miljoen per jaar.');
  const note = doc.notes[0]!;
  assert.ok(note.kind === 'text' && note.html.startsWith('Berekend, geen cijfer uit een bron: 5.600 plekken × (€ 55.700 voor een noodopvangplek − € 27.850'), JSON.stringify(note));
  // Dated before the nota of 7 February 2025 that makes the calculation, the letter cannot use it.
  const early: DataError[] = [];
  readLetter(text.replace('2025-09-26', '2025-01-15'), 'x.md', { edition: '2024-II', kind: 'tweede-kamer' }, data, model, senders, early);
  assert.ok(early.some((e) => e.message.startsWith('cites a source dated after the letter (2025-01-15): ek-2025-02-07-begroting-am')), early.map(formatError).join('\n'));
});

test('the senders and signatories of the five seed letters, on their dates, are those the seeds print', async () => {
  // Read by hand from the signature blocks of ../shared/seeds/ (index in its README).
  const seeds: [string, string, string[], string][] = [
    ['003_7557e55419da4fd3.txt', '2022-07-01', ['staatssecretaris-jenv-van-der-burg'], 'Ministerie van Justitie en Veiligheid'],
    ['000_95989be198bb7100.txt', '2024-04-05', ['staatssecretaris-jenv-van-der-burg'], 'Ministerie van Justitie en Veiligheid'],
    ['002_3e0f2b88b2b4d5c4.txt', '2024-04-25', ['staatssecretaris-jenv-van-der-burg', 'minister-bzk-de-jonge'], 'Ministerie van Justitie en Veiligheid'],
    ['004_cd6ad79e4b9474e6.txt', '2025-02-07', ['minister-am-faber'], 'Ministerie van Asiel en Migratie'],
    ['001_146bcaf9500716a7.txt', '2025-09-26', ['minister-am-van-weel', 'minister-voor-am-keijzer'], 'Ministerie van Asiel en Migratie'],
  ];
  const seedDir = path.join(DATA, '..', '..', 'shared', 'seeds');
  const haveSeeds = existsSync(seedDir);
  if (!haveSeeds) console.log('  (../shared/seeds is absent: the seed texts are not read, only the dates checked)');
  for (const [seed, date, keys, ministry] of seeds) {
    const signers = keys.map((k) => senders.signatories.find((s) => s.key === k)!);
    for (const s of signers) assert.ok(s && inOffice(s, date), `${keys} on ${date}`);
    assert.is(senderOf(senders, signers, date)?.ministry, ministry, `${seed}: letterhead`);
    if (!haveSeeds) continue;
    const text = (await readFile(path.join(seedDir, seed), 'utf8')).replace(/\s+/g, ' ');
    for (const s of signers) {
      assert.match(text, `${s.role},`, `${seed} is signed by ${s.role}`);
      assert.ok(text.includes(s.name) || text.includes(s.fullName), `${seed} prints ${s.name} or ${s.fullName}`);
    }
  }
  // A draft of MPP 2025 is signed (by role) by the two ministers in office then, not by Faber.
  assert.equal(signatoriesAt(senders, '2025-09-26').map((s) => s.key), ['minister-am-van-weel', 'minister-voor-am-keijzer']);
});

test('the shipped letters load without errors, and their own figures carry no note citing themselves', async () => {
  const { letters } = await loadWrittenLetters(DATA, data, model);
  assert.equal(letters.map((l) => l.file), ['data/letters/2024-I/gemeenten.md', 'data/letters/2025/tweede-kamer.md']);
  for (const l of letters) {
    const doc = composeWritten(l, data);
    assert.not.ok(doc.notes.some((n) => n.kind === 'source' && n.source.id === l.front.source?.id), `${l.file} cites itself`);
    // No letter cites a source dated after it.
    for (const n of doc.notes) if (n.kind === 'source') assert.ok(n.source.date <= l.front.date, `${l.file} cites ${n.source.id}`);
  }
});

test('a stale literal in a shipped letter fails the whole load, located', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mpp-stale-'));
  try {
    const dir = path.join(root, 'data');
    await cp(DATA, dir, { recursive: true });
    const file = path.join(dir, 'letters', '2025', 'tweede-kamer.md');
    const text = await readFile(file, 'utf8');
    const ref = '{{ fig("coa-capacity-need", "2027-01-01", "mediaan") }}';
    assert.ok(text.includes(ref));
    await writeFile(file, text.replace(ref, '88.000'));
    const line = text.slice(0, text.indexOf(ref)).split('\n').length;
    const column = text.indexOf(ref) - text.lastIndexOf('\n', text.indexOf(ref));
    let error: unknown;
    try {
      await loadWrittenLetters(dir, data, model);
    } catch (e) {
      error = e;
    }
    assert.instance(error, DataValidationError);
    assert.match((error as Error).message, `letters/2025/tweede-kamer.md:${line}:${column}: found "88.000": a typed number that equals a figure of the data set: use fig("coa-capacity-need", "2027-01-01", "mediaan", "2025")`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a draft round-trips: letter:draft writes references that read back to the figures the draft prints', () => {
  const md = draftMarkdown(data, model, senders, '2025', 'gemeenten');
  assert.match(md, /^---\n/);
  assert.match(md, '{{ fig(');
  const errors: DataError[] = [];
  const letter = readLetter(md, 'draft.md', { edition: '2025', kind: 'gemeenten' }, data, model, senders, errors);
  assert.equal(errors.map(formatError), []);
  const doc = composeWritten(letter!, data);
  const printed = doc.paragraphs.join(' ');
  // The generated sentence of the draft, with its figures from the references: ca. 47.000 (MPP 2025 medio, 2025).
  assert.match(printed, 'ca. 47.000');
  assert.match(printed, '66.000');
});

test('npm run letter:draft writes a draft, and never over a letter someone wrote unless --force', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mpp-draft-'));
  try {
    const dir = path.join(root, 'data');
    await cp(DATA, dir, { recursive: true });
    let io = bufferIo(root);
    const draft = (...args: string[]) => invoke(draftCommand, [...args, '--data', 'data'], (io = bufferIo(root)));
    const written = path.join(dir, 'letters', '2025', 'tweede-kamer.md');
    const before = await readFile(written, 'utf8');
    assert.is(await draft('2025', 'tweede-kamer'), 2, 'refuses to overwrite the written Kamerbrief');
    assert.match(io.stderr, message.draft.exists(path.join('data', 'letters', '2025', 'tweede-kamer.md')));
    assert.is(await readFile(written, 'utf8'), before);
    assert.is(await draft('2024-II', 'gemeenten'), 0);
    assert.is(io.stdout, `${message.draft.wrote(path.join('data', 'letters', '2024-II', 'gemeenten.md'), 'gemeenten', '2024-II')}\n`);
    const md = await readFile(path.join(dir, 'letters', '2024-II', 'gemeenten.md'), 'utf8');
    assert.match(md, /^---\nsubject|^---\n# Draft/);
    assert.match(md, 'kenmerk: ""');
    assert.is(await draft('2024-II', 'gemeenten'), 2, 'the draft is now a letter; a second run refuses');
    assert.is(await draft('2024-II', 'gemeenten', '--force'), 0);
    assert.is(await draft('2099', 'gemeenten'), 2, 'an unknown edition');
    assert.match(io.stderr, message.draft.noEdition('2099', ['2021-09']).split(';')[0]!);
    assert.is(await draft('2025', 'brief'), 2, 'an unknown kind');
    assert.match(io.stderr, message.cli.notOneOf('<kind>', 'brief', ['tweede-kamer', 'gemeenten']));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test.run();

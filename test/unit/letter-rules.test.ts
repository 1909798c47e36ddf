/**
 * Every rule of a written letter, triggered: one case per message of the catalogue's letter section
 * (src/messages.ts), each a mistake a writer could make in a letter, its front matter, its folder or
 * the senders and signatories, expecting that message on the line of the mistake. The last test
 * checks that every message of the section has a case.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../../src/data/schema.ts';
import { type DataError, DataValidationError, formatError } from '../../src/errors.ts';
import { FILTERS, FUNCTIONS, PRONOUNS } from '../../src/letters/written/expressions.ts';
import { REQUIRED_FIELDS } from '../../src/letters/written/front-matter.ts';
import { LETTER_KINDS, loadWrittenLetters, readLetter } from '../../src/letters/written/load.ts';
import { loadSenders, type Senders } from '../../src/letters/written/senders.ts';
import { DERIVED_PARTS } from '../../src/letters/written/references.ts';
import * as message from '../../src/messages.ts';
import { deriveModel, type Model } from '../../src/model/index.ts';
import { scratchData } from '../support/helpers.ts';
import { setCell } from '../support/csv-edit.ts';
import { shipped } from '../support/shipped.ts';

let data: Dataset;
let model: Model;
let senders: Senders;

test.before(async () => {
  ({ data, model, senders } = await shipped());
});

const FILE = 'data/letters/2024-I/gemeenten.md';

/** The front matter of a letter of 25 April 2024 to the municipalities; `change` replaces or drops ("") fields. */
function front(change: Record<string, string> = {}): string[] {
  const fields: Record<string, string> = {
    subject: 'subject: Test',
    date: 'date: 2024-04-25',
    kenmerk: 'kenmerk: ""',
    addressee: 'addressee: Aan de gemeenten',
    signatories: 'signatories:\n  - staatssecretaris-jenv-van-der-burg',
    attachments: 'attachments: []',
    source: 'source: gemeenten-2024-04-25',
    ...change,
  };
  return ['---', ...Object.values(fields).filter((f) => f !== '').flatMap((f) => f.split('\n')), '---'];
}

/** The line the body's first line gets under the unchanged front matter. */
const BODY = front().length + 1;

interface Case {
  key: string;
  mistake: string;
  /** The errors of the mistake: from a letter text, or from a damaged copy of the data folder. */
  errors(): Promise<DataError[]> | DataError[];
  /** The message expected (the start of it, where the rest names the nearest keys), and its line. */
  expect: string;
  line: number;
}

function inLetter(lines: string[], s: Senders = senders): DataError[] {
  const errors: DataError[] = [];
  readLetter(lines.join('\n') + '\n', FILE, { edition: '2024-I', kind: 'gemeenten' }, data, model, s, errors);
  return errors;
}

/** A body line with `text`, under the unchanged front matter. */
const body = (text: string) => () => inLetter([...front(), text]);

/** The errors of loading the written letters of a data folder damaged by `damage`. */
async function inFolder(damage: (dir: string) => Promise<void>): Promise<DataError[]> {
  const dir = await scratchData();
  await damage(dir);
  try {
    await loadWrittenLetters(dir, data, model);
  } catch (e) {
    if (e instanceof DataValidationError) return e.errors;
    throw e;
  }
  return [];
}

/** The start of an "unknown figure" message, without the nearest keys it lists. */
const unknownFigure = (what: string) => message.letter.unknownFigure(what, []).replace(/; nearest: .*$/, '');

const CASES: Case[] = [
  // ---- the letter's folder and file
  {
    key: 'noEdition',
    mistake: 'a letter in a folder named after no edition',
    errors: () => inFolder(async (dir) => {
      await mkdir(path.join(dir, 'letters', '2030'));
      await writeFile(path.join(dir, 'letters', '2030', 'gemeenten.md'), front().join('\n') + '\nTekst.\n');
    }),
    expect: message.letter.noEdition(['2021-09', '2022-02', '2024-I', '2024-II', '2025']),
    line: 1,
  },
  {
    key: 'kindFile',
    mistake: 'a letter file named brief.md',
    errors: () => inFolder(async (dir) => writeFile(path.join(dir, 'letters', '2025', 'brief.md'), front().join('\n') + '\nTekst.\n')),
    expect: message.letter.kindFile(LETTER_KINDS),
    line: 1,
  },
  {
    key: 'noFrontMatter',
    mistake: 'a letter without front matter',
    errors: () => inFolder(async (dir) => writeFile(path.join(dir, 'letters', '2024-I', 'gemeenten.md'), 'Geachte heer, mevrouw,\n')),
    expect: message.letter.noFrontMatter(),
    line: 1,
  },
  {
    key: 'control',
    mistake: 'a BEL character in a letter',
    errors: async () => {
      let line = 0;
      const errors = await inFolder(async (dir) => {
        const file = path.join(dir, 'letters', '2024-I', 'gemeenten.md');
        const text = (await readFile(file, 'utf8')).replace(/\n*$/, '\n\nEen bel\u0007 hier.\n');
        line = text.split('\n').length - 1;
        await writeFile(file, text);
      });
      // On the added line, at the character itself ("Een bel" is 7 characters).
      assert.ok(errors.some((e) => e.line === line && e.column === 8), errors.map(formatError).join('\n'));
      return errors;
    },
    expect: message.letter.control(7),
    line: 0,
  },
  // ---- the front matter
  { key: 'frontMatterSyntax', mistake: 'a list never closed', errors: () => inLetter([...front({ attachments: 'attachments: [' }), 'Tekst.']), expect: message.letter.frontMatterSyntax(''), line: 9 },
  { key: 'frontMatterFields', mistake: 'a list where the fields belong', errors: () => inLetter(['---', '- subject', '---', 'Tekst.']), expect: message.letter.frontMatterFields(REQUIRED_FIELDS), line: 1 },
  {
    key: 'unknownField',
    mistake: 'the Dutch word for a field',
    errors: () => inLetter([...front({ subject: 'onderwerp: Test' }), 'Tekst.']),
    expect: message.letter.unknownField([...REQUIRED_FIELDS, 'source', 'closing', 'signature']),
    line: 2,
  },
  { key: 'missingField', mistake: 'no kenmerk', errors: () => inLetter([...front({ kenmerk: '' }), 'Tekst.']), expect: message.letter.missingField('kenmerk'), line: 1 },
  { key: 'notText', mistake: 'a subject that is a list', errors: () => inLetter([...front({ subject: 'subject: [a, b]' }), 'Tekst.']), expect: message.letter.notText('subject'), line: 2 },
  { key: 'emptyField', mistake: 'an empty subject', errors: () => inLetter([...front({ subject: 'subject: ""' }), 'Tekst.']), expect: message.letter.emptyField('subject'), line: 2 },
  { key: 'notList', mistake: 'one signatory not written as a list', errors: () => inLetter([...front({ signatories: 'signatories: staatssecretaris-jenv-van-der-burg' }), 'Tekst.']), expect: message.letter.notList('signatories'), line: 6 },
  { key: 'noSuchDate', mistake: '31 April', errors: () => inLetter([...front({ date: 'date: 2024-04-31' }), 'Tekst.']), expect: message.letter.noSuchDate(), line: 3 },
  { key: 'dateFormat', mistake: 'a date written the Dutch way', errors: () => inLetter([...front({ date: 'date: 25-04-2024' }), 'Tekst.']), expect: message.letter.dateFormat(), line: 3 },
  { key: 'noSignatory', mistake: 'nobody signs', errors: () => inLetter([...front({ signatories: 'signatories: []' }), 'Tekst.']), expect: message.letter.noSignatory(), line: 6 },
  { key: 'signatureForm', mistake: 'a signature form that does not exist', errors: () => inLetter([...front({ signature: 'signature: half' }), 'Tekst.']), expect: message.letter.signatureForm(), line: 10 },
  {
    key: 'unknownSignatory',
    mistake: 'a signatory who is not in signatories.csv',
    errors: () => inLetter([...front({ signatories: 'signatories:\n  - minister-van-niemand' }), 'Tekst.']),
    expect: message.letter.unknownSignatory('data/letters/signatories.csv', []).replace(/ has .*$/, ''),
    line: 7,
  },
  {
    key: 'notInOffice',
    mistake: 'a signatory who had left office on the letter’s date',
    errors: () => inLetter([...front({ date: 'date: 2025-09-26' }), 'Tekst.']),
    expect: message.letter.notInOffice('2025-09-26', '2022-01-10', '2024-07-01'),
    line: 7,
  },
  { key: 'unknownSource', mistake: 'a source id that is not in sources.csv', errors: () => inLetter([...front({ source: 'source: brief-van-april' }), 'Tekst.']), expect: message.letter.unknownSource(), line: 9 },
  { key: 'beforeEdition', mistake: 'a letter dated before its edition came out', errors: () => inLetter([...front({ date: 'date: 2024-04-01' }), 'Tekst.']), expect: message.letter.beforeEdition('MPP 2024-I', '2024-04-05'), line: 3 },
  {
    key: 'noSender',
    mistake: 'no ministry in senders.csv for the signatories on that date',
    errors: () => inLetter([...front(), 'Tekst.'], { ...senders, senders: [] }),
    expect: message.letter.noSender('data/letters/senders.csv', '2024-04-25'),
    line: 7,
  },
  // ---- annexes and the Kamerstuk number
  { key: 'attachmentForm', mistake: 'an annex given as a title only', errors: () => inLetter([...front({ attachments: 'attachments:\n  - Overzicht per gemeente' }), 'Tekst.']), expect: message.letter.attachmentForm(), line: 9 },
  { key: 'attachmentNoAnnex', mistake: 'an annex with neither file nor url', errors: () => inLetter([...front({ attachments: 'attachments:\n  - title: Overzicht' }), 'Tekst.']), expect: message.letter.attachmentNoAnnex('Overzicht'), line: 9 },
  {
    key: 'attachmentUnavailableDraft',
    mistake: 'a letter still to be sent that says its annex was not found',
    errors: () => inLetter([...front({ source: '', attachments: 'attachments:\n  - title: Overzicht\n    unavailable: niet gevonden' }), 'Tekst.']),
    expect: message.letter.attachmentUnavailableDraft(),
    line: 9,
  },
  { key: 'attachmentFileMissing', mistake: 'an annex file that is not beside the letter', errors: () => inLetter([...front({ attachments: 'attachments:\n  - title: Overzicht\n    file: overzicht.pdf' }), 'Tekst.']), expect: message.letter.attachmentFileMissing('overzicht.pdf'), line: 9 },
  { key: 'attachmentFileKind', mistake: 'an annex in Word', errors: () => inLetter([...front({ attachments: 'attachments:\n  - title: Overzicht\n    file: overzicht.docx' }), 'Tekst.']), expect: message.letter.attachmentFileKind(), line: 10 },
  { key: 'attachmentUrl', mistake: 'an annex address that is not a web address', errors: () => inLetter([...front({ attachments: 'attachments:\n  - title: Overzicht\n    url: ftp://example.org/x.pdf' }), 'Tekst.']), expect: message.letter.attachmentUrl(), line: 10 },
  { key: 'annexAnnounced', mistake: 'a bijlage announced that the front matter does not list', errors: body('Zie de bijlage voor de cijfers per gemeente.'), expect: message.letter.annexAnnounced(), line: BODY },
  { key: 'conceptForm', mistake: 'concept written as a word', errors: () => inLetter([...front({ source: '', concept: 'concept: ja' }), 'Tekst.']), expect: message.letter.conceptForm(), line: 9 },
  { key: 'conceptSent', mistake: 'a reproduction of a sent letter marked concept', errors: () => inLetter([...front({ concept: 'concept: true' }), 'Tekst.']), expect: message.letter.conceptSent(), line: 10 },
  { key: 'kamerstukForm', mistake: 'a Kamerstuk number written without its comma and nr.', errors: () => inLetter([...front({ kamerstuk: 'kamerstuk: "19637-3478"' }), 'Tekst.']), expect: message.letter.kamerstukForm(), line: 10 },
  // ---- numbers and references in the text
  {
    key: 'staleNumber',
    mistake: 'a figure typed instead of referenced',
    errors: body('Er zijn 97.500 plekken nodig.'),
    expect: message.letter.staleNumber(['fig("coa-capacity-need", "2025-01-01", "medio", "2024-I")'], '97.500').slice(0, 40),
    line: BODY,
  },
  // 33 % is the medio scenario's chance of exceedance (seed 001), a definition and no figure of the data set.
  { key: 'typedNumber', mistake: 'a number typed that is no figure, not marked literal', errors: body('In het medio scenario is de kans 33% dat de prognose overschreden wordt.'), expect: message.letter.typedNumber('33', []), line: BODY },
  {
    // 8.718 new places in 2025 is the COA's outlook (prognoses.csv, EK 36 600 XX p. 18).
    key: 'typedNumber',
    mistake: '8.719 typed for the figure 8.718',
    errors: body('In 2025 openen nieuwe locaties met 8.719 plekken.'),
    expect: message.letter.typedNumber('8.719', [{ key: 'fig("coa-new-locations-capacity", "2025", "outlook")', value: '8.718' }]).replace(/\?$/, ''),
    line: BODY,
  },
  { key: 'unclosedReference', mistake: 'a reference never closed, at the end of the letter', errors: body('Het medio scenario bedraagt {{ fig("asylum-inflow-total", "2024", "medio")'), expect: message.letter.unclosedReference(), line: BODY },
  { key: 'unclosedReference', mistake: 'a reference closed with one brace', errors: body('Het is {{ fig("asylum-inflow-total", "2024", "medio") } in 2024.'), expect: message.letter.unclosedReference(), line: BODY },
  { key: 'strayBrace', mistake: 'a }} that closes nothing', errors: body('Het is {{ ik }} }} geweest.'), expect: message.letter.strayBrace('}}'), line: BODY },
  { key: 'referenceWithoutBraces', mistake: 'a reference without its braces', errors: body('Het is fig("asylum-inflow-total", "2024", "medio").'), expect: message.letter.referenceWithoutBraces('fig'), line: BODY },
  { key: 'unbalancedQuotes', mistake: 'an argument whose closing quote is missing', errors: body('Het is {{ fig("asylum-inflow-total, "2024", "medio") }}.'), expect: message.letter.unbalancedQuotes(), line: BODY },
  { key: 'unbalancedParentheses', mistake: 'a reference whose ) is missing', errors: body('Het is {{ fig("asylum-inflow-total", "2024", "medio" }}.'), expect: message.letter.unbalancedParentheses('('), line: BODY },
  { key: 'literalForm', mistake: 'a literal without quotes', errors: body('Er zijn {{ 38 | literal }} locaties.'), expect: message.letter.literalForm(), line: BODY },
  { key: 'notExpression', mistake: 'a word in braces', errors: body('{{ hallo }} wereld.'), expect: message.letter.notExpression(Object.keys(PRONOUNS)), line: BODY },
  { key: 'unknownFunction', mistake: 'a function that does not exist', errors: body('Het is {{ figuur("a") }}.'), expect: message.letter.unknownFunction('figuur', FUNCTIONS), line: BODY },
  { key: 'argumentNotString', mistake: 'an argument without quotes', errors: body('Het is {{ fig(asylum, "2024", "medio") }}.'), expect: message.letter.argumentNotString('fig', 'asylum'), line: BODY },
  {
    key: 'operandNotReference',
    mistake: 'a typed number where a difference needs a reference',
    errors: body('Dat is {{ difference(fig("asylum-inflow-total", "2024", "medio"), "41500") }} meer.'),
    expect: message.letter.operandNotReference('difference', '"41500"'),
    line: BODY,
  },
  {
    key: 'divideByZero',
    mistake: 'a change relative to a figure that is 0 (the taakstelling of 2024-H2 made 0 here)',
    errors: () => {
      const zero = { ...data, prognoses: data.prognoses.map((p) => (p.indicator === 'housing-quota' && p.period === '2024-H2' ? { ...p, value: 0 } : p)) };
      const errors: DataError[] = [];
      const text = [...front(), 'Dat is {{ relative(fig("housing-quota", "2024-H1", "set"), fig("housing-quota", "2024-H2", "set")) }}.'].join('\n') + '\n';
      readLetter(text, FILE, { edition: '2024-I', kind: 'gemeenten' }, zero, deriveModel(zero), senders, errors);
      return errors;
    },
    expect: message.letter.divideByZero('relative', 'fig("housing-quota", "2024-H2", "set")'),
    line: BODY,
  },
  {
    key: 'unknownDerivedPart',
    mistake: 'a part a cost calculation does not have',
    errors: body('Het scheelt {{ derived("ombouw-5600-noodopvangplekken", "plekken") }}.'),
    expect: message.letter.unknownDerivedPart('plekken', DERIVED_PARTS),
    line: BODY,
  },
  { key: 'unknownFilter', mistake: 'a filter that does not exist', errors: body('Het is {{ fig("asylum-inflow-total", "2024", "medio") | rond }}.'), expect: message.letter.unknownFilter('rond', FILTERS), line: BODY },
  { key: 'argumentCount', mistake: 'a reference without period and scenario', errors: body('Het is {{ fig("asylum-inflow-total") }}.'), expect: message.letter.argumentCount('fig', '(indicator, period, scenario or kind[, edition])', 1), line: BODY },
  {
    key: 'onlyInQuestion',
    mistake: "a figure only a member's question gives",
    errors: body('Nodig: {{ fig("coa-capacity-need", "2025-01-01", "point") }}.'),
    expect: message.letter.onlyInQuestion(['ek-2025-02-07-begroting-am']),
    line: BODY,
  },
  {
    key: 'sourceAfterLetter',
    mistake: 'a figure of an edition that came out after the letter',
    errors: body('Nodig: {{ fig("coa-capacity-need", "2027-01-01", "mediaan", "2025") }}.'),
    expect: message.letter.sourceAfterLetter('2024-04-25', 'tk-2025-mpp-2025 (2025-09-26)'),
    line: BODY,
  },
  {
    key: 'bareDropsOwnWord',
    mistake: '| bare on a figure whose own rounding word the source writes',
    errors: body('Bezetting: {{ fig("coa-occupancy", "2025-01-01", "medio") | bare }}.'),
    expect: message.letter.bareDropsOwnWord('ongeveer'),
    line: BODY,
  },
  {
    key: 'unknownFigure',
    mistake: 'a misspelt indicator',
    errors: body('{{ fig("asylum-inflow-totaal", "2024", "medio") }}.'),
    expect: unknownFigure(message.letter.noMppFigure('2024-I', 'asylum-inflow-totaal', '2024', 'medio')),
    line: BODY,
  },
  { key: 'kindWithEdition', mistake: 'a target given an edition', errors: body('{{ fig("coa-capacity-multiyear", "2027", "target", "2025") }}.'), expect: message.letter.kindWithEdition('target', '2025'), line: BODY },
  { key: 'noKindFigure', mistake: 'a target that does not exist', errors: body('{{ fig("coa-capacity-need", "2027", "target") }}.'), expect: unknownFigure(message.letter.noKindFigure('target', 'coa-capacity-need', '2027')), line: BODY },
  { key: 'noEditionId', mistake: 'an edition that does not exist', errors: body('{{ fig("asylum-inflow-total", "2024", "medio", "2030") }}.'), expect: unknownFigure(message.letter.noEditionId('2030')), line: BODY },
  { key: 'noMppFigure', mistake: 'a period the edition does not forecast', errors: body('{{ fig("asylum-inflow-total", "2040", "medio") }}.'), expect: unknownFigure(message.letter.noMppFigure('2024-I', 'asylum-inflow-total', '2040', 'medio')), line: BODY },
  { key: 'noRealisation', mistake: 'a realisation not in the data', errors: body('{{ actual("asylum-inflow-first", "1999") }}.'), expect: unknownFigure(message.letter.noRealisation('asylum-inflow-first', '1999')), line: BODY },
  { key: 'noCost', mistake: 'a cost in a price year not in the data', errors: body('{{ cost("hotel", "1999") }}.'), expect: unknownFigure(message.letter.noCost('hotel', '1999')), line: BODY },
  {
    key: 'noEarlierEdition',
    mistake: 'a change from an edition without a predecessor',
    errors: body('{{ change("asylum-inflow-total", "2022", "point", "2021-09") }}.'),
    expect: unknownFigure(message.letter.noEarlierEdition('2021-09', 'asylum-inflow-total', '2022', 'point')),
    line: BODY,
  },
  { key: 'noCostCalculation', mistake: 'a cost calculation not in cost-scenarios.csv', errors: body('{{ derived("ombouw") }}.'), expect: unknownFigure(message.letter.noCostCalculation('ombouw')), line: BODY },
  // ---- senders.csv and signatories.csv
  {
    key: 'required',
    mistake: 'a sender without its ministry',
    errors: async () => {
      const dir = await scratchData();
      const line = await setCell(dir, 'letters/senders.csv', 'jenv-dgm', 'ministry', '');
      const errors: DataError[] = [];
      loadSenders(dir, errors);
      assert.is(line, 2);
      return errors;
    },
    expect: message.letter.required(),
    line: 2,
  },
  {
    key: 'senderDate',
    mistake: 'a sender date written the Dutch way',
    errors: async () => {
      const dir = await scratchData();
      await setCell(dir, 'letters/senders.csv', 'jenv-dgm', 'valid_from', '26-10-2017');
      const errors: DataError[] = [];
      loadSenders(dir, errors);
      return errors;
    },
    expect: message.letter.senderDate(),
    line: 2,
  },
  {
    key: 'missingSenderColumn',
    mistake: 'a column of signatories.csv renamed',
    errors: async () => {
      const dir = await scratchData();
      const file = path.join(dir, 'letters', 'signatories.csv');
      await writeFile(file, (await readFile(file, 'utf8')).replace('key,role,', 'id,role,'));
      const errors: DataError[] = [];
      loadSenders(dir, errors);
      return errors;
    },
    expect: message.letter.missingSenderColumn('key', []).replace(/expected .*$/, ''),
    line: 1,
  },
  {
    key: 'unknownSender',
    mistake: 'a signatory of a sender that is not in senders.csv',
    errors: async () => {
      const dir = await scratchData();
      await setCell(dir, 'letters/signatories.csv', 'staatssecretaris-jenv-van-der-burg', 'sender', 'jenv-xyz');
      const errors: DataError[] = [];
      loadSenders(dir, errors);
      return errors;
    },
    expect: message.letter.unknownSender('jenv-xyz'),
    line: 2,
  },
];

for (const c of CASES) {
  test(`letter.${c.key}: ${c.mistake}`, async () => {
    const errors = await c.errors();
    // Line 0 in a case: any line (the mistake's line depends on the shipped letter's length).
    const hit = errors.find((e) => (c.line === 0 || e.line === c.line) && e.message.startsWith(c.expect));
    assert.ok(hit, `expected line ${c.line}: ${c.expect}\ngot:\n${errors.map(formatError).join('\n')}`);
  });
}

test('every letter message of the catalogue has a case above', () => {
  const keys = Object.keys(message.letter);
  const covered = new Set(CASES.map((c) => c.key));
  assert.equal(keys.filter((k) => !covered.has(k)), [], 'messages without a case');
  assert.equal([...covered].filter((k) => !keys.includes(k)), [], 'cases for messages that are not in the catalogue');
});

test.run();

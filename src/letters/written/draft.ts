/**
 * The generated letter as a starting `.md` for a writer (`npm run letter:draft -- <edition> <kind>`):
 * front matter (no kenmerk: a draft has none; dated as the document that reports the edition, with
 * the signatories in office then) and the generated sentences by section, as they would have read on
 * that date (from the data whose sources existed then), every number replaced by the reference the
 * sentence gives for it by key: a figure as `fig(…)`, `actual(…)`, `cost(…)`, a derived number as an
 * expression over references (`difference(…)`, `relative(…)`, `derived(…)`), so that it follows the data.
 */
import type { Dataset, Edition } from '../../data/schema.ts';
import { deriveModel, type Model } from '../../model/index.ts';
import { composeSentences } from '../narrative/index.ts';
import { LETTER_SECTIONS, type LetterKind, letterSubject } from '../plan.ts';
import { parseExpression } from './expressions.ts';
import { type LetterContext, resolveExpression } from './references.ts';
import { type Senders, signatoriesAt } from './senders.ts';
import { DUTCH_MONTH_PATTERN, firstDayOf, lastDayOf } from '../../data/period.ts';
import { QUALIFIER_PATTERN } from '../../data/vocabulary.ts';

const HEADINGS: Record<LetterKind, Record<string, string>> = {
  'tweede-kamer': {
    instroom: 'Instroom',
    opvang: 'Opvang',
    uitstroom: 'Uitstroom en huisvesting statushouders',
    oekraine: 'Oekraïense ontheemden',
    kosten: 'Kosten van de opvang',
  },
  gemeenten: {
    instroom: 'Instroom',
    opvang: 'Opvang',
    huisvesting: 'Huisvesting statushouders',
    oekraine: 'Oekraïense ontheemden',
    kosten: 'Vergoedingen voor gemeenten',
  },
};

const ADDRESSEE: Record<LetterKind, string[]> = {
  'tweede-kamer': ['De Voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA Den Haag'],
  gemeenten: ['Aan de commissarissen van de Koning, gedeputeerden, burgemeesters en wethouders en corporatiebestuurders'],
};

/** A number as the generated text prints it: "ca. 47.000", "ruim € 74", "−29 %", "bijna € 156 miljoen". */
const TOKEN = new RegExp(
  `(?:(${QUALIFIER_PATTERN}) )?([+−])?(€ )?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?( miljoen| miljard)?( ?%)?(?![\\d\\p{L}])`,
  'gu',
);

/**
 * One generated sentence with its numbers as references: each number becomes the reference, among
 * the sentence's own (`refs`, by key: the figures it states and the derived numbers over them),
 * that prints it on the letter's date. A year stays as it is; any other number none of them prints (a
 * scenario's chance of exceedance, a value another document gives in a note on sources that
 * disagree) is marked literal, for the writer to see.
 */
function withReferences(text: string, refs: string[], ctx: LetterContext): string {
  // What each reference prints; the references come in the order the sentence names them (the
  // figures it states, then those it compares with, then the derived numbers), so that two
  // references that print the same text ("45.000" now and before) are taken in turn.
  const prints = new Map<string, string[]>();
  for (const ref of refs) {
    for (const r of [ref, `${ref} | bare`]) {
      const { expression } = parseExpression(r);
      const resolved = expression ? resolveExpression(expression, ctx, 1) : null;
      if (!resolved?.ok) continue;
      const list = prints.get(resolved.value.text) ?? [];
      if (!list.some((x) => x.replace(/ \| bare$/, '') === ref)) list.push(r);
      prints.set(resolved.value.text, list);
    }
  }
  const taken = new Map<string, number>();
  return text.replace(TOKEN, (token: string, _q: string | undefined, _sign: string | undefined, eur: string | undefined, int: string, ...rest: unknown[]) => {
    const list = prints.get(token);
    if (list) {
      const n = taken.get(token) ?? 0;
      taken.set(token, n + 1);
      return `{{ ${list[n] ?? list[0]} }}`;
    }
    if (!eur && /^\d{4}$/.test(int)) return token; // a year
    const after = text.slice((rest.at(-2) as number) + token.length);
    if (token === int && MONTH.test(after)) return token; // the day of a date
    return `{{ "${token}" | literal }}`;
  });
}

/**
 * The date of a draft: that of the document that reports the edition (editions.csv `source`), the
 * last day of its month when sources.csv gives only a month, and never before the edition appeared.
 */
export function draftDate(data: Dataset, edition: Edition): string {
  const source = data.sources.find((s) => s.id === edition.source);
  const published = firstDayOf(edition.published);
  const reported = source ? lastDayOf(source.date) : published;
  return reported > published ? reported : published;
}

/**
 * A comment for a draft dated after its edition's figures went out: both dates, so that the letter
 * does not read as the first publication (MPP 2024-II went to parliament in November 2024; the nota
 * that explains it is of 7 February 2025).
 */
function publishedBefore(e: Edition, date: string): string[] {
  if (lastDayOf(e.published) >= date) return [];
  return [
    `# The figures of ${e.label} went out ${e.published} (editions.csv published); this draft is dated ${date}, as ${e.source}, the document that reports them.`,
  ];
}

/** The data as it was on `date`: only rows whose source existed then, and only editions published by then. */
export function dataAsOf(data: Dataset, date: string): Dataset {
  const sources = data.sources.filter((s) => lastDayOf(s.date) <= date);
  const known = new Set(sources.map((s) => s.id));
  const editions = data.editions.filter((e) => firstDayOf(e.published) <= date && known.has(e.source));
  const ids = new Set(editions.map((e) => e.id));
  return {
    ...data,
    sources,
    editions,
    prognoses: data.prognoses.filter((p) => known.has(p.source) && (p.edition === null || ids.has(p.edition))),
    realisations: data.realisations.filter((r) => known.has(r.source)),
    costs: data.costs.filter((c) => known.has(c.source)),
    costScenarios: data.costScenarios.filter((c) => known.has(c.source)),
    basisScenarios: data.basisScenarios.filter((b) => known.has(b.source) && ids.has(b.edition)),
  };
}

const MONTH = new RegExp(`^ (${DUTCH_MONTH_PATTERN})\\b`);

const yamlText = (s: string) => JSON.stringify(s);

/** The draft of one letter as Markdown with front matter. */
export function draftMarkdown(data: Dataset, model: Model, senders: Senders, edition: string, letter: LetterKind): string {
  const e = data.editions.find((x) => x.id === edition);
  if (!e) throw new Error(`no edition ${edition} in editions.csv`);
  const date = draftDate(data, e);
  const ctx: LetterContext = { data, model, edition, date, ownSource: null };
  // What the letter says, from what was known on its date.
  const then = dataAsOf(data, date);
  const sentences = composeSentences(then, deriveModel(then), edition, letter);
  const signers = signatoriesAt(senders, date);
  const sections = LETTER_SECTIONS[letter].filter((id) => sentences.some((s) => s.section === id));
  const front = [
    '---',
    `# Draft of the ${letter} letter of ${e.label}, generated from the data. Fill in the kenmerk when one is given.`,
    ...publishedBefore(e, date),
    `subject: ${yamlText(letterSubject(e, letter, sections))}`,
    `date: ${date}`,
    'kenmerk: ""',
    'addressee: |',
    ...ADDRESSEE[letter].map((l) => `  ${l}`),
    ...(signers.length > 0
      ? ['signatories:', ...signers.map((s) => `  - ${s.key}`)]
      : [`# No signatory in data/letters/signatories.csv was in office on ${date}: add one.`, 'signatories: []']),
    'attachments: []',
    ...(letter === 'gemeenten' ? ['closing: Met vriendelijke groet,'] : []),
    '# Printed marked "Concept", unsigned, until this line is removed.',
    'concept: true',
    '---',
  ];
  const body: string[] = [];
  if (letter === 'gemeenten') {
    body.push('Geachte commissarissen van de Koning, gedeputeerden, burgemeesters en wethouders, en corporatiebestuurders,', '');
  }
  body.push(`Met deze brief ${signers.length > 1 ? 'informeren' : 'informeer'} {{ ik }} ${letter === 'tweede-kamer' ? 'uw Kamer' : 'u'} over de uitkomsten van de ${e.label}.`, '');
  sections.forEach((id, i) => {
    body.push(`## ${i + 1}. ${HEADINGS[letter][id]}`, '');
    const mine = sentences.filter((s) => s.section === id);
    let paragraph: string[] = [];
    let key: string | null = null;
    const flush = () => {
      if (paragraph.length) body.push(paragraph.join(' '), '');
      paragraph = [];
    };
    for (const s of mine) {
      if (s.paragraph !== key) flush();
      key = s.paragraph;
      // A derived number's reference carries its own note on how it is computed.
      const notes = s.notes
        .filter((n) => !n.id.endsWith('/berekend'))
        .map((n) => `^[${withReferences(n.text, s.refs, ctx)}]`)
        .join('');
      paragraph.push(withReferences(s.text, s.refs, ctx) + notes);
    }
    flush();
  });
  body.push(
    letter === 'tweede-kamer'
      ? 'Zoals gebruikelijk informeert het kabinet uw Kamer via de Voorjaarsnota en de Najaarsnota over de wijze waarop de nieuwste ramingen voor asiel en ontheemden worden verwerkt in de Rijksbegroting.'
      : 'Alleen in gezamenlijkheid kunnen we deze opgaven het hoofd bieden.',
    '',
  );
  return `${front.join('\n')}\n${body.join('\n')}`;
}

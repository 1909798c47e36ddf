/**
 * The generated letter as a starting `.md` for a writer (`npm run letter:draft -- <edition> <kind>`):
 * front matter (no kenmerk: a draft has none; the signatories in office on the edition's date) and
 * the generated sentences by section, every number that is a figure of the data set replaced by its
 * reference. A number the model derived (a difference, a rounded sum) stays as the draft prints it;
 * one that equals a data figure but is printed differently is marked `| literal` for the writer.
 */
import type { Dataset } from '../../data/schema.ts';
import type { Model } from '../../model/index.ts';
import { composeSentences } from '../narrative/index.ts';
import { LETTER_SECTIONS, type LetterKind, letterSubject } from '../plan.ts';
import { parseExpression } from './expressions.ts';
import { type LetterContext, resolveExpression } from './references.ts';
import { type Senders, signatoriesAt } from './senders.ts';
import { firstDayOf } from '../../data/period.ts';
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

const TOKEN = new RegExp(
  `(?:(${QUALIFIER_PATTERN}) )?(€ )?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?( miljoen| miljard)?( %)?(?![\\d\\p{L}])`,
  'gu',
);

interface Candidate {
  ref: string;
  /** Lower is better. */
  rank: number;
}

function candidates(data: Dataset, model: Model, edition: string, covers: Set<string>, value: number): Candidate[] {
  const order = model.editionOrder;
  const out: Candidate[] = [];
  const q = (fn: string, xs: string[]) => `${fn}(${xs.map((x) => `"${x}"`).join(', ')})`;
  for (const p of data.prognoses) {
    if (p.region !== null || (p.value !== value && p.value_high !== value)) continue;
    if (p.kind === 'mpp') {
      const at = order.indexOf(p.edition!);
      if (at > order.indexOf(edition)) continue;
      const own = p.edition === edition;
      const args = own ? [p.indicator, p.period, p.scenario!] : [p.indicator, p.period, p.scenario!, p.edition!];
      out.push({ ref: q('fig', args), rank: own ? (covers.has(`${p.indicator}|${p.period}|${p.scenario}`) ? 0 : 1) : 2 });
    } else {
      out.push({ ref: q('fig', [p.indicator, p.period, p.kind]), rank: covers.has(`${p.indicator}|${p.period}|${p.kind}`) ? 0 : 3 });
    }
  }
  for (const r of data.realisations) if (r.region === null && r.value === value) out.push({ ref: q('actual', [r.indicator, r.period]), rank: 4 });
  for (const c of data.costs) if (c.amount === value) out.push({ ref: q('cost', [c.type, String(c.price_year)]), rank: 5 });
  return out.sort((a, b) => a.rank - b.rank || a.ref.localeCompare(b.ref));
}

/** One generated sentence with its figures as references. */
function withReferences(text: string, ctx: LetterContext, covers: Set<string>): string {
  return text.replace(TOKEN, (token, _q: string | undefined, eur: string | undefined, int: string, frac: string | undefined, scale: string | undefined) => {
    let value = Number(int.replace(/\./g, '') + (frac ? `.${frac}` : ''));
    if (scale) value *= scale.trim() === 'miljoen' ? 1e6 : 1e9;
    if (!eur && !scale && /^\d{4}$/.test(int) && value >= 1900 && value <= 2100) return token; // a year
    // A figure the data holds only from a source dated after the edition is still written as its
    // reference: the build then says so, and the writer decides (a later date, another source).
    const later = { ...ctx, date: '9999-12-31' };
    for (const c of candidates(ctx.data, ctx.model, ctx.edition, covers, value)) {
      for (const ref of [c.ref, `${c.ref} | bare`]) {
        const { expression } = parseExpression(ref);
        const r = expression ? resolveExpression(expression, later, 1) : null;
        if (r?.ok && r.value.text === token) return `{{ ${ref} }}`;
      }
    }
    return candidates(ctx.data, ctx.model, ctx.edition, covers, value).length > 0 ? `{{ "${token}" | literal }}` : token;
  });
}

const yamlText = (s: string) => JSON.stringify(s);

/** The draft of one letter as Markdown with front matter. */
export function draftMarkdown(data: Dataset, model: Model, senders: Senders, edition: string, letter: LetterKind): string {
  const e = data.editions.find((x) => x.id === edition);
  if (!e) throw new Error(`no edition ${edition} in editions.csv`);
  const date = firstDayOf(e.published);
  const ctx: LetterContext = { data, model, edition, date, ownSource: null };
  const sentences = composeSentences(data, model, edition, letter);
  const signers = signatoriesAt(senders, date);
  const sections = LETTER_SECTIONS[letter].filter((id) => sentences.some((s) => s.section === id));
  const front = [
    '---',
    `# Draft of the ${letter} letter of ${e.label}, generated from the data. Fill in the kenmerk when one is given.`,
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
      const covers = new Set(s.covers);
      const notes = s.notes.map((n) => `^[${withReferences(n.text, ctx, covers)}]`).join('');
      paragraph.push(withReferences(s.text, ctx, covers) + notes);
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

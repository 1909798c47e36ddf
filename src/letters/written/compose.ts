/**
 * A written letter as a document to print: its Markdown body as HTML with every reference replaced
 * by what it prints (kept on one line) and its note number, the inline notes `^[…]` of the writer,
 * the sender block and the signatures from the sender data. Pure: a WrittenLetter in, HTML parts out.
 */
import { SOURCE_FORM } from '../../data/vocabulary.ts';
import { letterTitle } from '../plan.ts';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { formatDate, keepTogether, NBSP } from '../../format/dutch.ts';
import { escapeHtml } from '../../format/escape.ts';
import type { Dataset, Source } from '../../data/schema.ts';
import type { Attachment } from './front-matter.ts';
import type { WrittenLetter } from './load.ts';
import type { Sender } from './senders.ts';

export type WrittenNote = { number: number; kind: 'source'; source: Source } | { number: number; kind: 'text'; html: string };

export interface WrittenDocument {
  type: 'written';
  file: string;
  edition: WrittenLetter['edition'];
  letter: WrittenLetter['letter'];
  title: string;
  subject: string;
  /** ISO date and as printed: "25 april 2024". */
  isoDate: string;
  date: string;
  kenmerk: string | null;
  addressee: string[];
  sender: Sender | null;
  signatures: { role: string; name: string | null }[];
  closing: string | null;
  /** "Betreft" in a Kamerbrief, "Onderwerp" in a letter to municipalities (as the seeds print it). */
  subjectLabel: 'Betreft' | 'Onderwerp';
  /** The Kamerstuk number, when the front matter gives it. */
  kamerstuk: string | null;
  /** The annexes, each with its file (absolute path, embedded in the PDF), url (linked) or why it is not there. */
  attachments: (Attachment & { path: string | null })[];
  /**
   * When the letter reproduces a sent letter (front matter `source`): what the PDF says on its first
   * page and in its metadata, and the official publication the site links beside it.
   */
  reproduction: { source: Source; notice: string; noticeHtml: string } | null;
  /** Not final (front matter `concept: true`): printed marked "Concept", no kenmerk, no signature names. */
  concept: boolean;
  /** The body as HTML, without its last block. */
  bodyHtml: string;
  /** The last block of the body, printed together with the signatures (never a page of signatures alone). */
  lastHtml: string;
  notes: WrittenNote[];
  /** Each block of the body as plain text, figures resolved (for the diff and the tests). */
  paragraphs: string[];
  /** The same blocks, saying which are headings (the diff names a paragraph by its heading). */
  blocks: { heading: boolean; text: string }[];
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
// Only what is written as an address becomes a link: "Rijksoverheid.nl" in a note's title is not one.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: true, fuzzyIP: false });

/**
 * A note mark: a link to its note (tagged as a Link in the PDF) after a narrow no-break space, so
 * that text extraction reads "46 4" and never "464", and the mark never starts a line.
 */
export const noteMark = (n: number) =>
  `\u202F<a class="nootverwijzing" href="#noot-${n}" id="verwijzing-${n}" data-noot="${n}"><sup>${n}</sup></a>`;

/** What a reproduction of a sent letter says on its first page (as text for the PDF's subject, and as HTML with the link). */
export function reproductionNotice(source: Source, date: string): { notice: string; noticeHtml: string } {
  const where = source.reference ? `, gepubliceerd als ${source.reference}` : '';
  const form = SOURCE_FORM[source.form];
  const lead = `Weergave van de ${form.noun} zoals ${form.done} op ${formatDate(date)}${where}, opgemaakt uit de gegevens van deze publicatie; geen officiële uitgave.`;
  if (!source.url) {
    const none = ' Een officiële publicatie van de brief is niet gevonden.';
    return { notice: lead + none, noticeHtml: escapeHtml(keepTogether(lead + none)) };
  }
  return {
    notice: `${lead} De officiële publicatie: ${source.url}`,
    noticeHtml: `${escapeHtml(keepTogether(lead))} De officiële publicatie: <a href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>`,
  };
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const NOTE_OPEN = '\uE002';

/** A written letter's title: the PDF title and the site's link text. */
export function writtenTitle(l: WrittenLetter): string {
  return (l.front.concept ? 'Concept: ' : '') + letterTitle(l.edition, l.letter);
}

export function composeWritten(l: WrittenLetter, data: Dataset): WrittenDocument {
  const notes: WrittenNote[] = [];
  const bySource = new Map<string, number>();
  const sourceNote = (id: string): number | null => {
    if (bySource.has(id)) return null; // cited once, at its first figure
    const source = data.sources.find((s) => s.id === id)!;
    const n = notes.length + 1;
    notes.push({ number: n, kind: 'source', source });
    bySource.set(id, n);
    return n;
  };
  const textNote = (html: string) => {
    const n = notes.length + 1;
    notes.push({ number: n, kind: 'text', html });
    return n;
  };
  // Replace each reference by a token (markdown-it leaves private-use characters alone) and each
  // inline note ^[…] by a token, numbering the notes in the order they appear.
  const printed: string[] = [];
  const plainOf: string[] = [];
  let body = '';
  let cursor = 0;
  const refHtml = (i: number, withNote: boolean) => {
    const e = l.expressions[i]!;
    const r = e.resolved;
    let sup = '';
    if (withNote && r.note) {
      const n = r.note.kind === 'source' ? sourceNote(r.note.source) : textNote(escapeHtml(r.note.text));
      if (n !== null) sup = noteMark(n);
    }
    const text = escapeHtml(r.text);
    return r.values.length > 0 ? `<span class="nw">${text}</span>${sup}` : `${text}${sup}`;
  };
  const noteRe = /\^\[((?:[^[\]]|\[[^\]]*\])*)\]/g;
  const notesIn: { start: number; end: number; inner: string }[] = [...l.body.matchAll(noteRe)].map((m) => ({ start: m.index, end: m.index + m[0].length, inner: m[1]! }));
  let ei = 0;
  const emitRefs = (upTo: number, withNote: boolean, into: (s: string) => void) => {
    while (ei < l.expressions.length && l.expressions[ei]!.start < upTo) {
      const e = l.expressions[ei]!;
      into(l.body.slice(cursor, e.start));
      if (e.literal) {
        // A marked literal prints as if it were typed there, typography and all ("{{ "14" | literal }} weken").
        into(e.resolved.text);
        cursor = e.end;
        ei++;
        continue;
      }
      printed.push(refHtml(ei, withNote));
      plainOf.push(e.resolved.text);
      into(`${OPEN}${printed.length - 1}${CLOSE}`);
      cursor = e.end;
      ei++;
    }
  };
  for (const n of notesIn) {
    emitRefs(n.start, true, (s) => (body += s));
    body += l.body.slice(cursor, n.start);
    cursor = n.start + 2;
    let inner = '';
    emitRefs(n.end, false, (s) => (inner += s));
    inner += l.body.slice(cursor, n.end - 1);
    cursor = n.end;
    const number = textNote(md.renderInline(keepTogether(inner)));
    body += `${NOTE_OPEN}${number}${CLOSE}`;
  }
  emitRefs(Infinity, true, (s) => (body += s));
  body += l.body.slice(cursor);
  // Typography: the formatter's no-break spaces in dates and numbers, and a figure kept with the word after it.
  body = keepTogether(body).replace(new RegExp(`(${OPEN}\\d+${CLOSE}) (?=[\\p{L}(])`, 'gu'), `$1${NBSP}`);

  const fill = (html: string, plain = false) =>
    html
      .replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_, i) => (plain ? plainOf[Number(i)]! : printed[Number(i)]!))
      .replace(new RegExp(`${NOTE_OPEN}(\\d+)${CLOSE}`, 'g'), (_, n) => (plain ? '' : noteMark(Number(n))));
  for (const n of notes) if (n.kind === 'text') n.html = fill(n.html);

  const tokens = md.parse(body, {});
  const blocks: string[] = [];
  const paragraphs: string[] = [];
  const kinds: { heading: boolean; text: string }[] = [];
  // Split the rendered body into top-level blocks so the last one can stand with the signatures.
  let depth = 0;
  let from = 0;
  tokens.forEach((t, i) => {
    depth += t.nesting;
    if (depth === 0 && t.nesting !== 1) {
      const slice = tokens.slice(from, i + 1);
      blocks.push(md.renderer.render(slice, md.options, {}));
      const plain = fill(
        slice
          .filter((x) => x.type === 'inline')
          .map((x) => x.content)
          .join(' '),
        true,
      )
        .replace(/\s+/g, ' ')
        .trim();
      paragraphs.push(plain);
      kinds.push({ heading: slice[0]?.type === 'heading_open', text: plain });
      from = i + 1;
    }
  });
  const last = blocks.length > 0 ? blocks.pop()! : '';
  return {
    type: 'written',
    file: l.file,
    edition: l.edition,
    letter: l.letter,
    title: writtenTitle(l),
    subject: l.front.subject,
    isoDate: l.front.date,
    date: formatDate(l.front.date),
    kenmerk: l.front.concept ? null : l.front.kenmerk,
    concept: l.front.concept,
    addressee: l.front.addressee,
    sender: l.sender,
    // A concept is not signed: the roles only, as in a generated draft.
    signatures: l.signatories.map((s) => ({ role: s.role, name: l.front.concept ? null : l.front.signature === 'full' ? s.fullName : s.name })),
    closing: l.front.closing,
    subjectLabel: l.letter === 'tweede-kamer' ? 'Betreft' : 'Onderwerp',
    kamerstuk: l.front.kamerstuk,
    attachments: l.front.attachments.map((a) => ({ ...a, path: a.file && l.dir ? path.join(l.dir, a.file) : null })),
    reproduction: (() => {
      const source = l.front.source ? data.sources.find((s) => s.id === l.front.source!.id) : undefined;
      return source ? { source, ...reproductionNotice(source, l.front.date) } : null;
    })(),
    bodyHtml: fill(blocks.join('')),
    lastHtml: fill(last),
    notes,
    paragraphs: paragraphs.filter(Boolean),
    blocks: kinds.filter((b) => b.text !== ''),
  };
}

/**
 * The PDF letters. The build prints the letters staff wrote (`data/letters/<edition>/<kind>.md`,
 * read and checked by written/), and, for the newest edition only, the generated draft of each kind
 * of letter nobody has written yet, marked "Concept" on every page. It prints no letter for a past
 * edition that nobody wrote: the real letters of those editions are the sources.
 * The draft's narrative comes from the numbers (narrative/, wording in templates/letters/), one
 * document per letter (compose.ts), composed once per build with its figures referring to charts by
 * id, then one HTML page per letter with the rendered charts (render.ts), printed with one shared
 * Chromium (print.ts) and finished with pdf-lib (pdf/).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type ContentCache, contentHash } from '../runtime/cache.ts';
import type { Model } from '../model/index.ts';
import type { OutputFolder } from '../runtime/output.ts';
import type { Dataset } from '../data/schema.ts';
import { composeLetter } from './compose.ts';
import type { LetterChart, LetterChartSpec, LetterDocument } from './document.ts';
import { letterPath, lettersOf, letterTitle, type LetterKind } from './plan.ts';
import type { PdfMetadata } from './pdf/index.ts';
import type { Printer } from './print.ts';
import { renderLetterHtml } from './render.ts';
import { composeWritten, type WrittenDocument, writtenTitle } from './written/compose.ts';
import type { WrittenLetter } from './written/load.ts';
import { renderWrittenHtml } from './written/render.ts';
import { type Senders } from './written/senders.ts';
import { UsageError } from '../errors.ts';
import * as message from '../messages.ts';

export type { LetterChart, LetterChartSpec, LetterDocument } from './document.ts';
export { letterSentences, letterStatements, type Sentence, type Statement } from './narrative/index.ts';
export { MUNICIPAL_TASK_INDICATORS, type LetterKind } from './plan.ts';

export const LETTER_CREATOR = 'MPP publicatie (templates/letters)';
export const LETTER_PRODUCER = 'MPP publicatie: Chromium en pdf-lib';

export interface PlannedLetter {
  edition: string;
  letter: 'tweede-kamer' | 'gemeenten';
  /** Path below the site root: `brieven/mpp-2025-tweede-kamer.pdf`. */
  path: string;
  title: string;
  /** A generated draft (not sent; marked "Concept"), not a letter staff wrote. */
  draft: boolean;
}

/**
 * Every letter the build writes, editions in chronological order (the site links them): the
 * written letters, and for the newest edition a draft of each kind it has no written letter of.
 */
export function plannedLetters(data: Dataset, model: Model, written: WrittenLetter[] = []): PlannedLetter[] {
  const newest = model.editionOrder.at(-1);
  return model.editionOrder.flatMap((edition) => {
    const e = data.editions.find((x) => x.id === edition)!;
    const kinds: LetterKind[] = ['tweede-kamer', 'gemeenten'];
    return kinds.flatMap((letter): PlannedLetter[] => {
      const w = written.find((x) => x.edition.id === edition && x.letter === letter);
      if (w) return [{ edition, letter, path: letterPath(edition, letter), title: writtenTitle(w), draft: false }];
      if (edition === newest && lettersOf(data, edition).includes(letter)) {
        return [{ edition, letter, path: letterPath(edition, letter), title: `Concept: ${letterTitle(e, letter)}`, draft: true }];
      }
      return [];
    });
  });
}

/**
 * The date a letter's PDF carries (creation and modification): the edition's publication date
 * (the first of the month when only the month is known), or SOURCE_DATE_EPOCH when it is set.
 */
export function letterDate(published: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError(message.build.sourceDateEpoch(epoch));
    return new Date(Number(epoch) * 1000);
  }
  const [y, m, d] = published.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

/** The metadata of a letter's PDF: a written letter is dated by its front matter, a draft by its edition. */
export function letterMetadata(doc: LetterDocument | WrittenDocument): PdfMetadata {
  const written = doc.type === 'written';
  // A generated draft and a written letter still marked concept are concepts; a reproduction of a sent letter says what it is.
  const concept = !written || doc.concept;
  const reproduction = written && !concept ? doc.reproduction : null;
  return {
    title: doc.title,
    author: doc.sender?.ministry ?? '',
    subject: concept ? `Concept: ${doc.subject}` : reproduction ? `${doc.subject}. ${reproduction.notice}` : doc.subject,
    language: 'nl',
    keywords: ['MPP', doc.edition.label, doc.letter === 'tweede-kamer' ? 'Kamerbrief' : 'brief aan medeoverheden', ...(concept ? ['concept'] : reproduction ? ['weergave van een verzonden brief'] : [])],
    creator: LETTER_CREATOR,
    producer: LETTER_PRODUCER,
    date: letterDate(written ? doc.isoDate : doc.edition.published),
    headings: [doc.subject],
    notes: doc.notes.map((n) => n.number),
    attachments: written
      ? doc.attachments
          .filter((a) => a.path !== null)
          .map((a) => ({ name: a.file!, description: a.title, path: a.path!, sha256: createHash('sha256').update(readFileSync(a.path!)).digest('hex') }))
      : [],
  };
}

/** A planned letter with its document. */
export interface ComposedLetter {
  planned: PlannedLetter;
  doc: LetterDocument | WrittenDocument;
}

/**
 * Compose every planned letter, once per build. Composing needs only a chart's id, title and
 * description (`charts` may be the chart specs), so it happens before any chart is rendered: the
 * build learns from the documents which charts to render first (`letterChartIds`), and the SVGs are
 * added when the letters are rendered for printing. The indicators the letters name exist: validation
 * checks them (data/indicators.ts).
 */
export function composeLetters(
  data: Dataset,
  model: Model,
  charts: LetterChartSpec[],
  opts: {
    /** The letters staff wrote (written/load.ts), and the senders and signatories the drafts sign with. */
    written?: WrittenLetter[];
    senders?: Senders;
  } = {},
): ComposedLetter[] {
  const written = opts.written ?? [];
  return plannedLetters(data, model, written).map((planned) => {
    const w = written.find((x) => x.edition.id === planned.edition && x.letter === planned.letter);
    return {
      planned,
      doc: w ? composeWritten(w, data) : composeLetter(data, model, charts, planned.edition, planned.letter as LetterKind, opts.senders),
    };
  });
}

/** The ids of the charts the letters show, in order of first use. */
export function letterChartIds(letters: ComposedLetter[]): string[] {
  return [...new Set(letters.flatMap((l) => (l.doc.type === 'draft' ? l.doc.sections.flatMap((s) => s.figures.map((f) => f.id)) : [])))];
}

/** Render composed letters to HTML with their rendered charts (no browser needed). */
export function letterPages(letters: ComposedLetter[], charts: LetterChart[]): (ComposedLetter & { html: string })[] {
  return letters.map((l) => ({ ...l, html: l.doc.type === 'draft' ? renderLetterHtml(l.doc, charts) : renderWrittenHtml(l.doc) }));
}

/**
 * Print the composed letters to `out` (at its `path`) with one browser; returns the number of files
 * written. `printer` is asked for only when a letter is not in `cache` (keyed on the letter's HTML,
 * its metadata and `cacheSalt`, which should name the browser build), so a rebuild in which no
 * letter changed starts no browser. `onProgress` is called with (done, total) as letters finish.
 */
export async function writeLetters(
  out: OutputFolder,
  opts: {
    letters: ComposedLetter[];
    /** The rendered charts the letters show (at least those of `letterChartIds`). */
    charts: LetterChart[];
    /** A printer, or a function that makes one for this many letters when a letter must be printed. */
    printer: Printer | ((letters: number) => Printer);
    cache?: ContentCache;
    cacheSalt?: string;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<number> {
  const pages = letterPages(opts.letters, opts.charts);
  const jobs = pages.map((p) => ({ name: p.planned.path, html: p.html, meta: letterMetadata(p.doc) }));
  const keys = jobs.map((j) => contentHash(PDF_VERSION, opts.cacheSalt ?? '', j.html, JSON.stringify(j.meta)));
  const bytes: (Uint8Array | undefined)[] = await Promise.all(keys.map((k) => opts.cache?.get(k)));
  const missing = jobs.map((_, i) => i).filter((i) => bytes[i] === undefined);
  const cached = jobs.length - missing.length;
  opts.onProgress?.(cached, jobs.length);
  if (missing.length > 0) {
    const printer = typeof opts.printer === 'function' ? opts.printer(missing.length) : opts.printer;
    const printed = await printer.print(
      missing.map((i) => jobs[i]!),
      (done) => opts.onProgress?.(cached + done, jobs.length),
    );
    for (const [n, i] of missing.entries()) {
      bytes[i] = printed[n]!.bytes;
      await opts.cache?.set(keys[i]!, printed[n]!.bytes);
    }
  }
  for (let i = 0; i < pages.length; i++) await out.write(pages[i]!.planned.path, bytes[i]!);
  return pages.length;
}

/** Bump when printing or finishing changes its output for the same HTML, so cached PDFs are not reused. */
const PDF_VERSION = 'letters-pdf-4';

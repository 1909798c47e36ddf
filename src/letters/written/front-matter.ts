/**
 * The front matter of a written letter: YAML between two `---` lines at the top of the `.md` file.
 * Every field is checked and every problem located at the line and column of the field (or of the
 * front matter's first line when the field is missing).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { DataError } from '../../errors.ts';
import * as message from '../../messages.ts';
import { isCalendarDate } from '../../data/period.ts';

export interface FrontMatter {
  subject: string;
  /** YYYY-MM-DD */
  date: string;
  /** Where the date stands, for the errors about it. */
  dateAt: { line: number; column: number };
  /** As the writer gives it; null when there is none (never invented). */
  kenmerk: string | null;
  /** The address block, one line per line. */
  addressee: string[];
  signatories: { key: string; line: number; column: number }[];
  attachments: Attachment[];
  /** Optional: the Kamerstuk number the letter was published under ("19 637, nr. 3478"); printed only when given. */
  kamerstuk: string | null;
  /** Optional: the letter's own entry in sources.csv once it has been sent. */
  source: { id: string; line: number; column: number } | null;
  /** Optional: the closing words above the signatures ("Met vriendelijke groet,"). */
  closing: string | null;
  /** Optional: sign with the full name ("Eric van der Burg") instead of initials. */
  signature: 'initials' | 'full';
  /**
   * Optional, `concept: true`: the letter is not final (`npm run letter:draft` writes it so). It is
   * printed marked "Concept" on every page, without kenmerk or signature names, until the writer
   * removes the line.
   */
  concept: boolean;
}

/**
 * An annex the letter announces, with the annex itself: a PDF beside the letter (`file`, embedded in
 * the printed PDF), or the address where it is published (`url`, linked). A reproduction of a sent
 * letter whose annex was not found says so (`unavailable`), and the PDF prints that reason.
 */
export interface Attachment {
  title: string;
  file: string | null;
  url: string | null;
  unavailable: string | null;
  line: number;
  column: number;
}

export const REQUIRED_FIELDS = ['subject', 'date', 'kenmerk', 'addressee', 'signatories', 'attachments'] as const;
const OPTIONAL_FIELDS = ['source', 'closing', 'signature', 'kamerstuk', 'concept'];

export interface Split {
  /** The YAML text (without the fences). */
  yaml: string;
  /** Offset of the YAML text in the file. */
  yamlStart: number;
  body: string;
  bodyStart: number;
}

/** Split a letter file into front matter and body; null when it does not start with `---`. */
export function splitFrontMatter(text: string): Split | null {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  return { yaml: m[1]!, yamlStart: m[0].indexOf('\n') + 1, body: text.slice(m[0].length), bodyStart: m[0].length };
}

/** What could be read of a front matter with problems, so the rest of the letter is still checked. */
export interface PartialFrontMatter {
  date: string | null;
  signatories: FrontMatter['signatories'];
  source: string | null;
}

/**
 * Parse and check the front matter. `front` is null (with errors) when a field cannot be used;
 * `partial` holds what could be read, so the body's references and the signatories are checked too.
 */
export function readFrontMatter(
  split: Split,
  file: string,
  errors: DataError[],
  lineOffset: number,
): { front: FrontMatter | null; partial: PartialFrontMatter } {
  const none: PartialFrontMatter = { date: null, signatories: [], source: null };
  const counter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter: counter, prettyErrors: false });
  const at = (offset: number | undefined) => {
    const p = counter.linePos(offset ?? 0);
    return { line: p.line + lineOffset, column: p.col };
  };
  const before = errors.length;
  for (const e of doc.errors) errors.push({ file, ...at(e.pos[0]), message: message.letter.frontMatterSyntax(e.message.split('\n')[0]!) });
  if (errors.length > before) return { front: null, partial: none };
  if (!isMap(doc.contents)) {
    errors.push({ file, line: lineOffset, column: 1, message: message.letter.frontMatterFields(REQUIRED_FIELDS) });
    return { front: null, partial: none };
  }
  const map = doc.contents;
  const node = (key: string): Node | null => (map.get(key, true) as Node | undefined) ?? null;
  const where = (n: Node | null) => at(n?.range?.[0]);
  for (const item of map.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (![...REQUIRED_FIELDS, ...OPTIONAL_FIELDS].includes(key)) {
      errors.push({ file, ...where(item.key as Node), value: key, message: message.letter.unknownField([...REQUIRED_FIELDS, ...OPTIONAL_FIELDS]) });
    }
  }
  for (const f of REQUIRED_FIELDS) {
    if (!map.has(f)) errors.push({ file, line: lineOffset, column: 1, field: f, message: message.letter.missingField(f) });
  }
  const text = (f: string, allowEmpty = false): string | null => {
    const n = node(f);
    if (n === null) return null;
    const v = isScalar(n) ? n.value : undefined;
    if (v === null && allowEmpty) return '';
    if (typeof v !== 'string' && typeof v !== 'number') {
      errors.push({ file, ...where(n), field: f, message: message.letter.notText(f) });
      return null;
    }
    const s = String(v).trim();
    if (s === '' && !allowEmpty) errors.push({ file, ...where(n), field: f, message: message.letter.emptyField(f) });
    return s;
  };
  const list = (f: string): { value: string; line: number; column: number }[] | null => {
    const n = node(f);
    if (n === null) return null;
    if (!isSeq(n)) {
      errors.push({ file, ...where(n), field: f, message: message.letter.notList(f) });
      return null;
    }
    return n.items.map((i) => ({ value: isScalar(i) ? String(i.value ?? '').trim() : '', ...where(i as Node) }));
  };
  const readAttachments = (n: Node | null): Attachment[] | null => {
    if (n === null) return null;
    if (!isSeq(n)) {
      errors.push({ file, ...where(n), field: 'attachments', message: message.letter.notList('attachments') });
      return null;
    }
    const out: Attachment[] = [];
    for (const item of n.items as Node[]) {
      const pos = where(item);
      if (!isMap(item)) {
        errors.push({ file, ...pos, field: 'attachments', message: message.letter.attachmentForm() });
        continue;
      }
      const get = (k: string) => {
        const v = item.get(k, true) as Node | undefined;
        return v && isScalar(v) && v.value !== null ? String(v.value).trim() : null;
      };
      for (const it of item.items) {
        const key = isScalar(it.key) ? String(it.key.value) : '';
        if (!['title', 'file', 'url', 'unavailable'].includes(key)) errors.push({ file, ...where(it.key as Node), field: 'attachments', value: key, message: message.letter.attachmentForm() });
      }
      const title = get('title');
      if (!title) {
        errors.push({ file, ...pos, field: 'attachments', message: message.letter.attachmentForm() });
        continue;
      }
      const a: Attachment = { title, file: get('file') || null, url: get('url') || null, unavailable: get('unavailable') || null, ...pos };
      if (!a.file && !a.url && !a.unavailable) errors.push({ file, ...pos, field: 'attachments', value: title, message: message.letter.attachmentNoAnnex(title) });
      if (a.file && !/\.pdf$/i.test(a.file)) errors.push({ file, ...where(item.get('file', true) as Node), field: 'attachments', value: a.file, message: message.letter.attachmentFileKind() });
      if (a.url && !/^https?:\/\//.test(a.url)) errors.push({ file, ...where(item.get('url', true) as Node), field: 'attachments', value: a.url, message: message.letter.attachmentUrl() });
      out.push(a);
    }
    return out;
  };
  const subject = text('subject');
  const date = text('date');
  if (date !== null && date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    errors.push({ file, ...where(node('date')), field: 'date', value: date, message: message.letter.dateFormat() });
  } else if (date && !isCalendarDate(date)) {
    // 2024-04-31 would print "31 april 2024", and the PDF's metadata would say 1 May.
    errors.push({ file, ...where(node('date')), field: 'date', value: date, message: message.letter.noSuchDate() });
  }
  const kenmerk = text('kenmerk', true);
  const addressee = text('addressee');
  const signatories = list('signatories');
  if (signatories && signatories.length === 0) {
    errors.push({ file, ...where(node('signatories')), field: 'signatories', message: message.letter.noSignatory() });
  }
  const attachments = readAttachments(node('attachments'));
  const source = map.has('source') ? text('source') : null;
  const closing = map.has('closing') ? text('closing') : null;
  const kamerstuk = map.has('kamerstuk') ? text('kamerstuk') : null;
  if (kamerstuk && !/^\d{2} \d{3}(-[A-Z]+)?, nr\. \d+$/.test(kamerstuk)) {
    errors.push({ file, ...where(node('kamerstuk')), field: 'kamerstuk', value: kamerstuk, message: message.letter.kamerstukForm() });
  }
  if (attachments && !source) {
    for (const a of attachments) {
      if (a.unavailable) errors.push({ file, line: a.line, column: a.column, field: 'attachments', value: a.title, message: message.letter.attachmentUnavailableDraft() });
    }
  }
  const signature = map.has('signature') ? text('signature') : 'initials';
  if (signature !== null && signature !== 'initials' && signature !== 'full') {
    errors.push({ file, ...where(node('signature')), field: 'signature', value: signature, message: message.letter.signatureForm() });
  }
  let concept = false;
  if (map.has('concept')) {
    const n = node('concept');
    const v = n && isScalar(n) ? n.value : undefined;
    if (v !== true && v !== false) errors.push({ file, ...where(n), field: 'concept', value: String(v ?? ''), message: message.letter.conceptForm() });
    else concept = v;
    if (concept && source) errors.push({ file, ...where(n), field: 'concept', message: message.letter.conceptSent() });
  }
  const partial: PartialFrontMatter = {
    date: date && isCalendarDate(date) ? date : null,
    signatories: (signatories ?? []).map((s) => ({ key: s.value, line: s.line, column: s.column })),
    source: source || null,
  };
  if (errors.length > before || !subject || !date || kenmerk === null || !addressee || !signatories || !attachments) return { front: null, partial };
  const front: FrontMatter = {
    subject,
    date,
    dateAt: where(node('date')),
    kenmerk: kenmerk === '' ? null : kenmerk,
    addressee: addressee.split('\n').map((l) => l.trim()).filter(Boolean),
    signatories: signatories.map((s) => ({ key: s.value, line: s.line, column: s.column })),
    attachments,
    kamerstuk: kamerstuk || null,
    source: source ? { id: source, ...where(node('source')) } : null,
    closing: closing || null,
    signature: signature === 'full' ? 'full' : 'initials',
    concept,
  };
  return { front, partial };
}

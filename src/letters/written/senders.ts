/**
 * Who sends and signs a letter, true to its date: `data/letters/senders.csv` (ministry, directorate,
 * addresses, each with the period it was valid) and `data/letters/signatories.csv` (role and name of
 * each signatory, the sender whose letterhead they sign under, and their term). A letter names its
 * signatories by key; its letterhead is the sender of the first signatory that has one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../data/csv.ts';
import type { DataError } from '../../errors.ts';
import { displayPath } from '../../data/load.ts';
import * as message from '../../messages.ts';
import { isCalendarDate } from '../../data/period.ts';

export interface Sender {
  id: string;
  ministry: string;
  directorate: string | null;
  /** Lines of the visiting address (empty when not known). */
  visitingAddress: string[];
  postalAddress: string[];
  web: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface Signatory {
  key: string;
  /** As the signature block prints it: "De Minister van Asiel en Migratie". */
  role: string;
  /** Initials and surname: "D.M. van Weel". */
  name: string;
  fullName: string;
  sender: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface Senders {
  senders: Sender[];
  signatories: Signatory[];
  /** Where each signatory's row is, for messages. */
  files: { senders: string; signatories: string };
}

export const LETTERS_DIR = 'letters';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const SENDER_COLUMNS = ['id', 'ministry', 'directorate', 'visiting_address', 'postal_address', 'web', 'valid_from', 'valid_to', 'source', 'note'];
const SIGNATORY_COLUMNS = ['key', 'role', 'name', 'full_name', 'sender', 'valid_from', 'valid_to', 'note'];

/** Whether `date` (YYYY-MM-DD) lies in the period from `from` to `to` (both included; `to` null is open). */
export const inOffice = (x: { validFrom: string; validTo: string | null }, date: string): boolean =>
  x.validFrom <= date && (x.validTo === null || date <= x.validTo);

function table(
  file: string,
  columns: string[],
  required: string[],
  errors: DataError[],
): { line: number; cells: Record<string, string> }[] {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    errors.push({ file: shown, line: 1, column: 1, message: message.file.missingForLetters(path.basename(file)) });
    return [];
  }
  const { table: csv, problems } = parseCsv(text, shown);
  for (const p of problems) errors.push({ file: shown, line: p.line, column: p.column, message: p.message });
  for (const c of columns) {
    if (!csv.header.includes(c)) errors.push({ file: shown, line: 1, column: 1, message: message.letter.missingSenderColumn(c, columns) });
  }
  csv.header.forEach((h, i) => {
    if (!columns.includes(h)) errors.push({ file: shown, line: 1, column: i + 1, value: h, message: message.file.unknownColumn(columns) });
  });
  for (const r of csv.records) {
    for (const c of required) {
      if (!(r.cells[c] ?? '').trim()) {
        errors.push({ file: shown, line: r.line, column: csv.header.indexOf(c) + 1, field: c, message: message.letter.required() });
      }
    }
    for (const c of ['valid_from', 'valid_to']) {
      const v = (r.cells[c] ?? '').trim();
      if (v && !(DATE.test(v) && isCalendarDate(v))) errors.push({ file: shown, line: r.line, column: csv.header.indexOf(c) + 1, field: c, value: v, message: message.letter.senderDate() });
    }
  }
  return csv.records;
}

const lines = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
const orNull = (s: string | undefined) => ((s ?? '').trim() === '' ? null : s!.trim());

/** Read the senders and signatories of `dataDir/letters/`; errors are located and collected in `errors`. */
export function loadSenders(dataDir: string, errors: DataError[]): Senders {
  const dir = path.join(dataDir, LETTERS_DIR);
  const files = { senders: path.join(dir, 'senders.csv'), signatories: path.join(dir, 'signatories.csv') };
  // A data set without a letters folder (synthetic data) has no written letters and no letterheads.
  if (!existsSync(dir)) return { senders: [], signatories: [], files: { senders: displayPath(files.senders), signatories: displayPath(files.signatories) } };
  const senderRows = table(files.senders, SENDER_COLUMNS, ['id', 'ministry', 'valid_from', 'source'], errors);
  const signatoryRows = table(files.signatories, SIGNATORY_COLUMNS, ['key', 'role', 'name', 'full_name', 'valid_from'], errors);
  const senders = senderRows.map(({ cells: c }) => ({
    id: c.id!.trim(),
    ministry: c.ministry!.trim(),
    directorate: orNull(c.directorate),
    visitingAddress: lines(c.visiting_address),
    postalAddress: lines(c.postal_address),
    web: orNull(c.web),
    validFrom: (c.valid_from ?? '').trim(),
    validTo: orNull(c.valid_to),
  }));
  const ids = new Set(senders.map((s) => s.id));
  const signatories = signatoryRows.map(({ cells: c, line }) => {
    const sender = orNull(c.sender);
    if (sender !== null && !ids.has(sender)) {
      errors.push({ file: displayPath(files.signatories), line, column: SIGNATORY_COLUMNS.indexOf('sender') + 1, field: 'sender', value: sender, message: message.letter.unknownSender(sender) });
    }
    return {
      key: (c.key ?? '').trim(),
      role: (c.role ?? '').trim(),
      name: (c.name ?? '').trim(),
      fullName: (c.full_name ?? '').trim(),
      sender,
      validFrom: (c.valid_from ?? '').trim(),
      validTo: orNull(c.valid_to),
    };
  });
  return { senders, signatories, files: { senders: displayPath(files.senders), signatories: displayPath(files.signatories) } };
}

/** The letterhead of a letter signed by `signatories` on `date`: the sender of the first signatory with one, if valid then. */
export function senderOf(s: Senders, signatories: Signatory[], date: string): Sender | null {
  const id = signatories.find((x) => x.sender !== null)?.sender;
  const sender = s.senders.find((x) => x.id === id);
  return sender && inOffice(sender, date) ? sender : null;
}

/** The signatories in office on `date` who sign under a sender valid then (for a draft, which prints their roles only). */
export function signatoriesAt(s: Senders, date: string): Signatory[] {
  return s.signatories.filter((x) => inOffice(x, date) && x.sender !== null && s.senders.some((y) => y.id === x.sender && inOffice(y, date)));
}

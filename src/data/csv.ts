/**
 * Reading CSV text as analysts save it: comma- or semicolon-separated, UTF-8 with or without BOM,
 * LF, CRLF or CR line ends, even mixed in one file. Every record keeps the line it starts on, so errors can point at file:line:column.
 */
import Papa from 'papaparse';
import * as message from '../messages.ts';

export interface CsvRecord {
  /** 1-based line number in the file where the record starts. */
  line: number;
  /** Cell values by column name. */
  cells: Record<string, string>;
}

export interface CsvTable {
  file: string;
  delimiter: ',' | ';';
  /** Column names in the order of the header line. */
  header: string[];
  records: CsvRecord[];
}

export interface CsvProblem {
  line: number;
  column: number;
  message: string;
}

/** The separator is read from the header line: semicolon when it has semicolons and no commas. */
export function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const semis = (firstLine.match(/;/g) ?? []).length;
  const commas = (firstLine.match(/,/g) ?? []).length;
  return semis > commas ? ';' : ',';
}

export function parseCsv(text: string, file: string): { table: CsvTable; problems: CsvProblem[] } {
  // One line end for the whole file: CRLF (Windows), a lone CR (old Mac) and LF may be mixed, as
  // when a line was added in another editor; each still ends one line, so line numbers hold.
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(body);
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const rows: { line: number; data: string[] }[] = [];
  const problems: CsvProblem[] = [];
  let cursor = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step(result) {
      const start = cursor;
      cursor = result.meta.cursor;
      // Skip the line terminator(s) Papa stopped before, so `start` points at the record itself.
      let s = start;
      while (body[s] === '\n') s++;
      const line = lineAt(s);
      for (const e of result.errors) {
        problems.push({ line, column: 1, message: message.file.malformed(e.message) });
      }
      rows.push({ line, data: result.data });
    },
  });

  const [head, ...rest] = rows;
  const header = (head?.data ?? []).map((h) => h.trim());
  const records: CsvRecord[] = [];
  for (const row of rest) {
    if (row.data.length === 1 && row.data[0]?.trim() === '') continue; // blank line
    if (row.data.every((c) => c.trim() === '')) continue; // a row Excel left with only separators
    if (row.data.length !== header.length) {
      problems.push({
        line: row.line,
        column: Math.min(row.data.length, header.length) + 1,
        message: message.file.cellCount(header.length, row.data.length, delimiter),
      });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => (cells[name] = row.data[i] ?? ''));
    records.push({ line: row.line, cells });
  }
  return { table: { file, delimiter, header, records }, problems };
}

/**
 * Write rows as comma-separated UTF-8 with LF line ends, a header line and a final newline.
 * Papa quotes a cell when it holds `"`, `,`, CR or LF (doubling the quotes, RFC 4180), and also
 * when it starts or ends with a space or holds a byte-order mark, so that no reader trims or drops
 * those; null and undefined are written as empty cells. The header goes through the same quoting.
 * `forSpreadsheets` (every download) neutralises text cells that a spreadsheet would run as formulas.
 */
export function toCsv(
  columns: string[],
  rows: Record<string, unknown>[],
  opts: { forSpreadsheets?: boolean } = {},
): string {
  const table: unknown[][] = [columns, ...rows.map((row) => columns.map((c) => row[c]))];
  return (
    Papa.unparse(table, {
      delimiter: ',',
      newline: '\n',
      quotes: false,
      escapeFormulae: opts.forSpreadsheets ? FORMULA_START : false,
    }) + '\n'
  );
}

/**
 * Write rows for Dutch Excel: semicolon-separated UTF-8 with a byte-order mark (without it Excel
 * reads UTF-8 as Windows-1252: "Oekraïne" becomes "OekraÃ¯ne") and CRLF line ends, numbers with a
 * decimal comma and no thousands separator (0.33 as 0,33: Dutch Excel reads "0.33" as 33), booleans
 * as true/false. Text cells that a spreadsheet would run as a formula get a leading apostrophe, as in
 * `toCsv`; a negative number stays a number.
 */
const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

export function toExcelCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const cell = (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isFinite(v) ? PLAIN.format(v).replace('.', ',') : '';
    if (typeof v === 'string' && FORMULA_START.test(v)) return `'${v}`;
    return v;
  };
  const table: unknown[][] = [columns.map(cell), ...rows.map((row) => columns.map((c) => cell(row[c])))];
  return '\uFEFF' + Papa.unparse(table, { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false }) + '\r\n';
}

/**
 * A text cell that Excel or LibreOffice would run as a formula: it starts with = + - @, a tab or a
 * CR. In a download such a cell gets a leading apostrophe, which spreadsheets show as text and do
 * not print. Numbers are written as they are (Papa leaves non-string cells alone), so −19000 stays a
 * number. Papa's own pattern ends in `.*$`, which misses a cell with a line break after the `=`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

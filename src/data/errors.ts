/** A located problem in the input data: what a person needs to find and fix it. */
export interface DataError {
  /** Path as given to the loader, e.g. `data/prognoses.csv`. */
  file: string;
  line: number;
  column: number;
  /** Column name, when the problem is in one cell. */
  field?: string;
  /** The value found, when there is one. */
  value?: string;
  /** What was expected. */
  message: string;
}

export function formatError(e: DataError): string {
  const where = `${e.file}:${e.line}:${e.column}`;
  const cell = e.field ? ` column "${e.field}"` : '';
  const found = e.value !== undefined ? `${cell ? ',' : ''} found "${e.value}"` : '';
  // "file:2:7: column "value", found "veel": expected …", "file:44:43: found "x": …" for a place that is not
  // a column (a written letter's text), or "file:1:1: missing file …" without a cell.
  return cell || found ? `${where}:${cell}${found}: ${e.message}` : `${where}: ${e.message}`;
}

/** Stable order: by file, line, column, message. */
export function sortErrors(errors: DataError[]): DataError[] {
  return [...errors].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/** Thrown when a data set does not pass validation; carries every error of the run. */
export class DataValidationError extends Error {
  readonly errors: DataError[];
  constructor(errors: DataError[]) {
    const sorted = sortErrors(errors);
    super(`${sorted.length} error(s) in the data:\n${sorted.map(formatError).join('\n')}`);
    this.name = 'DataValidationError';
    this.errors = sorted;
  }
}

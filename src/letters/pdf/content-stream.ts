/** Reading the content streams of a PDF's pages: decoding them, and the operators they hold with their byte ranges. */
import { inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, type PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';

export interface ContentOp {
  name: string;
  /** Offset of the operator's first operand (or of the operator when it has none). */
  start: number;
  /** Offset just after the operator. */
  end: number;
}

const isWhite = (c: number) => c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
const isDelim = (c: number) =>
  c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** The operators of a content stream (as a latin1 string) with their byte ranges, operands included. */
export function contentOps(s: string): ContentOp[] {
  const ops: ContentOp[] = [];
  const n = s.length;
  let i = 0;
  let operandStart = -1;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWhite(c)) {
      i++;
      continue;
    }
    if (c === 0x25) {
      while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
      continue;
    }
    const tokenStart = i;
    if (c === 0x28) {
      // literal string, with nested parentheses and backslash escapes
      let depth = 0;
      while (i < n) {
        const ch = s[i];
        if (ch === '\\') {
          i += 2;
          continue;
        }
        if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) {
          i++;
          break;
        }
        i++;
      }
    } else if (c === 0x3c) {
      if (s[i + 1] === '<') i += 2;
      else {
        const close = s.indexOf('>', i);
        i = close < 0 ? n : close + 1;
      }
    } else if (c === 0x3e) {
      i += s[i + 1] === '>' ? 2 : 1;
    } else if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x29) {
      i++;
    } else if (c === 0x2f) {
      i++;
      while (i < n && !isWhite(s.charCodeAt(i)) && !isDelim(s.charCodeAt(i))) i++;
    } else {
      while (i < n && !isWhite(s.charCodeAt(i)) && !isDelim(s.charCodeAt(i))) i++;
      const token = s.slice(tokenStart, i);
      if (!NUMBER.test(token) && token !== 'true' && token !== 'false' && token !== 'null') {
        ops.push({ name: token, start: operandStart >= 0 ? operandStart : tokenStart, end: i });
        operandStart = -1;
        if (token === 'ID') {
          // Inline image data runs to the EI operator.
          const ei = /\sEI(?=\s|$)/g;
          ei.lastIndex = i + 1;
          const m = ei.exec(s);
          const end = m ? m.index + 3 : n;
          ops.push({ name: 'EI', start: i, end });
          i = end;
        }
        continue;
      }
    }
    if (operandStart < 0) operandStart = tokenStart;
  }
  return ops;
}

/** A stream's decoded bytes: Flate through Node's zlib (native), any other filter through pdf-lib. */
function decodeStream(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) {
    return inflateSync(stream.getContents());
  }
  return decodePDFRawStream(stream).decode();
}

/** The decoded content streams of every page: [page index, stream ref, bytes]. */
export function pageContents(doc: PDFDocument): { page: number; ref: PDFRef; bytes: Uint8Array }[] {
  const out: { page: number; ref: PDFRef; bytes: Uint8Array }[] = [];
  doc.getPages().forEach((page, index) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = doc.context.lookup(ref);
      if (stream instanceof PDFRawStream) out.push({ page: index, ref, bytes: decodeStream(stream) });
    }
  });
  return out;
}

/**
 * Finishing a printed PDF with pdf-lib: mark the content Chromium leaves outside the structure tree
 * as artifacts, and set the document metadata (title, author, subject, language, dates, a fixed
 * creator and producer, XMP) and a trailer ID, so that the same input gives the same bytes.
 *
 * Why artifacts: Chromium's tagged PDF puts every element of the page body in the structure tree,
 * but the CSS page margin boxes ("Pagina X van Y", the Datum/Ons kenmerk block) and CSS backgrounds
 * are painted outside any marked-content sequence. A PDF/UA checker flags such content ("content
 * shall be marked as Artifact or tagged as real content"). They are page furniture, so every
 * painting operation that is not inside a marked-content sequence is wrapped in `/Artifact BMC … EMC`.
 */
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHeader,
  PDFHexString,
  PDFName,
  ParseSpeeds,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { escapeHtml } from '../format/escape.ts';

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

const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const PATH_START = new Set(['m', 're']);
const SHOW_TEXT = new Set(['Tj', 'TJ', "'", '"']);

/** The graphics objects that paint outside any marked-content sequence, as byte ranges. */
export function unmarkedObjects(s: string): { start: number; end: number; kind: 'text' | 'path' | 'xobject' | 'shading' | 'image' }[] {
  const ops = contentOps(s);
  const out: ReturnType<typeof unmarkedObjects> = [];
  let depth = 0;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    if (op.name === 'BMC' || op.name === 'BDC') {
      depth++;
      continue;
    }
    if (op.name === 'EMC') {
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (op.name === 'BT') {
      let j = k + 1;
      let shows = false;
      let marks = false;
      while (j < ops.length && ops[j]!.name !== 'ET') {
        if (SHOW_TEXT.has(ops[j]!.name)) shows = true;
        if (ops[j]!.name === 'BMC' || ops[j]!.name === 'BDC' || ops[j]!.name === 'EMC') marks = true;
        j++;
      }
      if (shows && !marks && j < ops.length) out.push({ start: op.start, end: ops[j]!.end, kind: 'text' });
      k = j;
    } else if (PATH_START.has(op.name)) {
      let j = k + 1;
      while (j < ops.length && !PAINT.has(ops[j]!.name) && ops[j]!.name !== 'n' && !/^(BMC|BDC|EMC)$/.test(ops[j]!.name)) j++;
      if (j < ops.length && PAINT.has(ops[j]!.name)) out.push({ start: op.start, end: ops[j]!.end, kind: 'path' });
      k = j < ops.length && /^(BMC|BDC|EMC)$/.test(ops[j]!.name) ? j - 1 : j;
    } else if (op.name === 'Do') {
      out.push({ start: op.start, end: op.end, kind: 'xobject' });
    } else if (op.name === 'sh') {
      out.push({ start: op.start, end: op.end, kind: 'shading' });
    } else if (op.name === 'BI') {
      let j = k + 1;
      while (j < ops.length && ops[j]!.name !== 'EI') j++;
      if (j < ops.length) out.push({ start: op.start, end: ops[j]!.end, kind: 'image' });
      k = j;
    }
  }
  return out;
}

/** Wrap every unmarked graphics object of a content stream in `/Artifact BMC … EMC`. */
export function markArtifacts(content: Uint8Array): { bytes: Uint8Array; marked: number } {
  const s = Buffer.from(content).toString('latin1');
  const objects = unmarkedObjects(s);
  if (objects.length === 0) return { bytes: content, marked: 0 };
  let out = '';
  let at = 0;
  for (const o of objects) {
    out += s.slice(at, o.start) + '/Artifact BMC\n' + s.slice(o.start, o.end) + '\nEMC';
    at = o.end;
  }
  out += s.slice(at);
  return { bytes: new Uint8Array(Buffer.from(out, 'latin1')), marked: objects.length };
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

/** Give outline entries the exact text of the heading they point to (see `PdfMetadata.headings`). */
export function fixOutlineTitles(doc: PDFDocument, headings: string[]): number {
  const squash = (t: string) => t.replace(/\s+/g, '');
  const byText = new Map(headings.map((h) => [squash(h), h.replace(/\s+/g, ' ').trim()]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  let fixed = 0;
  const visit = (item: PDFDict | undefined, depth: number) => {
    for (let node = item; node && depth < 20; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = node.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) {
        const text = title.decodeText();
        const heading = byText.get(squash(text));
        if (heading && heading !== text) {
          node.set(PDFName.of('Title'), PDFHexString.fromText(heading));
          fixed++;
        }
      }
      visit(node.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return fixed;
}

/**
 * Chromium names structure elements that table cells refer to (/ID, /Headers, the /IDTree) after
 * its DOM node numbers, which depend on what the page showed before: a pooled page that printed
 * another letter first gives other numbers. Renumber them in their original order (which keeps the
 * ID name tree sorted), so the same letter always gets the same ids.
 */
export function normaliseStructureIds(doc: PDFDocument): number {
  const pattern = /^node(\d+)$/;
  const found = new Set<string>();
  const strings: { holder: PDFDict | PDFArray; key: PDFName | number; text: string }[] = [];
  const visit = (obj: unknown, depth: number) => {
    if (depth > 50) return;
    if (obj instanceof PDFDict) {
      for (const [key, value] of obj.entries()) {
        if ((value instanceof PDFString || value instanceof PDFHexString) && pattern.test(value.decodeText())) {
          strings.push({ holder: obj, key, text: value.decodeText() });
          found.add(value.decodeText());
        } else visit(value, depth + 1);
      }
    } else if (obj instanceof PDFArray) {
      obj.asArray().forEach((value, i) => {
        if ((value instanceof PDFString || value instanceof PDFHexString) && pattern.test(value.decodeText())) {
          strings.push({ holder: obj, key: i, text: value.decodeText() });
          found.add(value.decodeText());
        } else visit(value, depth + 1);
      });
    }
  };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) visit(obj, 0);
  const sorted = [...found].sort((a, b) => Number(pattern.exec(a)![1]) - Number(pattern.exec(b)![1]));
  const width = String(sorted.length).length;
  const renamed = new Map(sorted.map((old, i) => [old, `id${String(i + 1).padStart(width, '0')}`]));
  for (const { holder, key, text } of strings) {
    const value = PDFString.of(renamed.get(text)!);
    if (holder instanceof PDFDict) holder.set(key as PDFName, value);
    else holder.set(key as number, value);
  }
  return sorted.length;
}

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  language: string;
  keywords: string[];
  creator: string;
  producer: string;
  /** Creation and modification date. */
  date: Date;
  /**
   * The headings of the document as written. Chromium builds the outline from the laid-out
   * headings and drops the space where a heading wraps ("ontheemden:uitkomsten"); an outline entry
   * that equals a heading apart from white space gets the heading's text.
   */
  headings?: string[];
}

const xml = escapeHtml;

function xmp(m: PdfMetadata): string {
  const date = m.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(m.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(m.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(m.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${xml(m.language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>${xml(m.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <pdf:Producer>${xml(m.producer)}</pdf:Producer>
   <pdf:Keywords>${xml(m.keywords.join(', '))}</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * Finish a PDF printed by Chromium: artifacts, metadata, PDF 1.7 header, a trailer ID derived from
 * the content (Chromium writes none, and its dates are the clock's: both are replaced).
 */
export async function finishPdf(printed: Uint8Array, meta: PdfMetadata): Promise<{ bytes: Uint8Array; artifacts: number; pages: number }> {
  // Fastest: parse and save in one go; pdf-lib otherwise yields to the event loop every 100 objects.
  const doc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  let artifacts = 0;
  // The file identifier: a hash of what the pages show and of the metadata (not of Chromium's dates).
  const hash = createHash('sha256').update(JSON.stringify({ ...meta, date: meta.date.toISOString() }));
  for (const { ref, bytes } of pageContents(doc)) {
    hash.update(bytes);
    const { bytes: marked, marked: count } = markArtifacts(bytes);
    if (count === 0) continue;
    artifacts += count;
    doc.context.assign(ref, doc.context.stream(deflateSync(marked), { Filter: 'FlateDecode' }));
  }
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords([meta.keywords.join(', ')]);
  doc.setLanguage(meta.language);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  const metadata = doc.context.stream(new Uint8Array(Buffer.from(xmp(meta), 'utf8')), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
  if (meta.headings) fixOutlineTitles(doc, meta.headings);
  normaliseStructureIds(doc);
  doc.context.header = PDFHeader.forVersion(1, 7);
  const id = hash.digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });
  return { bytes, artifacts, pages: doc.getPageCount() };
}

/**
 * Finishing a printed PDF with pdf-lib: mark the content Chromium leaves outside the structure tree
 * as artifacts (artifacts.ts), and set the document metadata (title, author, subject, language,
 * dates, a fixed creator and producer, XMP) and a trailer ID, so that the same input gives the same
 * bytes.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFHeader, PDFHexString, ParseSpeeds } from 'pdf-lib';
import { readFileSync } from 'node:fs';
import { describeLinks, tagNotes } from './accessibility.ts';
import { markArtifacts } from './artifacts.ts';
import { pageContents } from './content-stream.ts';
import { type PdfMetadata, writeMetadata } from './metadata.ts';
import { fixOutlineTitles } from './outline.ts';
import { normaliseStructureIds } from './structure-ids.ts';

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
  writeMetadata(doc, meta);
  if (meta.headings) fixOutlineTitles(doc, meta.headings);
  normaliseStructureIds(doc);
  tagNotes(doc, meta.notes ?? []);
  describeLinks(doc);
  for (const a of meta.attachments ?? []) {
    await doc.attach(new Uint8Array(readFileSync(a.path)), a.name, {
      mimeType: 'application/pdf',
      description: a.description,
      creationDate: meta.date,
      modificationDate: meta.date,
    });
  }
  doc.context.header = PDFHeader.forVersion(1, 7);
  const id = hash.digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });
  return { bytes, artifacts, pages: doc.getPageCount() };
}

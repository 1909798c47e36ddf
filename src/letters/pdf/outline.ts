/** The document outline Chromium builds from the headings, with the headings' own text. */
import { PDFDict, type PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

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

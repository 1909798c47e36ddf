/** Structure element ids that do not depend on what a pooled page printed before. */
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

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

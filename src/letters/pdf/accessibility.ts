/**
 * What Chromium's tagged PDF lacks for PDF/UA-1, added after printing.
 *
 * Chromium (checked with 156) maps the accessibility tree to structure types itself and has no way
 * to ask for a Note: `role="doc-footnote"` and `role="note"` come out as NonStruct, a plain `<aside>`
 * as /Aside, a PDF 2.0 type that PDF 1.7 (and so PDF/UA-1) does not know. The letters use `<aside>`
 * for their notes and nothing else, so every /Aside element is a note: it becomes a /Note with the
 * note's id (`noot-N`, PDF/UA-1 7.9: a Note has an ID), entered in the ID tree. The marks that refer
 * to a note are links to it (tagged /Link by Chromium); every link annotation gets the /Contents
 * PDF/UA-1 7.18.5 asks for: where it leads.
 */
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

function kids(doc: PDFDocument, d: PDFDict): PDFDict[] {
  const k = doc.context.lookup(d.get(PDFName.of('K')));
  const list = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  // Structure elements only: not the object references (OBJR) and marked-content references (MCR) among the kids.
  return list.map((x) => doc.context.lookup(x)).filter((x): x is PDFDict => x instanceof PDFDict && x.has(PDFName.of('S')));
}

/** The structure elements of the document in reading order (depth first). */
export function structureElements(doc: PDFDocument): PDFDict[] {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return [];
  const out: PDFDict[] = [];
  const walk = (d: PDFDict, depth: number) => {
    if (depth > 200) return;
    for (const c of kids(doc, d)) {
      out.push(c);
      walk(c, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

/**
 * Retype the notes (`/Aside`) as `/Note` with the ids `noot-<number>`, `numbers` being the note
 * numbers in the order the notes stand in the document. Returns how many were tagged.
 */
export function tagNotes(doc: PDFDocument, numbers: readonly number[]): number {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return 0;
  const asides = structureElements(doc).filter((e) => e.get(PDFName.of('S')) === PDFName.of('Aside'));
  const entries: [string, PDFDict][] = [];
  asides.forEach((e, i) => {
    e.set(PDFName.of('S'), PDFName.of('Note'));
    const number = numbers[i];
    if (number === undefined) return;
    const id = `noot-${number}`;
    e.set(PDFName.of('ID'), PDFString.of(id));
    entries.push([id, e]);
  });
  if (entries.length === 0) return 0;
  // The ID tree: a name tree with its names sorted; Chromium's own (table cells) is a flat /Names array.
  const idTree = root.lookupMaybe(PDFName.of('IDTree'), PDFDict);
  const names: [string, unknown][] = [];
  const existing = idTree?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (existing) {
    const arr = existing.asArray();
    for (let i = 0; i + 1 < arr.length; i += 2) {
      const key = arr[i];
      if (key instanceof PDFString || key instanceof PDFHexString) names.push([key.decodeText(), arr[i + 1]]);
    }
  }
  for (const [id, e] of entries) names.push([id, doc.context.getObjectRef(e) ?? e]);
  names.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const flat = doc.context.obj([]) as PDFArray;
  for (const [id, ref] of names) {
    flat.push(PDFString.of(id));
    flat.push(ref as never);
  }
  if (idTree && !idTree.has(PDFName.of('Kids'))) idTree.set(PDFName.of('Names'), flat);
  else if (!idTree) root.set(PDFName.of('IDTree'), doc.context.obj({ Names: flat }));
  return entries.length;
}

/** Give every link annotation a /Contents saying where it leads. Returns how many links there are. */
export function describeLinks(doc: PDFDocument): number {
  let count = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (const ref of annots.asArray()) {
      const a = doc.context.lookup(ref);
      if (!(a instanceof PDFDict) || a.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      count++;
      if (a.has(PDFName.of('Contents'))) continue;
      const dest = a.get(PDFName.of('Dest'));
      const action = a.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookup(PDFName.of('URI'));
      let text = 'Link';
      if (dest instanceof PDFName) {
        const m = /^noot-(\d+)$/.exec(dest.decodeText());
        text = m ? `Naar voetnoot ${m[1]}` : `Naar ${dest.decodeText()}`;
      } else if (uri instanceof PDFString || uri instanceof PDFHexString) text = `Link naar ${uri.decodeText()}`;
      a.set(PDFName.of('Contents'), PDFHexString.fromText(text));
    }
  }
  return count;
}

/**
 * The document metadata of a letter: the info dictionary and the same in XMP, with the PDF/UA-1
 * identifier (pdfuaid:part 1; ISO 14289-1 6.7.11).
 */
import { type PDFDocument, PDFName } from 'pdf-lib';
import { escapeHtml } from '../../format/escape.ts';

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
  /** The note numbers in the order the notes stand in the document (their structure elements become /Note with these ids). */
  notes?: number[];
  /** Annex files to embed in the PDF, each with a hash of its bytes (so the letters' cache sees a changed file). */
  attachments?: { name: string; description: string; path: string; sha256: string }[];
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
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
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
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Set the info dictionary (title, author, subject, keywords, language, creator, producer, dates) and the XMP stream. */
export function writeMetadata(doc: PDFDocument, meta: PdfMetadata): void {
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
}

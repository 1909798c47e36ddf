/**
 * The one escaper for text and attribute values in HTML, SVG and XML (letter HTML, chart labels,
 * the PDF's XMP metadata). It is `escapeUTF8` of the `entities` package: & < > " ' become
 * &amp; &lt; &gt; &quot; &apos;, every other character is kept as it is.
 *
 * The apostrophe becomes the named `&apos;` and not a numeric reference such as `&#39;`: `typeset`
 * wraps every run of digits in a no-break span after escaping, and would split a numeric
 * reference ("scenario&#<span>39</span>;s" printed the entity as text).
 */
import { escapeUTF8 } from 'entities/escape';

export const escapeHtml = (text: string): string => escapeUTF8(text);

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

/**
 * Text from the data made safe for a terminal, a log or a Markdown report: every control character
 * (C0, DEL and C1, which is what ESC sequences, BEL and NUL are) written out as `\u001b`, so that
 * text never moves a cursor, rings, or changes colours. Line breaks and tabs too, unless
 * `keepLineBreaks` (a message of several lines).
 */
export function showControls(text: string, opts: { keepLineBreaks?: boolean } = {}): string {
  const re = opts.keepLineBreaks ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g : /[\u0000-\u001f\u007f-\u009f]/g;
  return text.replace(re, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

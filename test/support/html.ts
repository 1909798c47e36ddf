/** Reading built pages in tests as a reader sees them. */
import { decodeHTML } from 'entities';

/** The text of an HTML fragment: tags dropped, entities decoded, every run of white space (no-break spaces too) one space. */
export const visibleText = (html: string): string => decodeHTML(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');

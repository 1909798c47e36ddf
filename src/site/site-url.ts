/**
 * The address the site is published at, for canonical links, Open Graph, the sitemap and the feed:
 * `SITE_URL` (http or https, ending in a slash), else the address `npm run dev` serves on.
 */
import { UsageError } from '../errors.ts';
import * as message from '../messages.ts';

export const LOCAL_SITE_URL = 'http://127.0.0.1:8080/';

export function siteUrl(value: string | undefined = process.env.SITE_URL): string {
  if (value === undefined || value.trim() === '') return LOCAL_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(message.build.siteUrlNotAddress(value));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(message.build.siteUrlProtocol(url.protocol));
  if (url.search || url.hash) throw new UsageError(message.build.siteUrlQuery());
  return url.href.endsWith('/') ? url.href : url.href + '/';
}

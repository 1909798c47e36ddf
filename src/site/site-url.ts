/**
 * The address the site is published at, for canonical links, Open Graph, the sitemap and the feed:
 * `SITE_URL` (http or https, ending in a slash), else the address `npm run dev` serves on.
 */
export const LOCAL_SITE_URL = 'http://127.0.0.1:8080/';

export function siteUrl(value: string | undefined = process.env.SITE_URL): string {
  if (value === undefined || value.trim() === '') return LOCAL_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL ${JSON.stringify(value)} is not an address; give one such as https://mpp.example.nl/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must start with https:// or http://, not ${url.protocol}`);
  if (url.search || url.hash) throw new Error('SITE_URL must not have a query or fragment');
  return url.href.endsWith('/') ? url.href : url.href + '/';
}

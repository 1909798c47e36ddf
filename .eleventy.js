// Eleventy 3 configuration for the public site. The build (src/site/build-site.ts) runs Eleventy
// programmatically and hands it the prepared view model as global data `mpp`; pages lay it out and
// format its raw figures with the filters the letters use too (src/format/filters.ts).
import path from 'node:path';
import { addFilters } from './src/format/filters.ts';
import { GLOSSARY } from './src/site/glossary.ts';
import { firstUseLinker } from './src/site/html/first-use.ts';
import { addNldsClasses } from './src/site/html/nlds-classes.ts';
import { bindNumbers } from './src/site/html/no-break.ts';
import { PROJECT_ROOT } from './src/runtime/paths.ts';
import { assetVersion } from './src/site/asset-version.ts';

/** A site path made relative to the page at `pageUrl`. */
function rel(target, pageUrl) {
  // The 404 page is served at whatever path was not found: its links start at the site's root.
  if (pageUrl === '/404.html') return '/' + String(target).replace(/^\//, '');
  const depth = (pageUrl || '/').split('/').filter(Boolean).length;
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return up + String(target).replace(/^\//, '');
}

export default function (eleventyConfig) {
  eleventyConfig.setTemplateFormats(['njk']);
  eleventyConfig.setNunjucksEnvironmentOptions({ throwOnUndefined: true, autoescape: true });
  // From the project's folder, not the working directory: the diff builds other checkouts' data from theirs.
  eleventyConfig.addPassthroughCopy({ [path.join(PROJECT_ROOT, 'templates', 'site', 'assets')]: 'assets' });
  addFilters(eleventyConfig);
  // Page URLs end in a folder; links inside the site are made relative to the page, so the site
  // works from any base path (a GitHub artifact, a sub folder) and from the file system.
  eleventyConfig.addFilter('rel', rel);
  // A style sheet or script, relative to the page, with its content's hash: `assets/style.css?v=…`.
  eleventyConfig.addFilter('asset', (target, pageUrl) => rel(target, pageUrl) + assetVersion(target));
  // An absolute address on the published site (canonical, Open Graph, sitemap, feed): SITE_URL + path.
  eleventyConfig.addFilter('absolute', (target, siteUrl) => String(siteUrl).replace(/\/$/, '') + '/' + String(target).replace(/^\//, ''));
  // An Atom date from an ISO date or month (the first of the month): 2025-09-26T00:00:00Z.
  eleventyConfig.addFilter('atomDate', (iso) => `${/^\d{4}-\d{2}$/.test(iso) ? `${iso}-01` : iso}T00:00:00Z`);
  // Every page: the first use of a term links to /begrippen/, the NL Design System classes, and
  // no line break between a number and its € or rounding word.
  const linkTerms = firstUseLinker(GLOSSARY);
  eleventyConfig.addTransform('nlds', function (content) {
    if (!this.page.outputPath || !String(this.page.outputPath).endsWith('.html')) return content;
    const linked = this.page.url === '/begrippen/' ? content : linkTerms(content, rel('/begrippen/', this.page.url));
    return bindNumbers(addNldsClasses(linked));
  });
  return {
    // The input folder is build-site's to give (templates/site; a test renders its own).
    dir: { includes: '_includes', data: '_data' },
    htmlTemplateEngine: 'njk',
  };
}

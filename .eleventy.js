// Eleventy 3 configuration for the public site. The build (src/site/build-site.ts) runs Eleventy
// programmatically and hands it the prepared view model as global data `mpp`; pages lay it out and
// format its raw figures with the filters the letters use too (src/format/filters.ts).
import { addFilters } from './src/format/filters.ts';

export default function (eleventyConfig) {
  eleventyConfig.setTemplateFormats(['njk']);
  eleventyConfig.setNunjucksEnvironmentOptions({ throwOnUndefined: true, autoescape: true });
  eleventyConfig.addPassthroughCopy({ 'templates/site/assets': 'assets' });
  addFilters(eleventyConfig);
  // Page URLs end in a folder; links inside the site are made relative to the page, so the site
  // works from any base path (a GitHub artifact, a sub folder) and from the file system.
  eleventyConfig.addFilter('rel', (target, pageUrl) => {
    const depth = (pageUrl || '/').split('/').filter(Boolean).length;
    const up = depth === 0 ? './' : '../'.repeat(depth);
    return up + String(target).replace(/^\//, '');
  });
  return {
    // The input folder is build-site's to give (templates/site; a test renders its own).
    dir: { includes: '_includes', data: '_data' },
    htmlTemplateEngine: 'njk',
  };
}

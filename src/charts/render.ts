/**
 * Rendering Vega-Lite specs to SVG at build time with vega, in a Dutch number and date locale.
 * The same SVG serves the site and the letters. Every render gets its own View: no global locale.
 */
import { createHash } from 'node:crypto';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

const LOCALE = {
  number: { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] },
  time: {
    dateTime: '%a %e %B %Y %X',
    date: '%d-%m-%Y',
    time: '%H:%M:%S',
    periods: ['', ''],
    days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    shortDays: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  },
};

/** Content hash of a spec: the key under which its SVG may be cached. */
export const specHash = (spec: TopLevelSpec): string =>
  createHash('sha256').update(JSON.stringify(spec)).digest('hex').slice(0, 16);

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', locale: LOCALE } as unknown as vega.ViewOptions);
  try {
    const svg = await view.toSVG();
    // Vega writes a description as aria-label; the page gives the figure its text alternative, so
    // the SVG is one image to assistive technology.
    return svg.replace('<svg ', '<svg role="img" focusable="false" ');
  } finally {
    view.finalize();
  }
}

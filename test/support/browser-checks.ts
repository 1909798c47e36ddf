/**
 * What the browser tests check on every page they load: axe-core's WCAG 2.1 A and AA rules, and the
 * problems a page reports itself (console errors and warnings, script errors, failed or refused
 * requests, Content-Security-Policy violations). One place for site.test.ts, site-readers.test.ts
 * and visual-diff.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

let axeSource: Promise<string> | undefined;

/**
 * axe-core over the page as it stands, WCAG 2.1 A and AA: each violation as "<rule> at <its first
 * three elements>". axe is injected by the test through the DevTools protocol, outside the page's CSP.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await (axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')));
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(o: object): Promise<unknown> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => `${v.id} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Listen on `page` (before it loads anything) for the problems it reports: `problems` fills as they
 * come; `cspViolations()` reads the Content-Security-Policy violations of the document loaded last,
 * as the page itself reports them.
 */
export async function watchProblems(page: Page): Promise<{ problems: string[]; cspViolations(): Promise<string[]> }> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    problems,
    cspViolations: async () => (await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)) as string[],
  };
}

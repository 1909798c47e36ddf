/**
 * The transforms every page goes through, on small pieces of HTML: NL Design System classes, the
 * first use of a term linked to /begrippen/, no line break inside money or a rounded number; and
 * the glossary holds every term of the project's glossary.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GLOSSARY } from '../../src/site/glossary.ts';
import { firstUseLinker } from '../../src/site/html/first-use.ts';
import { addNldsClasses } from '../../src/site/html/nlds-classes.ts';
import { bindNumbers } from '../../src/site/html/no-break.ts';
import { ROOT } from '../support/helpers.ts';

test('NL Design System classes go on headings, paragraphs, links and tables, never inside a chart', () => {
  const html = addNldsClasses(
    '<h2 id="x">Kop</h2><p class="lead">Tekst <a href="a/">link</a></p><table><thead><tr><th scope="col" class="num">Waarde</th></tr></thead>' +
      '<tbody><tr><td class="num">69.800</td></tr></tbody></table><svg><text>h2</text><a href="x">in svg</a></svg>',
  );
  assert.match(html, '<h2 class="nl-heading nl-heading--level-2" id="x">');
  assert.match(html, '<p class="lead nl-paragraph nl-paragraph--lead">');
  assert.match(html, '<a class="nl-link" href="a/">');
  assert.match(html, '<th scope="col" class="num utrecht-table__header-cell utrecht-table__header-cell--numeric-column">');
  assert.match(html, '<td class="num utrecht-table__cell utrecht-table__cell--numeric-data">');
  assert.match(html, '<svg><text>h2</text><a href="x">in svg</a></svg>');
});

test('a notice stands in the alert component, closed where the paragraph ends', () => {
  const html = addNldsClasses('<p class="notice">Let op.</p><p>Verder.</p>');
  assert.is(html, '<div class="utrecht-alert utrecht-alert--info"><div class="utrecht-alert__content"><p class="notice nl-paragraph utrecht-alert__message">Let op.</p></div></div><p class="nl-paragraph">Verder.</p>');
});

const link = firstUseLinker(GLOSSARY);
const page = (body: string) => `<html><body><nav>COA</nav><main>${body}</main></body></html>`;

test('the first use of a term in running text links to /begrippen/, an abbreviation with its expansion', () => {
  const html = link(page('<h1>COA</h1><p>Het COA vangt op. Het COA groeit.</p><p>De totale asielinstroom en de instroom.</p>'), '../begrippen/');
  assert.match(html, '<nav>COA</nav>'); // the navigation is left alone
  assert.match(html, '<h1>COA</h1>'); // and so are headings
  assert.match(html, 'Het <a class="nl-link term-link" href="../begrippen/#coa"><abbr title="Centraal Orgaan opvang asielzoekers">COA</abbr></a> vangt op. Het COA groeit.');
  // The longer term wins, and each term links once.
  assert.match(html, 'De <a class="nl-link term-link" href="../begrippen/#totale-asielinstroom">totale asielinstroom</a> en de <a class="nl-link term-link" href="../begrippen/#instroom">instroom</a>.');
});

test('no link inside a word, a link, a table cell, a chart or the story headline', () => {
  const html = link(
    page('<p>asielinstroom</p><p><a href="x">statushouders</a></p><table><tr><td>taakstelling</td></tr></table><svg><text>noodopvang</text></svg><p class="no-terms">Spreidingswet</p>'),
    '/b/',
  );
  assert.not.match(html, 'term-link');
});

test('no term is linked inside a document title (<cite>), and the term still links in the running text after it', () => {
  const html = link(
    page('<p>Zie <cite>Kamerbrief actuele situatie asielketen en Oekraïense ontheemden</cite>: de Oekraïense ontheemden in de Kamerbrief.</p>'),
    '/b/',
  );
  assert.match(html, '<cite>Kamerbrief actuele situatie asielketen en Oekraïense ontheemden</cite>');
  assert.match(html, ': de <a class="nl-link term-link" href="/b/#oekraiense-ontheemden">Oekraïense ontheemden</a> in de <a class="nl-link term-link" href="/b/#kamerbrief">Kamerbrief</a>.');
});

test('no term is linked inside an address written out in text, nor in the citation of the page', () => {
  const html = link(page('<p>Zie http://127.0.0.1:8080/realisaties/ voor de realisaties.</p><p class="page-meta__cite no-terms">MPP migratieketen, http://x/</p>'), '/b/');
  assert.match(html, 'http://127.0.0.1:8080/realisaties/ voor de <a class="nl-link term-link" href="/b/#realisatie">realisaties</a>.');
  assert.match(html, '<p class="page-meta__cite no-terms">MPP migratieketen, http://x/</p>');
});

test('money, a rounded number and an edition name do not break across lines; a chart is left alone', () => {
  const nb = '\u00a0';
  assert.is(bindNumbers('<p>€ 91.000 en ca. 47.000, 29 % of € 156 miljoen in MPP 2024-II</p>'), `<p>€${nb}91.000 en ca.${nb}47.000, 29${nb}% of €${nb}156${nb}miljoen in <span class="nowrap">MPP${nb}2024-II</span></p>`);
  assert.is(bindNumbers('<svg><text>€ 91.000</text></svg>'), '<svg><text>€ 91.000</text></svg>');
  assert.is(bindNumbers('<head><title>MPP 2025</title></head>'), '<head><title>MPP 2025</title></head>');
});

test('the glossary explains every term of the project glossary, and its anchors are unique', async () => {
  const ids = GLOSSARY.map((t) => t.id);
  assert.is(new Set(ids).size, ids.length);
  const file = path.resolve(ROOT, '..', 'shared', 'GLOSSARY.md');
  if (!existsSync(file)) return console.log('  (../shared/GLOSSARY.md absent: coverage not checked)');
  const said = GLOSSARY.map((t) => [t.term, t.expansion ?? '', ...t.forms, t.text].join(' ').toLowerCase()).join(' ').replace(/&amp;/g, '&').replace(/’/g, "'");
  const missing: string[] = [];
  for (const [, bold] of (await readFile(file, 'utf8')).matchAll(/\*\*([^*]+)\*\*/g)) {
    for (const part of bold!.replace(/\(.*?\)/g, '').split(/\s*\/\s*|,\s*/)) {
      const term = part.trim().toLowerCase().replace(/^spoor \d.*/, 'spoor');
      if (term && !/^\d+$/.test(term) && !said.includes(term)) missing.push(part.trim());
    }
  }
  assert.equal(missing, []);
});

test.run();

/**
 * The edition pages and the sources page as a reader sees them in the built site (issue 23, point 6),
 * read from the shared build: "Wat is er veranderd" on every edition after the first, no link inside
 * a document's title, the words for who sent or published the document that reports an edition, and
 * the figures /bronnen/ counts per source. Expectations are worked out from data/*.csv.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { sharedSite } from '../support/shared-site.ts';
import { citingRows, DATA } from '../support/helpers.ts';
import { visibleText } from '../support/html.ts';

let out = '';
test.before(async () => {
  out = await sharedSite();
});

const csv = async (file: string) =>
  Papa.parse<Record<string, string>>(await readFile(path.join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true });
const read = (rel: string) => readFile(path.join(out, rel), 'utf8');
const text = visibleText;
const main = (html: string) => html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));

test('every edition page after the first has "Wat is er veranderd sinds" its predecessor, with revisions or the sentence why there are none', async () => {
  const editions = (await csv('editions.csv')).data.sort((a, b) => a.published!.localeCompare(b.published!));
  assert.ok(editions.length >= 2);
  const first = main(await read(`edities/${editions[0]!.id}/index.html`));
  assert.not.match(first, 'id="veranderd"');
  for (let i = 1; i < editions.length; i++) {
    const e = editions[i]!;
    const html = main(await read(`edities/${e.id}/index.html`));
    const at = html.search(/<h2[^>]* id="veranderd"/);
    assert.ok(at >= 0, `${e.id}: no "Wat is er veranderd"`);
    const section = html.slice(at, html.indexOf('</section>', at));
    assert.match(text(section), `Wat is er veranderd sinds ${editions[i - 1]!.label}`, e.id);
    const table = /<caption[^>]*>Bijstellingen in /.test(section);
    const sentence = text(section).includes(`${e.label} en ${editions[i - 1]!.label} geven geen cijfer voor dezelfde indicator en periode in hetzelfde scenario`);
    assert.ok(table !== sentence, `${e.id}: expected a table of revisions or the sentence, not ${table ? 'both' : 'neither'}`);
    // A revision is computed by the site, and the page says so and how.
    if (table) assert.match(text(section), 'Berekend, geen cijfer uit de bron: een bijstelling is het cijfer van');
  }
  // MPP 2024-II and MPP 2024-I give total inflow for different years: the sentence names them.
  const e2024II = text(main(await read('edities/2024-II/index.html')));
  assert.match(e2024II, 'Beide geven totale asielinstroom (MPP 2024-I voor 2024, MPP 2024-II voor 2025 en 2026)');
});

test('no link inside a document title: every source and letter title on every page stands whole in a <cite> without <a>', async () => {
  const titles = (await csv('sources.csv')).data.map((s) => s.title!);
  const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
  let cites = 0;
  for (const p of pages) {
    const html = main(await read(p));
    const inCite = [...html.matchAll(/<cite>([\s\S]*?)<\/cite>/g)].map((m) => m[1]!);
    for (const c of inCite) assert.not.match(c, '<a', `${p}: a link inside <cite>${c}</cite>`);
    cites += inCite.length;
    // "Zo citeert u deze pagina" names the site and the page as titles too: nothing in it is a link.
    const citeLine = /<p class="[^"]*page-meta__cite[^"]*">([\s\S]*?)<\/p>/.exec(html);
    if (!p.startsWith('404')) assert.ok(citeLine && !citeLine[1]!.includes('<a'), `${p}: ${citeLine?.[1]}`);
    const citeTexts = inCite.map(text);
    const plain = text(html);
    for (const t of titles) {
      const printed = plain.split(t).length - 1;
      const cited = citeTexts.filter((c) => c === t).length;
      assert.is(cited, printed, `${p}: "${t}" printed ${printed}×, whole in <cite> ${cited}×`);
    }
  }
  assert.ok(cites > 100, `only ${cites} titles in <cite>`);
});

test('who sent or published the document that reports an edition follows its form; nothing says the ministry sent it', async () => {
  const sources = new Map((await csv('sources.csv')).data.map((s) => [s.id!, s]));
  const said: Record<string, RegExp> = {
    letter: /een (Kamer)?brief, verzonden door /,
    qa: /antwoorden op vragen( uit de (Eerste|Tweede) Kamer)?, verzonden door /,
    release: /een nieuwsbericht, gepubliceerd door /,
    statistics: /een statistiek, gepubliceerd door /,
  };
  for (const e of (await csv('editions.csv')).data) {
    const s = sources.get(e.source!)!;
    const page = text(main(await read(`edities/${e.id}/index.html`)));
    assert.match(page, `${e.label} staat in ${s.title}`, e.id);
    assert.match(page, said[s.form!]!, `${e.id} (${s.form})`);
    assert.not.match(page, 'Verzonden door het ministerie', e.id);
    assert.match(page, /Uitgebracht (op|in) /, e.id);
  }
  // MPP 2024-II is reported in the Eerste Kamer nota: answers, not a letter.
  assert.match(text(main(await read('edities/2024-II/index.html'))), 'antwoorden op vragen uit de Eerste Kamer, verzonden door het Ministerie van Asiel en Migratie');
});

test('/bronnen/ counts every row of data/*.csv that cites a source with a quote, an edition\'s own source included', async () => {
  const expected = await citingRows();
  const html = main(await read('bronnen/index.html'));
  const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => m[1]!);
  const sources = (await csv('sources.csv')).data;
  assert.is(rows.length, sources.length);
  for (const s of sources) {
    const row = rows.find((r) => text(r).startsWith(s.title!))!;
    assert.ok(row, s.id);
    const count = Number(text(/<td[^>]*class="[^"]*num[^"]*"[^>]*>([\s\S]*?)<\/td>/.exec(row)![1]!).replace(/\./g, ''));
    assert.is(count, expected.get(s.id!) ?? 0, s.id);
  }
  assert.ok((expected.get('tk-2025-mpp-2025') ?? 0) > 0);
});

test.run();

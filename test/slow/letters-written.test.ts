/**
 * The two letters staff wrote, printed with Chromium and read back with pdf.js: every figure of the
 * seed letters that data/ holds must be printed as the seed prints it (worked out by hand from
 * ../shared/seeds/001_… and 002_…), with the letterhead and signatures of the seed, and a changed
 * figure in prognoses.csv must change the printed sentence; a reference left unclosed fails the build,
 * located, and leaves the previous site as it was.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../src/runtime/browser.ts';
import { loadDataset } from '../../src/data/load.ts';
import { deriveModel } from '../../src/model/index.ts';
import { composeLetters, letterMetadata, letterPages } from '../../src/letters/index.ts';
import { printAll } from '../../src/letters/print.ts';
import { loadWrittenLetters } from '../../src/letters/written/load.ts';
import { DATA, fingerprint, ROOT } from '../support/helpers.ts';
import { bufferIo, invoke } from '../../src/cli/command.ts';
import { command as buildCommand } from '../../scripts/build.ts';
import { OUTPUT_MARKER } from '../../src/runtime/output.ts';

let browser: Browser;
let tmp: string;

test.before(async () => {
  browser = await launchBrowser({ shared: true });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mpp-written-'));
});

test.after(async () => {
  await browser?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Print the written letters of the data set in `dir`; their text by path (body only, page furniture left out). */
async function printWritten(dir: string): Promise<Map<string, string>> {
  const { data } = await loadDataset(dir);
  const model = deriveModel(data);
  const { letters, senders } = await loadWrittenLetters(dir, data, model);
  const composed = composeLetters(data, model, [], { written: letters, senders }).filter((l) => !l.planned.draft);
  const pages = letterPages(composed, []);
  const printed = await printAll(browser, pages.map((p) => ({ name: p.planned.path, html: p.html, meta: letterMetadata(p.doc) })));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const out = new Map<string, string>();
  for (const [i, p] of printed.entries()) {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(p.bytes), verbosity: 0 }).promise;
    let text = '';
    let notes = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent({ includeMarkedContent: true });
      const stack: string[] = [];
      const items: { str: string; eol: boolean; size: number; y: number }[] = [];
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'endMarkedContent') stack.pop();
          else stack.push(String((item as { tag?: string }).tag ?? ''));
          continue;
        }
        if (stack.includes('Artifact')) continue;
        items.push({ str: item.str, eol: item.hasEOL, size: Math.hypot(item.transform[2]!, item.transform[3]!), y: item.transform[5]! });
      }
      // The body reads on across a page's footnotes (small text below its last line of 9.5 pt), which
      // follow it at the end; the note marks (6.5 pt) are left out.
      const lowest = Math.min(...items.filter((i) => i.size > 8).map((i) => i.y));
      for (const i of items) {
        if (i.size < 8 && i.y < lowest - 1) notes += i.str + (i.eol ? ' ' : '');
        else if (i.size > 6.8) text += i.str + (i.eol ? ' ' : '');
      }
      text += ' ';
    }
    text += ' ' + notes;
    await doc.destroy();
    out.set(pages[i]!.planned.path, norm(text));
  }
  return out;
}

let shipped: Map<string, string>;

test('MPP 2025 Kamerbrief (seed 001): every figure data/ holds, as the seed prints it', async () => {
  shipped = await printWritten(DATA);
  const text = shipped.get('brieven/mpp-2025-tweede-kamer.pdf')!;
  for (const s of [
    // First asylum inflow, mediaan, against the single figure of MPP 2024-II.
    'eerste asielinstroom verwacht van 22.000 in 2025 en een aantal van 25.000 in 2026 (dit was op basis van de MPP 2024-II 35.000 voor zowel 2025 als 2026)',
    // Total inflow 2025 and 2026: "ca." once before the list, as the seed writes it (qualifier_scope list).
    'totale asielinstroom zien van ca. 40.000 in het minimumscenario, 47.000 in het medioscenario en 55.300 in het maximumscenario (dit was 45.000, 66.000 en 74.800 in het min-, medio- en max- scenario van de vorige MPP (2024-II))',
    'totale asielinstroom zien van ca. 39.000 in het minimumscenario, 51.000 in het medioscenario en 67.100 in het maximumscenario (dit was 45.200, 69.200 en 78.900 in het min-, medio- en max- scenario van de vorige MPP (2024-II))',
    'De totale capaciteitsbehoefte stijgt naar 88.000 opvangplekken op 1 januari 2027',
    '(amv) op die datum 5.600 is',
    'een instroom van 270 per week in 2025 en 290 ontheemden per week in 2026',
    'gelijk aan de huidige opgave (109.000 plekken)',
    '(stand september 2025: ca. 97.770)',
    'geresulteerd in ongeveer 70.000 asielopvangplekken ten opzichte van de geraamde 96.000 plekken',
    'meerjarig 70.000 opvangplekken vast te kunnen leggen',
    // The seed's "rond de" is the data's "ongeveer"; "minimaal" is "tenminste" (data/README.md, qualifier).
    'gedaald naar ongeveer 40% in het eerste kwartaal van 2025',
    'inwilligingspercentage van ongeveer 56%',
    'productiviteitsverhoging van tenminste 25% in 2028',
    'de detentiecapaciteit uitgebreid met 45 plekken. Nog eens 45 plekken komen beschikbaar vanaf 1 november',
    'zijn ruim 700 Syriërs vrijwillig teruggekeerd, waarvan ruim 80 personen',
    'een eenmalig bedrag van € 30.000 per statushouder',
    'de taakstelling 2026-I vast te stellen op ca. 15.000 te huisvesten statushouders',
    'bedraagt in totaal ca. 2.640 benodigde plekken',
    // The emergency share (50 %) the seed writes as words.
    'zijn op dit moment ongeveer de helft noodopvangplekken',
    // Two ministers sign: "wij".
    'Met deze brief informeren wij uw Kamer',
    'De Minister van Asiel en Migratie, D.M. van Weel De Minister voor Asiel en Migratie, M.C.G. Keijzer',
  ]) {
    assert.ok(text.includes(s), `the Kamerbrief does not print: ${s}`);
  }
  assert.match(text, 'Datum 26 september 2025');
  assert.match(text, 'Ministerie van Asiel en Migratie');
  // No invented kenmerk, and the letter does not cite itself.
  assert.not.match(text, 'Ons kenmerk');
  assert.not.match(text, 'Kamerbrief Meerjaren Productie Prognose 2025, 26 september 2025');
  assert.not.match(text, '3,6 miljard');
});

test('letter of 25 April 2024 (seed 002): every figure data/ holds, letterhead and signatures of the seed', () => {
  const text = shipped.get('brieven/mpp-2024-I-gemeenten.pdf')!;
  for (const s of [
    'de instroom van het totale aantal asielaanvragen 69.800 in 2024',
    'Het medio scenario bedraagt 69.800 asielaanvragen.',
    'een behoefte is aan in totaal 97.500 opvangplekken',
    'stijgt dit aantal tot 133.500 opvangplekken per 1 januari 2026',
    'bevinden zich naar verwachting 48.500 statushouders in de asielopvang',
    'beschikt het COA over ca. 4.300 plekken voor amv',
    'geschat op 9.500 amv plekken',
    'vastgesteld op 96.000 benodigde opvangplekken, waarvan 8.140 voor amv',
    'boven de 96.000 uitkomt',
    'Deze 96.000 opvangplekken moeten dus uiterlijk op 1 juli 2025 gerealiseerd zijn',
    // "6,2 miljoen euro" and "2,4 miljoen euro" in the seed; amounts print as the site prints them.
    'incidenteel in totaal € 6,2 miljoen beschikbaar gesteld',
    'eenmalig nog € 2,4 miljoen beschikbaar',
    // 18.750 + ca. 6.400 = ruim 25.000 (the seed's own sum; all three are in the data).
    'bedraagt de totale opgave ruim 25.000 te huisvesten vergunninghouders',
    'de taakstelling van 18.750 voor de eerste helft van 2024 en de eind 2023 opgelopen achterstand van ca. 6.400',
    'is vastgesteld op 17.000 te huisvesten statushouders',
    'met verblijfsstatus 4.600',
    'voor de eerste helft van 2024 vastgesteld op 3.900',
    'Er zijn op dit moment ca. 108.000 ontheemden in Nederland waarvan ca. 92.000 verblijven',
    'een netto instroom van ca. 28.000 voor 2024',
    'per 1 januari 2025 ca. 136.000',
    'volgens de prognose 120.000 GOO opvangplekken nodig',
    'stonden ca. 105.500 ontheemden met de Oekraïense nationaliteit',
    'en ca. 2.500 ontheemden afkomstig uit Oekraïne',
    'is ca. 28.000 in 2024 (gemiddeld 540 per week x 52 weken)',
    'Met vriendelijke groet, De Staatssecretaris van Justitie en Veiligheid, Eric van der Burg De Minister van Binnenlandse Zaken en Koninkrijksrelaties, Hugo de Jonge',
    // The annexes are named, and the reproduction says it does not hold them (issue 25).
    'Bijlagen: 1. Realisatie en opgaven Opvang en Huisvesting; (niet in deze weergave:',
    '2. Taakstelling huisvesting 2024-II per gemeente. (niet in deze weergave:',
    'Ministerie van Justitie en Veiligheid',
    'Directoraat-Generaal Migratie Turfmarkt 147 2511 DP Den Haag Postbus 20301 2500 EH Den Haag www.rijksoverheid.nl/jenv',
    'Datum 25 april 2024',
  ]) {
    assert.ok(text.includes(s), `the letter of 25 April 2024 does not print: ${s}`);
  }
  // The seed's kenmerk is the placeholder "xxxxx": none was given, none is printed.
  assert.not.match(text, 'Ons kenmerk');
  assert.not.match(text, 'xxxxx');
});

test('a figure changed in prognoses.csv changes the sentence in the printed letter', async () => {
  const dir = path.join(tmp, 'changed');
  await cp(DATA, dir, { recursive: true });
  const file = path.join(dir, 'prognoses.csv');
  const csv = await readFile(file, 'utf8');
  const row = 'mpp,2025,coa-capacity-need,,mediaan,2027-01-01,88000,';
  assert.ok(csv.includes(row), 'the fixture row is in prognoses.csv');
  await writeFile(file, csv.replace(row, 'mpp,2025,coa-capacity-need,,mediaan,2027-01-01,88500,'));
  const text = (await printWritten(dir)).get('brieven/mpp-2025-tweede-kamer.pdf')!;
  assert.match(text, 'De totale capaciteitsbehoefte stijgt naar 88.500 opvangplekken op 1 januari 2027');
  assert.not.match(text, '88.000');
});

test('a reference left unclosed fails the build, located at its {{, and leaves the previous site as it was', async () => {
  // The case: the reference's closing }} typed as one brace, which used to be printed verbatim with exit 0.
  const dir = path.join(tmp, 'unclosed');
  await cp(DATA, dir, { recursive: true });
  const file = path.join(dir, 'letters', '2024-I', 'gemeenten.md');
  const text = await readFile(file, 'utf8');
  const ref = '{{ fig("asylum-inflow-total", "2024", "medio") }} in 2024.';
  const at = text.indexOf(ref);
  assert.ok(at > 0, 'the reference is in the shipped letter');
  await writeFile(file, text.replace(ref, ref.replace('}} in', '} in')));
  const line = text.slice(0, at).split('\n').length;
  const column = at - text.lastIndexOf('\n', at);
  // A previous site (marked as build output, so a build may replace it), which a failed build must leave as it was.
  const out = path.join(tmp, 'site');
  await mkdir(path.join(out, 'brieven'), { recursive: true });
  await writeFile(path.join(out, OUTPUT_MARKER), 'This folder is build output of the MPP publishing system; a build replaces it whole.\n');
  await writeFile(path.join(out, 'index.html'), '<p>de vorige site</p>');
  await writeFile(path.join(out, 'brieven', 'mpp-2024-I-gemeenten.pdf'), 'de vorige brief');
  const before = await fingerprint(out);
  const io = bufferIo(ROOT);
  const code = await invoke(buildCommand, ['--data', dir, '--out', out], io);
  assert.is(code, 1, io.stderr);
  assert.match(io.stderr, `${path.join(dir, 'letters', '2024-I', 'gemeenten.md')}:${line}:${column}: found "{{ fig("asylum-inflow-total", "2024", "medio") }"`);
  assert.match(io.stderr, 'a reference opened with {{ is not closed: expected }}');
  assert.is(await fingerprint(out), before, 'site/ changed after a failed build');
});

test.run();

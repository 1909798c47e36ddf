/**
 * Every figure cited to one of the source letters must be printed in that letter: its quote must
 * stand in the letter's text and show the value in Dutch notation (69800 as 69.800).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXCERPTS, loadDataset } from '../../src/data/load.ts';
import { normaliseText, printsValue, traceFigure } from '../../src/sources/trace.ts';
import { DATA, hasSeeds, replaceIn, scratchData, SEEDS } from '../support/helpers.ts';
import { loadCheckedDataset } from '../../src/sources/quotes.ts';
import { bufferIo, invoke } from '../../src/cli/command.ts';
import { command as build } from '../../scripts/build.ts';
import * as message from '../../src/messages.ts';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';

test('printsValue finds whole figures in Dutch notation only', () => {
  assert.ok(printsValue('een instroom van 69.800 (medio)', 69800));
  assert.not.ok(printsValue('een instroom van 169.800', 69800));
  assert.not.ok(printsValue('een instroom van 69.8001', 69800));
  assert.ok(printsValue('ongeveer € 156 miljoen op jaarbasis', 156_000_000));
  assert.ok(printsValue('daalde naar 45% in 2023', 45, 'percent'));
});

test('shares written as words, and the rounding word, as the letters write them', () => {
  assert.ok(printsValue('ongeveer de helft noodopvangplekken', 50, 'percent'));
  assert.ok(printsValue('een kwart van de instroom', 25, 'percent'));
  assert.not.ok(printsValue('ongeveer de helft noodopvangplekken', 50, 'places'), 'a word is a share, not a count');
  const text = normaliseText('een totale asielinstroom van ca. 40.000 in het minimumscenario, 47.000 in het medioscenario');
  // The "ca." stands once before the list: the medio figure's quote must reach back to it.
  assert.ok(traceFigure(text, { value: 47000, qualifier: 'ca.', quote: 'ca. 40.000 in het minimumscenario, 47.000' }).ok);
  assert.not.ok(traceFigure(text, { value: 47000, qualifier: 'ca.', quote: '47.000 in het medioscenario' }).ok);
  assert.ok(traceFigure(normaliseText('gemiddeld rond de 56%'), { value: 56, unit: 'percent', qualifier: 'ongeveer', quote: 'rond de 56%' }).ok);
  assert.not.ok(traceFigure(normaliseText('gemiddeld 56%'), { value: 56, unit: 'percent', qualifier: 'ongeveer', quote: 'gemiddeld 56%' }).ok);
  const range = normaliseText('een inwilligingspercentage van 70 tot 85 procent');
  assert.ok(traceFigure(range, { value: 70, valueHigh: 85, unit: 'percent', quote: '70 tot 85 procent' }).ok);
  assert.not.ok(traceFigure(range, { value: 70, valueHigh: 90, unit: 'percent', quote: '70 tot 85 procent' }).ok);
});

test('a quote that is not in the letter fails the trace', () => {
  const text = normaliseText('De taakstelling bedraagt\n17.000 statushouders.');
  assert.ok(traceFigure(text, { value: 17000, quote: 'taakstelling bedraagt 17.000' }).ok);
  assert.not.ok(traceFigure(text, { value: 17000, quote: 'taakstelling bedraagt 18.000' }).ok);
  assert.not.ok(traceFigure(text, { value: 18000, quote: 'taakstelling bedraagt 17.000' }).ok);
});

/** Figures whose source has neither a seed nor an excerpt: nothing to check their quote against. */
function unchecked(data: Awaited<ReturnType<typeof loadDataset>>['data'], texts: Map<string, string>): string[] {
  return [...data.prognoses, ...data.realisations, ...data.costs].filter((f) => !texts.has(f.source)).map((f) => f.source);
}

if (!hasSeeds) {
  console.warn(`NOTICE: ${SEEDS} is absent; the provenance of the shipped figures was NOT checked.`);
} else {
  test('every figure cited to a source letter is printed in that letter', async () => {
    const { data } = await loadDataset(DATA);
    const texts = new Map<string, string>();
    for (const s of data.sources) {
      if (s.seed) texts.set(s.id, normaliseText(readFileSync(path.join(SEEDS, s.seed), 'utf8')));
      if (s.excerpt) texts.set(s.id, normaliseText(readFileSync(path.join(DATA, EXCERPTS, s.excerpt), 'utf8')));
    }
    const failures: string[] = [];
    let checked = 0;
    const figures = [
      ...data.prognoses.map((r) => ({ what: `prognosis ${r.edition} ${r.indicator} ${r.scenario} ${r.period}`, ...r })),
      ...data.realisations.map((r) => ({ what: `realisation ${r.indicator} ${r.period}`, ...r })),
      ...data.costs.map((r) => ({ what: `cost ${r.type} ${r.price_year}`, ...r, value: r.amount, unit: undefined })),
    ];
    for (const f of figures) {
      const text = texts.get(f.source);
      if (!text) continue;
      checked++;
      const result = traceFigure(text, {
        value: f.value,
        valueHigh: 'value_high' in f ? f.value_high : null,
        unit: f.unit,
        qualifier: f.qualifier,
        quote: f.quote,
      });
      if (!result.ok) failures.push(`${f.what} (${f.source}): ${result.reason}`);
    }
    assert.ok(checked > 100, `expected well over a hundred figures cited to the letters, found ${checked}`);
    assert.equal(unchecked(data, texts), [], 'every figure has a source text to be checked against');
    assert.equal(failures, [], failures.join('\n'));
  });

  test('every source with a seed names a file that exists', async () => {
    const { data } = await loadDataset(DATA);
    for (const s of data.sources.filter((s) => s.seed)) {
      assert.ok(readFileSync(path.join(SEEDS, s.seed!), 'utf8').length > 1000, s.seed!);
    }
  });
}

test('the build checks the quotes: a value mistyped in a non-seed source is a located error, exit 1', async () => {
  // The IND's excerpt prints 35.535 first applications for 2022; the row now says 35.553.
  const dir = await scratchData();
  await replaceIn(dir, 'realisations.csv', ',35535,', ',35553,');
  const out = await mkdtemp(path.join(os.tmpdir(), 'mpp-quote-'));
  await mkdir(path.join(out, 'cache', 'letters'), { recursive: true }); // no browser before the data is valid
  const io = bufferIo(out);
  const code = await invoke(build, ['--data', dir, '--out', path.join(out, 'site'), '--cache', path.join(out, 'cache')], io);
  assert.is(code, 1, io.stderr);
  assert.match(io.stderr, `realisations.csv:2:12: column "quote", found "Het totaal aantal eerste asielaanvragen in 2022 komt hiermee op 35.535.": ${message.quote.lacksValue(35553)}`);
});

test('without ../shared the seed-cited quotes are not checked, and the load says so', async () => {
  const missing = path.join(os.tmpdir(), 'no-seeds-here');
  const { data, notices } = await loadCheckedDataset(DATA, { seeds: missing });
  const seeded = new Set(data.sources.filter((s) => s.seed).map((s) => s.id));
  const n = [...data.prognoses, ...data.realisations, ...data.costs].filter((f) => seeded.has(f.source)).length;
  assert.ok(n > 100, `${n} figures cite a seed letter`);
  assert.equal(notices.filter((x) => x.includes('were not checked')), [message.build.seedsAbsent(missing, n)]);
});

test.run();

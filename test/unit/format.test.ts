/** Dutch formatting, as the letters print figures. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  formatDate,
  formatFigure,
  formatMoney,
  formatOnDate,
  formatNumber,
  formatPercent,
  formatPercentValue,
  formatPeriod,
  formatQualified,
  formatSigned,
  formatSignedPercent,
  inSentence,
  keepTogether,
  roundForProse,
} from '../../src/format/dutch.ts';
import { addFilters, filters } from '../../src/format/filters.ts';
import { firstDayOf, lastDayOf } from '../../src/data/period.ts';
import nunjucks from 'nunjucks';

test('numbers and money in Dutch notation', () => {
  assert.is(formatNumber(69800), '69.800');
  assert.is(formatNumber(5600), '5.600');
  assert.is(formatNumber(249.315, 2), '249,32');
  assert.is(formatMoney(91000), '€ 91.000');
  assert.is(formatMoney(155_960_000, { words: true, decimals: 0 }), '€ 156 miljoen');
  assert.is(formatMoney(3_643_200_000, { words: true }), '€ 3,6 miljard');
});

test('signed changes with a true minus sign', () => {
  assert.is(formatSigned(-19000), '\u221219.000');
  assert.is(formatSigned(7130), '+7.130');
  assert.is(formatSigned(0), '0');
  assert.is(formatSignedPercent(-19000 / 66000), '\u221229%');
  assert.is(formatPercent(0.33), '33%');
});

test('dates and periods in words', () => {
  assert.is(formatDate('2027-01-01'), '1 januari 2027');
  assert.is(formatDate('2024-11'), 'november 2024');
  // MPP 2024-II went out in November 2024 (editions.csv gives no day): "verzonden in november 2024".
  assert.is(formatOnDate('2024-11'), 'in november 2024');
  assert.is(formatOnDate('2025-09-26'), 'op 26 september 2025');
  // A month-only date spans its month: a letter dated in it is not before it, a source of it not after it.
  assert.is(firstDayOf('2024-11'), '2024-11-01');
  assert.is(lastDayOf('2024-11'), '2024-11-30');
  assert.is(lastDayOf('2024-02'), '2024-02-29');
  assert.is(lastDayOf('2025-09-26'), '2025-09-26');
  assert.is(formatPeriod('2024-H2'), 'tweede helft 2024');
  assert.is(formatPeriod('2022-W16'), 'week 16 van 2022');
});

test('the rounding words of the letters', () => {
  assert.is(formatQualified(40000, 'ca.'), 'ca. 40.000');
  assert.equal(roundForProse(7130, 1000), { rounded: 7000, word: 'ruim' });
  assert.equal(roundForProse(97_450, 500), { rounded: 97_500, word: 'bijna' });
  assert.equal(roundForProse(17000, 1000), { rounded: 17000, word: null });
});

test('labels inside a sentence keep their abbreviations', () => {
  assert.is(inSentence('Totale asielinstroom'), 'totale asielinstroom');
  assert.is(inSentence('Capaciteitsbehoefte COA'), 'capaciteitsbehoefte COA');
  assert.is(inSentence('IND intern personeel'), 'IND intern personeel');
});

test('the filters format raw values, pass null through and refuse undefined', () => {
  assert.is(filters.number(69800), '69.800');
  assert.is(filters.figure(12.5, 'percent', 'ca.'), 'ca. 12,5%');
  assert.is(filters.figure(40000, 'persons', 'ca.'), 'ca. 40.000');
  assert.is(filters.money(249.315, 2), '€ 249,32');
  assert.is(filters.scenario('point'), 'raming');
  assert.is(filters.unit('fte'), 'vte');
  assert.is(filters.yesNo(false), 'nee');
  assert.is(filters.number(null), null);
  assert.throws(() => filters.number(undefined), /filter "number" was given an undefined value/);
});

test('a Nunjucks environment gets every filter, and null reads as the template says', () => {
  const env = addFilters(new nunjucks.Environment(null, { throwOnUndefined: true }));
  for (const name of Object.keys(filters)) assert.ok(env.getFilter(name), name);
  assert.is(env.renderString("{{ a | signed }} {{ b | signedPercent or '–' }}", { a: -19000, b: null }), '\u221219.000 –');
});


test('keepTogether: no line break inside a date, after a number (its unit or word follows), a rounding word or € and its number, a Kamerstuk number', () => {
  const NB = '\u00A0';
  assert.is(keepTogether('op 1 januari 2027 en 3 juli jl.'), `op 1${NB}januari${NB}2027${NB}en 3${NB}juli${NB}jl.`);
  assert.is(keepTogether('(109.000 plekken)'), `(109.000${NB}plekken)`);
  assert.is(keepTogether('ca. 40.000 en ruim 7.000 voor € 30.000'), `ca.${NB}40.000${NB}en ruim${NB}7.000${NB}voor €${NB}30.000`);
  assert.is(keepTogether('19 637, nr. 3457'), `19${NB}637, nr.${NB}3457`);
  assert.is(keepTogether('40%'), '40%');
  // Only spaces change: the text reads the same.
  const s = 'In de periode 1 januari tot en met 16 september zijn ca. 700 Syriërs teruggekeerd (dit was 35.000 voor 2025).';
  assert.is(keepTogether(s).replace(/\u00A0/g, ' '), s);
});

test('one percent notation, as the seeds write it: 40%', () => {
  assert.is(formatPercent(0.4), '40%');
  assert.is(formatPercentValue(12.5, 1), '12,5%');
  assert.is(formatFigure(40, 'percent', 'ongeveer'), 'ongeveer 40%');
});

test.run();

/**
 * The browser as a fault: a page that dies while a letter prints gets one more try on a fresh page;
 * one that dies again gives a message naming the letter. Pages are closed from outside, the way a
 * crashed renderer or an overloaded machine ends them.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Target } from 'puppeteer-core';
import { printAll, type PrintJob } from '../../src/letters/print.ts';
import { fontFaces } from '../../src/letters/render.ts';
import { launchBrowser } from '../../src/runtime/browser.ts';

let browser: Browser;
test.before(async () => {
  browser = await launchBrowser();
});
test.after(async () => {
  await browser.close();
});

const job = (name: string): PrintJob => ({
  name,
  html: `<!doctype html><html lang="nl"><head><title>${name}</title><style>${fontFaces()} body { font-family: 'Fira Sans'; }</style></head><body><h1>${name}</h1><p>69.800 <b>vet</b></p></body></html>`,
  meta: {
    title: name,
    author: 'test',
    subject: 'test',
    language: 'nl-NL',
    keywords: [],
    creator: 'test',
    producer: 'test',
    date: new Date(Date.UTC(2025, 0, 1)),
  },
});

/** Close the first `count` pages the browser opens as soon as they ask for their first resource. */
function killPages(count: number): () => void {
  let left = count;
  const onTarget = async (t: Target) => {
    if (t.type() !== 'page' || left <= 0) return;
    left--;
    const page = await t.page();
    page?.once('request', () => void page.close().catch(() => undefined));
  };
  browser.on('targetcreated', onTarget);
  return () => browser.off('targetcreated', onTarget);
}

test('a page that dies while printing gets one more try, and the letter is printed', async () => {
  const stop = killPages(1);
  try {
    const [printed] = await printAll(browser, [job('brief-a')]);
    assert.ok(printed && printed.pages >= 1);
    assert.is(Buffer.from(printed.bytes.subarray(0, 5)).toString('latin1'), '%PDF-');
  } finally {
    stop();
  }
});

test('a page that dies twice gives a message that names the letter', async () => {
  const stop = killPages(3);
  try {
    const error = await printAll(browser, [job('brief-b')]).then(
      () => null,
      (e: Error) => e,
    );
    assert.ok(error, 'printing should fail');
    assert.match(error!.message, 'brief-b');
    assert.match(error!.message, 'Chromium failed while printing this letter');
  } finally {
    stop();
  }
});

test.run();

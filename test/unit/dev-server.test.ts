/**
 * The dev server as a hostile network would meet it: foreign Host headers (DNS rebinding),
 * malformed and traversing paths, all answered without stopping the server; the error banner and
 * the reload event as the analyst sees them. Loopback only.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { request } from 'node:http';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { allowedHosts, type DevServer, startDevServer } from '../../src/dev/server.ts';
import { scheduleRebuilds } from '../../src/dev/rebuilds.ts';

interface Reply {
  status: number;
  type: string;
  body: string;
}

/** A raw request, so the Host header and the path go out exactly as written. */
function get(port: number, rawPath: string, host = `127.0.0.1:${port}`): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function site(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mpp-dev-site-'));
  await mkdir(path.join(root, 'indicatoren'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><html lang="nl"><head><title>MPP</title></head><body><p>69.800</p></body></html>');
  await writeFile(path.join(root, 'indicatoren', 'index.html'), '<!doctype html><html lang="nl"><head><title>I</title></head><body>i</body></html>');
  await writeFile(path.join(root, '404.html'), '<!doctype html><html lang="nl"><head><title>Niet gevonden</title></head><body>Pagina niet gevonden</body></html>');
  return root;
}

const portOf = (s: DevServer) => Number(new URL(s.url).port);

test('bound to 127.0.0.1, it answers only requests for its own host names', async () => {
  const server = await startDevServer({ root: await site(), host: '127.0.0.1', port: 0 });
  const port = portOf(server);
  try {
    assert.is(new URL(server.url).hostname, '127.0.0.1');
    assert.is((await get(port, '/')).status, 200);
    assert.is((await get(port, '/', `localhost:${port}`)).status, 200);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`, `192.168.1.10:${port}`]) {
      const r = await get(port, '/', host);
      assert.is(r.status, 403, `Host "${host}" got ${r.status}`);
      assert.not.match(r.body, '69.800');
    }
  } finally {
    await server.close();
  }
});

test('the allowed hosts of a server bound elsewhere are that address only', () => {
  assert.equal([...allowedHosts('10.1.2.3', 8080)], ['10.1.2.3:8080']);
  assert.ok(allowedHosts('127.0.0.1', 8080).has('localhost:8080'));
  assert.ok(allowedHosts('::1', 8080).has('[::1]:8080'));
});

test('malformed paths get 400, traversal gets 404, and the server keeps running', async () => {
  const server = await startDevServer({ root: await site(), host: '127.0.0.1', port: 0 });
  const port = portOf(server);
  try {
    for (const p of ['/%', '/%zz', '/%E0%A4%A']) assert.is((await get(port, p)).status, 400, p);
    for (const p of ['/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/../../etc/passwd', '/indicatoren/..%2f..%2f..%2fetc%2fpasswd']) {
      const r = await get(port, p);
      assert.is(r.status, 404, p);
      assert.not.match(r.body, 'root:');
    }
    const missing = await get(port, '/bestaat-niet/');
    assert.is(missing.status, 404);
    assert.match(missing.body, 'Pagina niet gevonden');
    assert.is((await get(port, '/indicatoren/')).status, 200, 'still serving after the bad requests');
  } finally {
    await server.close();
  }
});

test('pages carry the reload script; a failed build shows its errors as a banner until the next good one', async () => {
  const server = await startDevServer({ root: await site(), host: '127.0.0.1', port: 0 });
  const port = portOf(server);
  try {
    const page = await get(port, '/');
    assert.match(page.body, "<script src=\"/__mpp-dev/client.js\" defer></script></head>");
    assert.not.match(page.body, 'mpp-dev-errors');
    server.setErrors('data/prognoses.csv:51:6: column "value", found "veel": expected a number <b>');
    const failed = await get(port, '/');
    assert.match(failed.body, 'role="alert"');
    assert.match(failed.body, 'data/prognoses.csv:51:6');
    assert.match(failed.body, '&lt;b&gt;', 'the errors are escaped');
    assert.match(failed.body, '69.800', 'the last good page is still shown');
    server.setErrors(null);
    assert.not.match((await get(port, '/')).body, 'mpp-dev-errors');
  } finally {
    await server.close();
  }
});

test('a reload reaches a page listening for events', async () => {
  const server = await startDevServer({ root: await site(), host: '127.0.0.1', port: 0 });
  const port = portOf(server);
  try {
    const got = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/__mpp-dev/events', headers: { host: `127.0.0.1:${port}` } }, (res) => {
        res.setEncoding('utf8');
        let seen = '';
        res.on('data', (c: string) => {
          seen += c;
          if (seen.includes('connected')) server.reload();
          if (seen.includes('event: reload')) {
            req.destroy();
            resolve(seen);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    assert.match(got, 'event: reload');
  } finally {
    await server.close();
  }
});

test('rebuilds: a burst is one build, changes during a build give exactly one more, never two at once', async () => {
  let running = 0;
  let most = 0;
  const builds: string[][] = [];
  let release: (() => void) | undefined;
  const rebuilds = scheduleRebuilds(
    async (changed) => {
      running++;
      most = Math.max(most, running);
      builds.push(changed);
      await new Promise<void>((r) => (release = r));
      running--;
      return { ok: true, errors: '' };
    },
    () => undefined,
    10,
  );
  rebuilds.changed('data/a.csv');
  rebuilds.changed('data/a.csv');
  rebuilds.changed('data/b.csv');
  await new Promise((r) => setTimeout(r, 40));
  assert.equal(builds, [['data/a.csv', 'data/b.csv']]);
  rebuilds.changed('data/c.csv');
  rebuilds.changed('templates/x.njk');
  await new Promise((r) => setTimeout(r, 40));
  assert.is(builds.length, 1, 'no second build while the first runs');
  release!();
  await new Promise((r) => setTimeout(r, 40));
  assert.equal(builds[1], ['data/c.csv', 'templates/x.njk']);
  release!();
  await rebuilds.idle();
  assert.is(builds.length, 2);
  assert.is(most, 1);
});

test.run();

/**
 * The development server of `npm run dev`: serves the built site to one person. It listens on
 * 127.0.0.1 unless told otherwise, answers only requests addressed to the host it serves (a page
 * elsewhere cannot reach it through DNS rebinding), reloads open pages after every build, and shows
 * the located errors of a failed build as a banner above the last good site.
 *
 * Written for this project rather than taken from @11ty/eleventy-dev-server, which listens on every
 * interface, has no host check and stops on a malformed path such as `/%`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../format/escape.ts';
import { resolveFile } from './static.ts';

export interface DevServerOptions {
  root: string;
  host: string;
  port: number;
}

export interface DevServer {
  /** The address to open, e.g. http://127.0.0.1:8080/. */
  url: string;
  /** Tell every open page to reload. */
  reload(): void;
  /** Show these errors on every page (null: the last build succeeded). */
  setErrors(text: string | null): void;
  close(): Promise<void>;
}

const PREFIX = '/__mpp-dev/';
const CLIENT_JS = `// Reloads the page after every build of npm run dev.
new EventSource('${PREFIX}events').addEventListener('reload', () => location.reload());
`;
const BANNER_CSS = `.mpp-dev-errors{position:sticky;top:0;z-index:1000;margin:0;padding:1rem;background:#fff3cd;color:#1a1a1a;border-bottom:4px solid #d52b1e;font:14px/1.4 monospace;white-space:pre-wrap;max-height:50vh;overflow:auto}`;

/** Names under which this server is addressed: the bound host, and localhost forms for loopback. */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set([host]);
  if (host === '127.0.0.1' || host === 'localhost' || host === '::1') {
    for (const n of ['127.0.0.1', 'localhost', '[::1]']) names.add(n);
  }
  if (host.includes(':') && !host.startsWith('[')) names.add(`[${host}]`);
  return new Set([...names].map((n) => `${n}:${port}`.toLowerCase()));
}

export async function startDevServer(opts: DevServerOptions): Promise<DevServer> {
  const clients = new Set<ServerResponse>();
  let errors: string | null = null;
  let hosts = new Set<string>();

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(body);
  };

  /** HTML as served: the reload script, and the banner while the last build failed. */
  const decorate = (html: string): string => {
    const head = `<script src="${PREFIX}client.js" defer></script>` +
      (errors === null ? '' : `<link rel="stylesheet" href="${PREFIX}banner.css">`);
    let out = html.includes('</head>') ? html.replace('</head>', `${head}</head>`) : head + html;
    if (errors !== null) {
      const banner = `<pre class="mpp-dev-errors" role="alert">De laatste build is mislukt; dit is de vorige site.\n\n${escapeHtml(errors)}</pre>`;
      out = /<body[^>]*>/.test(out) ? out.replace(/<body[^>]*>/, (m) => m + banner) : banner + out;
    }
    return out;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hosts.has(String(req.headers.host ?? '').toLowerCase())) {
      return send(res, 403, 'text/plain; charset=utf-8', 'This development server only answers requests for its own address.\n');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
    const raw = req.url ?? '/';
    const pathname = raw.split(/[?#]/, 1)[0]!;
    if (pathname === `${PREFIX}events`) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (pathname === `${PREFIX}client.js`) return send(res, 200, 'text/javascript; charset=utf-8', CLIENT_JS);
    if (pathname === `${PREFIX}banner.css`) return send(res, 200, 'text/css; charset=utf-8', BANNER_CSS);

    const found = await resolveFile(opts.root, pathname);
    if (found.status === 200) {
      const body = found.type.startsWith('text/html') ? decorate(found.body.toString('utf8')) : found.body;
      return send(res, 200, found.type, body);
    }
    if (found.status === 400) return send(res, 400, 'text/plain; charset=utf-8', `Bad request: ${found.reason}\n`);
    const page = await resolveFile(opts.root, '/404.html');
    if (page.status === 200) return send(res, 404, page.type, decorate(page.body.toString('utf8')));
    return send(res, 404, 'text/html; charset=utf-8', decorate('<!doctype html><html lang="nl"><title>Niet gevonden</title><body><p>Deze pagina bestaat niet.</p></body></html>'));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `Internal error: ${e.message}\n`);
      else res.destroy();
    });
  });
  server.on('clientError', (_e, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(opts.host, port);
  const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host;

  return {
    url: `http://${shown}:${port}/`,
    reload() {
      for (const c of clients) c.write('event: reload\ndata: {}\n\n');
    },
    setErrors(text) {
      errors = text;
    },
    close() {
      for (const c of clients) c.end();
      clients.clear();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

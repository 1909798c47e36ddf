/** A static file server on 127.0.0.1 for browser tests of a built site (loopback only, closed after use). */
import { createServer, type Server } from 'node:http';
import { resolveFile } from '../../src/dev/static.ts';

export async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const found = await resolveFile(root, (req.url ?? '/').split(/[?#]/, 1)[0]!);
    if (found.status === 200) {
      res.writeHead(200, { 'content-type': found.type });
      res.end(found.body);
    } else {
      res.writeHead(found.status, { 'content-type': 'text/plain' });
      res.end(found.reason);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

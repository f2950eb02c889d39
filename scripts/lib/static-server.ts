/**
 * A static file server on 127.0.0.1 (a free port) for the test pages in tests/fixtures/pages.
 * Extra routes let a test serve generated content (a feed, a page built on the fly).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_PAGES = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  origin: string;
  url(path: string): string;
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

/**
 * @param headers sent with every file (the page benchmark asks for cross-origin isolation,
 *   which gives performance.now() a 5 µs resolution instead of 100 µs).
 */
export async function startServer(
  root = FIXTURE_PAGES,
  port = 0,
  headers: Record<string, string> = {},
): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const route = routes.get(path);
    if (route) return void (await route(req, res));
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res
        .writeHead(200, {
          ...headers,
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        })
        .end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : '/' + path),
    route: (path, handler) => void routes.set(path, handler),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

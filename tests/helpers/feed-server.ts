/**
 * A feed server on 127.0.0.1 that a test controls: what /feed.json answers (a feed with an ETag
 * that honours If-None-Match, a status, a reset connection, no answer, a body cut short, a
 * throttled body, an oversized body, a redirect), and what each request looked like. Used by
 * the unit tests (any free port) and the end-to-end tests (the test build's port, 47291).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';

export type FeedBehaviour =
  /** The file, with an ETag and Last-Modified; 304 when the request's validators match. */
  | { kind: 'feed'; text: string; validators?: boolean; chunked?: boolean }
  | { kind: 'status'; status: number }
  /** The connection is dropped before any answer. */
  | { kind: 'reset' }
  /** Headers are never sent. */
  | { kind: 'hang' }
  /** Content-Length of the whole file, then only the first `bytes`, then the connection drops. */
  | { kind: 'truncate'; text: string; bytes: number }
  /** The file in small pieces with pauses: a download that takes a while. */
  | { kind: 'slow'; text: string; chunkBytes: number; intervalMs: number }
  /** `bytes` of JSON-looking data; with `declare`, a Content-Length saying so up front. */
  | { kind: 'oversized'; bytes: number; declare: boolean }
  | { kind: 'redirect'; location: string };

export interface FeedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  origin: string;
  url: string;
  requests: FeedRequest[];
  /** Body bytes written so far for "slow" answers (a test waits for a download to be under way). */
  bytesSent(): number;
  serve(behaviour: FeedBehaviour): void;
  close(): Promise<void>;
}

/** The ETag the server gives a file: its content hash. */
export function etagOf(text: string): string {
  return `"${createHash('sha256').update(text).digest('hex').slice(0, 16)}"`;
}

const LAST_MODIFIED = 'Fri, 20 Nov 2026 08:00:00 GMT';

export async function startFeedServer(port = 0): Promise<FeedServer> {
  let behaviour: FeedBehaviour = { kind: 'status', status: 404 };
  const requests: FeedRequest[] = [];
  const open = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  let slowBytes = 0;

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ path, headers: req.headers });
    open.add(res);
    res.on('close', () => open.delete(res));
    // The feed, and any mirror path on this server (/mirror/feed.json).
    if (!path.endsWith('/feed.json')) return void res.writeHead(404).end();
    const b = behaviour;
    switch (b.kind) {
      case 'feed': {
        const etag = etagOf(b.text);
        const headers: Record<string, string> = {
          'content-type': 'application/json; charset=utf-8',
        };
        if (b.validators !== false) {
          headers.etag = etag;
          headers['last-modified'] = LAST_MODIFIED;
          if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
        }
        const body = Buffer.from(b.text, 'utf8');
        if (!b.chunked) headers['content-length'] = String(body.length);
        return void res.writeHead(200, headers).end(body);
      }
      case 'status':
        return void res.writeHead(b.status, { 'content-type': 'text/plain' }).end('error');
      case 'reset':
        return void req.socket.destroy();
      case 'hang':
        return;
      case 'truncate': {
        const body = Buffer.from(b.text, 'utf8');
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': String(body.length),
        });
        res.write(body.subarray(0, b.bytes), () => {
          // Let the bytes reach the client, then drop the connection.
          const t = setTimeout(() => res.socket?.destroy(), 50);
          timers.add(t);
        });
        return;
      }
      case 'slow': {
        const body = Buffer.from(b.text, 'utf8');
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': String(body.length),
        });
        let at = 0;
        const next = () => {
          if (res.destroyed) return;
          const piece = body.subarray(at, at + b.chunkBytes);
          res.write(piece);
          slowBytes += piece.length;
          at += b.chunkBytes;
          if (at >= body.length) return void res.end();
          const t = setTimeout(next, b.intervalMs);
          timers.add(t);
        };
        return next();
      }
      case 'oversized': {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (b.declare) headers['content-length'] = String(b.bytes);
        res.writeHead(200, headers);
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < b.bytes && !res.destroyed) {
            const n = Math.min(chunk.length, b.bytes - sent);
            sent += n;
            if (!res.write(chunk.subarray(0, n))) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end();
        };
        res.on('error', () => undefined);
        return pump();
      }
      case 'redirect':
        return void res.writeHead(302, { location: b.location }).end();
    }
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('feed server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: `${origin}/feed.json`,
    requests,
    bytesSent: () => slowBytes,
    serve(next) {
      behaviour = next;
    },
    close() {
      for (const t of timers) clearTimeout(t);
      // Hanging and half-sent answers would keep close() waiting.
      for (const res of open) res.socket?.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Downloading the feed: one GET of the configured URL, conditional on what we already have
 * (If-None-Match, If-Modified-Since), bounded in time and in size. Every way it can fail ends
 * in a DownloadError with a code the options page can put into words; the body is never read
 * past the size limit.
 */
import type { SyncErrorCode } from '../data/sync-state.ts';

export interface DownloadLimits {
  /** The whole download: connecting, waiting and reading the body. */
  timeoutMs: number;
  maxBytes: number;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Download =
  { kind: 'not-modified' } | { kind: 'body'; text: string; validators: Validators };

export class DownloadError extends Error {
  constructor(
    readonly code: Extract<
      SyncErrorCode,
      'network' | 'timeout' | 'http' | 'redirected' | 'truncated' | 'too-large' | 'not-json'
    >,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export async function downloadFeed(
  fetch: FetchLike,
  url: string,
  validators: Validators,
  limits: DownloadLimits,
): Promise<Download> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'GET',
        headers,
        // Our own conditional headers decide; no cookies, no referrer: the request is the same
        // for every user and says nothing about them.
        cache: 'no-store',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        // Only the feed's origin is ever contacted: a redirect is reported, not followed.
        redirect: 'manual',
        signal: controller.signal,
      });
    } catch (err) {
      if (timedOut) throw new DownloadError('timeout', `no answer within ${limits.timeoutMs} ms`);
      throw new DownloadError('network', `request failed: ${describe(err)}`);
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'not-modified' };
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      throw new DownloadError('redirected', `the server redirected (${response.status})`);
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      throw new DownloadError('http', `HTTP ${response.status}`, response.status);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new DownloadError(
        'too-large',
        `the server announced ${declared} bytes (limit ${limits.maxBytes})`,
      );
    }
    const bytes = await readLimited(response, limits.maxBytes, () => timedOut);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new DownloadError('not-json', 'the file is not UTF-8 text');
    }
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    return {
      kind: 'body',
      text,
      validators: {
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
      },
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The body, counted as it streams in: a body over the limit is dropped at the limit. */
async function readLimited(
  response: Response,
  maxBytes: number,
  timedOut: () => boolean,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (err) {
      if (timedOut()) throw new DownloadError('timeout', 'the download took too long');
      throw new DownloadError(
        'truncated',
        `the connection broke after ${total} bytes: ${describe(err)}`,
      );
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new DownloadError('too-large', `the body passed ${maxBytes} bytes`);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // Node puts the system error (ECONNRESET, ECONNREFUSED) in `cause`.
  const cause = (err as { cause?: unknown }).cause;
  return cause instanceof Error ? `${err.message} (${cause.message})` : err.message;
}

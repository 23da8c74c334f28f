// The transport under Octokit (its documented `request.fetch` option): the part of fetch that Octokit uses, over
// node:http and node:https. Node's global fetch compiles its bundled HTTP client on first use, which on Node 24
// costs about as much CPU as starting Node itself, before the first request leaves (see bench/notes.md); node:https is
// already in the runtime, and bundling an HTTP library would ship what the runner has. Like fetch: redirects are
// followed (the Authorization header is dropped when one leaves the origin), an aborted signal rejects with its reason,
// a failed connection rejects with TypeError("fetch failed") and the cause. With NODE_USE_ENV_PROXY=1, Node routes
// these requests through HTTPS_PROXY / HTTP_PROXY (see action/proxy.ts).
import { type IncomingMessage, request as httpRequest } from 'node:http';

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'manual' | 'error';
  /** Not fetch's: called once the request has been handed to the operating system (sent, or failed). */
  onSent?: () => void;
}

/** TLS loads only for an https URL (a few ms of start-up an http:// API, such as a test server, does not need). */
const httpsRequest = (...args: Parameters<typeof httpRequest>) =>
  process.getBuiltinModule('node:https').request(...args);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;

class AnswerHeaders implements Iterable<[string, string]> {
  constructor(private readonly values: Map<string, string>) {}
  get(name: string): string | null {
    return this.values.get(name.toLowerCase()) ?? null;
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.values.entries();
  }
}

export class Answer {
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    readonly headers: AnswerHeaders,
    private readonly bytes: Promise<Buffer>,
  ) {}
  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  async text(): Promise<string> {
    return (await this.bytes).toString('utf8');
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.bytes;
    return new Uint8Array(bytes).buffer;
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function headersOf(response: IncomingMessage): AnswerHeaders {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(response.headers))
    if (value !== undefined) values.set(name, Array.isArray(value) ? value.join(', ') : value);
  return new AnswerHeaders(values);
}

function withoutAuthorization(headers: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
}

export function httpFetch(url: string, init: FetchInit = {}, redirects = 0): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { signal } = init;
    if (signal?.aborted) return reject(abortReason(signal));
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : target.protocol === 'http:' ? httpRequest : undefined;
    if (!send) return reject(new TypeError('fetch failed', { cause: new Error(`unsupported URL ${target.protocol}`) }));
    const method = (init.method ?? 'GET').toUpperCase();
    const body = init.body === undefined || init.body === null ? undefined : Buffer.from(init.body);
    const headers = { ...init.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    const request = send(target, { method, headers });
    if (init.onSent) {
      const sent = init.onSent;
      request.once('finish', sent);
      request.once('error', sent);
    }
    const onAbort = () => request.destroy(signal ? (abortReason(signal) as Error) : undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    const failure = (cause: unknown) =>
      signal?.aborted ? abortReason(signal) : new TypeError('fetch failed', { cause });
    request.on('error', (error) => {
      done();
      reject(failure(error));
    });
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location && init.redirect !== 'manual') {
        response.resume();
        done();
        if (init.redirect === 'error' || redirects >= MAX_REDIRECTS)
          return reject(new TypeError('fetch failed', { cause: new Error(`redirect to ${location} not followed`) }));
        const next = new URL(location, target);
        const asGet = status === 303 || ((status === 301 || status === 302) && method === 'POST');
        resolve(
          httpFetch(
            next.href,
            {
              ...init,
              method: asGet ? 'GET' : method,
              body: asGet ? undefined : init.body,
              headers: next.origin === target.origin ? init.headers : withoutAuthorization(init.headers),
            },
            redirects + 1,
          ),
        );
        return;
      }
      const bytes = new Promise<Buffer>((fulfil, fail) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          done();
          fulfil(Buffer.concat(chunks));
        });
        response.on('close', () => {
          done();
          if (!response.complete) fail(failure(new Error('the connection closed before the answer was complete')));
        });
        response.on('error', (error) => fail(failure(error)));
      });
      // Read or not, a broken body must not become an unhandled rejection.
      bytes.catch(() => {});
      resolve(new Answer(status, response.statusMessage ?? '', url, headersOf(response), bytes));
    });
    request.end(body);
  });
}

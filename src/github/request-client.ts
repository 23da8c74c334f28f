// The Octokit the action starts its first requests with: @octokit/core over node:https (http-fetch.ts: no HTTP library
// is bundled, and Node's own fetch is not loaded), an explicit API base URL (GitHub Enterprise Server), and bounded retries,
// a per-request timeout and the run's deadline as a request hook. The full REST client (client.ts) is the same with
// the endpoint methods on top; it loads later, with the rest of the action.
import { Octokit } from '@octokit/core';
import { type FetchInit, httpFetch } from './http-fetch.js';
import { installRetries, type RetryPolicy } from './retry.js';

export type RequestClient = Octokit;

export interface ClientOptions {
  /** Must not be empty (see the action's no-token mode). */
  token: string;
  /** e.g. https://api.github.com or https://ghes.example.com/api/v3 */
  baseUrl: string;
  retry?: Partial<RetryPolicy>;
  /** Where retry notices go (never receives the token). */
  log?: (message: string) => void;
}

export function octokitOptions(options: ClientOptions, onSent?: () => void) {
  const fetch = onSent ? (url: string, init: FetchInit) => httpFetch(url, { ...init, onSent }) : httpFetch;
  return {
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'ml-carbon-action',
    request: { fetch: fetch as unknown as typeof globalThis.fetch },
    // Failed requests are reported by the retry hook and the callers; @octokit/rest's request log would repeat them.
    log: { debug: () => {}, info: () => {}, warn: options.log ?? (() => {}), error: () => {} },
  };
}

export function withRetries<T extends Pick<Octokit, 'hook'>>(client: T, options: ClientOptions): T {
  installRetries(client, { ...options.retry, onRetry: options.retry?.onRetry ?? ((notice) => options.log?.(notice)) });
  return client;
}

/** `onSent`: called as each request leaves (the entry waits for the first before it loads the rest). */
export function createRequestClient(options: ClientOptions, onSent?: () => void): RequestClient {
  return withRetries(new Octokit(octokitOptions(options, onSent)), options);
}

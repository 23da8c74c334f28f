// The Octokit the action talks to GitHub with: toolkit defaults (proxy-aware fetch), an explicit API base URL
// (GitHub Enterprise Server), and bounded retries, a per-request timeout and the run's deadline as a request hook.
import { getOctokit } from '@actions/github';
import { installRetries, type RetryPolicy } from './retry.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** Must not be empty (see the action's no-token mode). */
  token: string;
  /** e.g. https://api.github.com or https://ghes.example.com/api/v3 */
  baseUrl: string;
  retry?: Partial<RetryPolicy>;
  /** Where retry notices go (never receives the token). */
  log?: (message: string) => void;
}

export function createClient(options: ClientOptions): GitHubClient {
  const client = getOctokit(options.token, {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'ml-carbon-action',
    log: { debug: () => {}, info: () => {}, warn: options.log ?? (() => {}), error: options.log ?? (() => {}) },
  });
  installRetries(client, { ...options.retry, onRetry: options.retry?.onRetry ?? ((notice) => options.log?.(notice)) });
  return client;
}

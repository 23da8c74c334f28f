// Bounded retries for GitHub API calls: exponential backoff on 5xx, and the waits GitHub asks for on rate limits
// (retry-after for secondary limits, x-ratelimit-reset for the primary one). Waits longer than the bound, or past the
// action's deadline, give up. Every request carries a timeout signal, so a stalled or trickling answer is cut off.
import type { RequestClient } from './request-client.js';
import { summarizeApiError } from './api-error.js';
import { type Deadline, DeadlineExceeded } from './deadline.js';

export interface RetryPolicy {
  maxRetries: number;
  /** First backoff step for 5xx answers; doubles per retry. */
  baseDelayMs: number;
  /** Longest single wait the action accepts; a rate limit that resets later fails the call instead. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  onRetry?: (notice: string) => void;
  /** Whole-run deadline: no wait is started that would end after it. */
  deadline?: Deadline;
  /** Timeout of one request, headers and body included. */
  requestTimeoutMs?: number;
}

export interface FailedAnswer {
  status: number;
  headers: Record<string, string | number | undefined>;
  message: string;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  requestTimeoutMs: 30_000,
  maxRetries: 4,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

/** GitHub documents: without retry-after on a secondary limit, wait at least a minute. */
const SECONDARY_LIMIT_DEFAULT_WAIT_MS = 60_000;

function header(answer: FailedAnswer, name: string): string | undefined {
  const value = answer.headers[name];
  return value === undefined ? undefined : String(value);
}

/** Milliseconds to wait before retry number `attempt` (0-based), or undefined when the call should not be retried. */
export function retryDelayMs(
  answer: FailedAnswer,
  attempt: number,
  policy: Pick<RetryPolicy, 'maxRetries' | 'baseDelayMs' | 'maxDelayMs' | 'now'>,
): number | undefined {
  if (attempt >= policy.maxRetries) return undefined;
  let wait: number | undefined;
  const retryAfter = header(answer, 'retry-after');
  const remaining = header(answer, 'x-ratelimit-remaining');
  const reset = header(answer, 'x-ratelimit-reset');
  const rateLimited = answer.status === 403 || answer.status === 429;
  if (rateLimited && retryAfter !== undefined && Number.isFinite(Number(retryAfter))) {
    wait = Number(retryAfter) * 1000;
  } else if (rateLimited && remaining === '0' && reset !== undefined) {
    wait = Math.max(0, Number(reset) * 1000 - policy.now()) + 250;
  } else if (rateLimited && /secondary rate limit/i.test(answer.message)) {
    wait = SECONDARY_LIMIT_DEFAULT_WAIT_MS;
  } else if (answer.status === 429 || answer.status >= 500) {
    wait = policy.baseDelayMs * 2 ** attempt;
  }
  if (wait === undefined || wait > policy.maxDelayMs) return undefined;
  return wait;
}

type HookedClient = Pick<RequestClient, 'hook'>;

/** A request that got no complete answer within its timeout (a stalled or trickling server). */
export class RequestTimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no complete answer within ${Math.round(timeoutMs / 100) / 10} s`);
    this.name = 'TimeoutError';
  }
}

function answerOf(error: unknown): FailedAnswer | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const { status, response, message } = error as {
    status: number;
    response?: { headers?: Record<string, string> };
    message?: string;
  };
  return { status, headers: response?.headers ?? {}, message: message ?? '' };
}

export function installRetries(client: HookedClient, overrides: Partial<RetryPolicy> = {}): void {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...overrides };
  const { deadline } = policy;
  client.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      if (deadline?.expired) throw new DeadlineExceeded(deadline.totalMs);
      const timeoutMs = policy.requestTimeoutMs ?? DEFAULT_RETRY_POLICY.requestTimeoutMs!;
      // When less time is left than a request may take, running out is the deadline's doing, not the server's.
      const cutByDeadline = deadline !== undefined && deadline.remainingMs() <= timeoutMs;
      const signal = deadline ? deadline.requestSignal(timeoutMs) : AbortSignal.timeout(timeoutMs);
      try {
        // Set on the options object itself: inner hooks (the token's) are bound to it and ignore a copy.
        options.request = { ...options.request, signal };
        const response = await request(options);
        // Octokit swallows an abort while reading the body and returns empty data: never take that for an answer.
        if (signal.aborted) throw signal.reason;
        return response;
      } catch (error) {
        if (deadline && (deadline.expired || (signal.aborted && cutByDeadline)))
          throw new DeadlineExceeded(deadline.totalMs);
        const timedOut = signal.aborted;
        const answer = timedOut ? undefined : answerOf(error);
        let wait = answer && retryDelayMs(answer, attempt, policy);
        // A timed-out request counts like a 5xx: retried with backoff, within the same bounds.
        if (timedOut && attempt < policy.maxRetries) wait = policy.baseDelayMs * 2 ** attempt;
        if (wait === undefined || (deadline && wait >= deadline.remainingMs()))
          throw timedOut ? new RequestTimedOut(timeoutMs) : error;
        const { method, url } = options;
        policy.onRetry?.(
          `GitHub answered ${timedOut ? 'nothing in time' : summarizeApiError(error).text} to ${method ?? ''} ${url ?? ''}; retrying in ${Math.round(wait / 100) / 10} s (retry ${attempt + 1} of ${policy.maxRetries})`,
        );
        await policy.sleep(wait);
      }
    }
  });
}

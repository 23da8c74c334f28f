// One short, fixed sentence for a failed API call. The server's own text never reaches a comment, summary or log: an
// error body can echo request headers (a misbehaving proxy put the Authorization header there) or quote user input.

export interface ApiErrorSummary {
  /** HTTP status, or undefined for a network failure, a timeout or the deadline. */
  status?: number;
  /** e.g. "HTTP 503 (server error)", "timed out", "no answer before the time limit". */
  text: string;
}

const STATUS_TEXT: Record<number, string> = {
  401: 'bad credentials',
  403: 'forbidden: the token lacks a permission, or a rate limit',
  404: 'not found, or not visible to the token',
  409: 'conflict',
  410: 'gone',
  422: 'rejected as invalid',
  429: 'rate limited',
};

function isAbort(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { name, code } = current as { name?: unknown; code?: unknown };
    if (name === 'AbortError' || name === 'TimeoutError' || name === 'DeadlineExceeded' || code === 'ABORT_ERR')
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function deadlineHit(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    if ((current as { name?: unknown }).name === 'DeadlineExceeded') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function summarizeApiError(error: unknown): ApiErrorSummary {
  if (deadlineHit(error)) return { text: 'no answer before the time limit' };
  const status = (error as { status?: unknown })?.status;
  // Octokit reports a failed fetch (network error, abort) as status 500 with the cause attached.
  if (isAbort(error)) return { text: 'the request timed out' };
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)
    return { text: 'a network error (no HTTP answer)' };
  if (status === 500 && (error as { response?: unknown }).response === undefined)
    return { text: 'a network error (no HTTP answer)' };
  const label = STATUS_TEXT[status] ?? (status >= 500 ? 'server error' : 'client error');
  return { status, text: `HTTP ${status} (${label})` };
}

export function describeApiError(error: unknown): string {
  return summarizeApiError(error).text;
}

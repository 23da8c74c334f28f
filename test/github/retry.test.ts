import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { Deadline, DeadlineExceeded } from '../../src/github/deadline.js';
import { retryDelayMs } from '../../src/github/retry.js';
import { eachTestEmulator } from '../support/each-test-emulator.js';
import type { GitHubEmulator } from '../support/github-emulator.js';
import { emulatedClient } from '../support/emulated-client.js';

const policy = { maxRetries: 4, baseDelayMs: 1000, maxDelayMs: 60_000, now: () => 1_700_000_000_000 };

describe('retryDelayMs', () => {
  it('backs off exponentially on 5xx: 1 s, 2 s, 4 s, 8 s, then gives up', () => {
    const answer = { status: 502, headers: {}, message: 'Bad Gateway' };
    expect([0, 1, 2, 3, 4].map((attempt) => retryDelayMs(answer, attempt, policy))).toEqual([
      1000,
      2000,
      4000,
      8000,
      undefined,
    ]);
  });

  it('honours retry-after on a secondary rate limit', () => {
    expect(
      retryDelayMs({ status: 403, headers: { 'retry-after': '7' }, message: 'secondary rate limit' }, 0, policy),
    ).toBe(7000);
  });

  it('waits for x-ratelimit-reset on the primary limit, plus a 250 ms margin', () => {
    // reset is 30 s after now (1_700_000_000 s): 30_000 ms + 250 ms.
    const answer = {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000030' },
      message: 'API rate limit exceeded',
    };
    expect(retryDelayMs(answer, 0, policy)).toBe(30_250);
  });

  it('gives up when the wait exceeds the bound, and never retries a plain 403 or 404', () => {
    const reset = {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700003600' },
      message: '',
    };
    expect(retryDelayMs(reset, 0, policy)).toBeUndefined();
    expect(
      retryDelayMs({ status: 403, headers: {}, message: 'Resource not accessible by integration' }, 0, policy),
    ).toBeUndefined();
    expect(retryDelayMs({ status: 404, headers: {}, message: 'Not Found' }, 0, policy)).toBeUndefined();
  });

  it('waits a minute on a secondary limit without retry-after (GitHub docs)', () => {
    expect(
      retryDelayMs({ status: 403, headers: {}, message: 'You have exceeded a secondary rate limit' }, 0, policy),
    ).toBe(60_000);
  });
});

describe('retries against the emulator', () => {
  let emulator: GitHubEmulator;
  eachTestEmulator((started) => (emulator = started));

  it('502 twice, then success: three requests, waits of 1 s and 2 s', async () => {
    const waits: number[] = [];
    emulator.inject({ operationId: 'issues/create-comment', status: 502, times: 2 });
    const { data } = await emulatedClient(emulator, waits).rest.issues.createComment({
      owner: 'octo-org',
      repo: 'ml-repo',
      issue_number: 1,
      body: 'hi',
    });
    expect(data.body).toBe('hi');
    expect(emulator.callsTo('issues/create-comment').map((call) => call.status)).toEqual([502, 502, 201]);
    expect(waits).toEqual([1000, 2000]);
  });

  it('secondary rate limit with retry-after: 3 waits 3 s', async () => {
    const waits: number[] = [];
    emulator.secondaryRateLimit('issues/list-comments', 3);
    await emulatedClient(emulator, waits).rest.issues.listComments({
      owner: 'octo-org',
      repo: 'ml-repo',
      issue_number: 1,
    });
    expect(waits).toEqual([3000]);
  });

  it('primary rate limit far in the future fails instead of hanging', async () => {
    const waits: number[] = [];
    emulator.primaryRateLimit('issues/list-comments', 3600);
    await expect(
      emulatedClient(emulator, waits).rest.issues.listComments({ owner: 'octo-org', repo: 'ml-repo', issue_number: 1 }),
    ).rejects.toMatchObject({ status: 403 });
    expect(waits).toEqual([]);
  });

  it('primary rate limit resetting in 2 s: waits until x-ratelimit-reset (whole seconds) plus the margin, then succeeds', async () => {
    const waits: number[] = [];
    emulator.primaryRateLimit('checks/create', 2);
    await emulatedClient(emulator, waits).rest.checks.create({
      owner: 'octo-org',
      repo: 'ml-repo',
      name: 'ml-carbon',
      head_sha: 'a'.repeat(40),
    });
    expect(waits).toHaveLength(1);
    // reset = ceil(now in s) + 2, so the wait is between 1 s and 3 s, plus 250 ms.
    expect(waits[0]).toBeGreaterThan(1000 + 250 - 50);
    expect(waits[0]).toBeLessThanOrEqual(3000 + 250);
    expect(emulator.callsTo('checks/create').map((call) => call.status)).toEqual([403, 201]);
  });
});

describe('the run deadline', () => {
  let emulator: GitHubEmulator;
  eachTestEmulator((started) => (emulator = started));

  it('a wait that would end past the deadline is not started; the call fails at once', async () => {
    const waits: number[] = [];
    const deadline = new Deadline(10_000);
    emulator.secondaryRateLimit('issues/list-comments', 60);
    const client = createClient({
      token: emulator.token,
      baseUrl: emulator.apiUrl,
      retry: { deadline, sleep: async (ms) => void waits.push(ms) },
    });
    await expect(
      client.rest.issues.listComments({ owner: 'octo-org', repo: 'ml-repo', issue_number: 1 }),
    ).rejects.toMatchObject({ status: 403 });
    expect(waits).toEqual([]);
    deadline.dispose();
  });

  it('past the deadline no request is sent', async () => {
    const deadline = new Deadline(1);
    await new Promise((done) => setTimeout(done, 20));
    const client = createClient({ token: emulator.token, baseUrl: emulator.apiUrl, retry: { deadline } });
    await expect(
      client.rest.issues.listComments({ owner: 'octo-org', repo: 'ml-repo', issue_number: 1 }),
    ).rejects.toBeInstanceOf(DeadlineExceeded);
    expect(emulator.calls).toHaveLength(0);
  });

  it('a stalled answer is cut at the request timeout and retried', async () => {
    const waits: number[] = [];
    emulator.inject({ operationId: 'issues/list-comments', status: 200, stall: true });
    const client = createClient({
      token: emulator.token,
      baseUrl: emulator.apiUrl,
      retry: { requestTimeoutMs: 200, sleep: async (ms) => void waits.push(ms) },
    });
    const { data } = await client.rest.issues.listComments({ owner: 'octo-org', repo: 'ml-repo', issue_number: 1 });
    expect(data).toEqual([]);
    expect(waits).toEqual([1000]);
    expect(emulator.callsTo('issues/list-comments')).toHaveLength(2);
  });
});

// The emulator is only worth its checks if it notices contract breaches: prove that it does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubEmulator } from '../support/github-emulator.js';

let emulator: GitHubEmulator;
beforeEach(async () => {
  emulator = await new GitHubEmulator().start();
});
afterEach(() => emulator.stop());

const call = (path: string, init: RequestInit = {}) =>
  fetch(`${emulator.url}${path}`, {
    ...init,
    headers: { authorization: `token ${emulator.token}`, 'content-type': 'application/json', ...init.headers },
  });

describe('GitHubEmulator contract checks', () => {
  it('flags a wrongly typed query parameter, an unknown one, and a body missing a required field', async () => {
    await call('/repos/octo-org/ml-repo/issues/1/comments?per_page=lots&colour=red');
    await call('/repos/octo-org/ml-repo/issues/1/comments', { method: 'POST', body: JSON.stringify({ text: 'hi' }) });
    expect(emulator.violations.join('\n')).toMatch(/per_page: \/ must be integer/);
    expect(emulator.violations.join('\n')).toMatch(/unknown query parameter colour/);
    expect(emulator.violations.join('\n')).toMatch(/request body: \/ must have required property 'body'/);
    expect(() => emulator.assertClean()).toThrow(/contract violations/);
  });

  it('flags endpoints GitHub does not have and requests without the token', async () => {
    await call('/repos/octo-org/ml-repo/carbon');
    await fetch(`${emulator.url}/repos/octo-org/ml-repo/issues/1/comments`);
    expect(emulator.violations).toEqual([
      'GET /repos/octo-org/ml-repo/carbon: not an endpoint of the GitHub REST API',
      'GET /repos/octo-org/ml-repo/issues/1/comments: missing or wrong authorization header',
    ]);
  });

  it('paginates like GitHub: Link header with next and last, none on the last page', async () => {
    for (let i = 0; i < 5; i++) emulator.seedComment(1, `c${i}`);
    const first = await call('/repos/octo-org/ml-repo/issues/1/comments?per_page=2');
    expect(first.headers.get('link')).toMatch(/page=2>; rel="next".*page=3>; rel="last"/);
    const last = await call('/repos/octo-org/ml-repo/issues/1/comments?per_page=2&page=3');
    expect(((await last.json()) as unknown[]).length).toBe(1);
    expect(last.headers.get('link')).not.toContain('rel="next"');
    emulator.assertClean();
  });
});

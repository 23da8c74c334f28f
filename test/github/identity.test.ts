import { describe, expect, it } from 'vitest';
import { describeApiError } from '../../src/github/api-error.js';
import { isAuthoredBy, resolveIdentity, UNKNOWN_IDENTITY, type Identity } from '../../src/github/identity.js';
import { eachTestEmulator } from '../support/each-test-emulator.js';
import type { GitHubEmulator } from '../support/github-emulator.js';
import { emulatedClient } from '../support/emulated-client.js';

const app: Identity = { known: true, login: 'carbon-app[bot]', type: 'Bot' };
const person: Identity = { known: true, login: 'Carol', type: 'User' };

describe('isAuthoredBy', () => {
  it('an App identity owns only the Bot account "name[bot]", never a human called "name"', () => {
    expect(isAuthoredBy({ login: 'carbon-app[bot]', type: 'Bot' }, app)).toBe(true);
    expect(isAuthoredBy({ login: 'carbon-app', type: 'User' }, app)).toBe(false);
    expect(isAuthoredBy({ login: 'carbon-app[bot]', type: 'User' }, app)).toBe(false);
    expect(isAuthoredBy({ login: 'other-app[bot]', type: 'Bot' }, app)).toBe(false);
  });

  it('a personal token owns the user account of that login (any case), never a bot', () => {
    expect(isAuthoredBy({ login: 'carol', type: 'User' }, person)).toBe(true);
    expect(isAuthoredBy({ login: 'Carol[bot]', type: 'Bot' }, person)).toBe(false);
    expect(isAuthoredBy(null, person)).toBe(false);
  });

  it('an unknown identity takes only bots, never people', () => {
    expect(isAuthoredBy({ login: 'github-actions[bot]', type: 'Bot' }, UNKNOWN_IDENTITY)).toBe(true);
    expect(isAuthoredBy({ login: 'github-actions', type: 'User' }, UNKNOWN_IDENTITY)).toBe(false);
  });
});

describe('resolveIdentity against the emulator', () => {
  let emulator: GitHubEmulator;
  eachTestEmulator((started) => (emulator = started));

  it('GraphQL names the installation bot without "[bot]" and types it Bot: the REST login is rebuilt', async () => {
    emulator.tokenIdentity = { login: 'carbon-app[bot]', type: 'Bot', id: 7 };
    expect(await resolveIdentity(emulatedClient(emulator))).toEqual(app);
  });

  it('GraphQL and REST both failing: unknown, not a guess', async () => {
    emulator.inject({ operationId: 'graphql', status: 500, times: 10 });
    emulator.inject({ operationId: 'users/get-authenticated', status: 500, times: 10 });
    expect(await resolveIdentity(emulatedClient(emulator))).toEqual(UNKNOWN_IDENTITY);
  });
});

describe('describeApiError', () => {
  it('names the status and never the server text', () => {
    const echo = Object.assign(new Error('Bad gateway (Authorization: token ghs_secret)'), {
      status: 502,
      response: { headers: {} },
    });
    expect(describeApiError(echo)).toBe('HTTP 502 (server error)');
    expect(describeApiError(Object.assign(new Error('x'), { status: 403, response: {} }))).toMatch(/^HTTP 403/);
    expect(describeApiError(Object.assign(new Error('fetch failed'), { status: 500 }))).toBe(
      'a network error (no HTTP answer)',
    );
    const timeout = Object.assign(new Error('aborted'), { name: 'TimeoutError' });
    expect(describeApiError(timeout)).toBe('the request timed out');
  });
});

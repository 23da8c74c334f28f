import { describe, expect, it } from 'vitest';
import { publishVerdict } from '../../src/github/checks.js';
import { eachTestEmulator } from '../support/each-test-emulator.js';
import type { GitHubEmulator } from '../support/github-emulator.js';
import { emulatedClient } from '../support/emulated-client.js';

const SHA = 'a'.repeat(40);
const target = { owner: 'octo-org', repo: 'ml-repo', headSha: SHA, name: 'ml-carbon' };
let emulator: GitHubEmulator;
eachTestEmulator((started) => (emulator = started));

describe('publishVerdict', () => {
  it('creates a completed, failing check run named ml-carbon on the head commit', async () => {
    const published = await publishVerdict(emulatedClient(emulator), target, {
      verdict: 'fail',
      title: 'Over budget',
      summary: '## report',
    });
    expect(published.kind).toBe('check-run');
    expect(emulator.checkRuns[0]).toMatchObject({
      name: 'ml-carbon',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Over budget', summary: '## report' },
    });
  });

  it('falls back to a commit status when checks are forbidden, shortening the description to 140 characters', async () => {
    emulator.forbid('checks/create');
    const title = 'x'.repeat(200);
    const published = await publishVerdict(emulatedClient(emulator), target, {
      verdict: 'pass',
      title,
      summary: 's',
      detailsUrl: 'https://example.test/run/1',
    });
    expect(published.kind).toBe('status');
    expect(emulator.statuses[0]).toMatchObject({
      context: 'ml-carbon',
      state: 'success',
      target_url: 'https://example.test/run/1',
    });
    expect((emulator.statuses[0]!.description as string).length).toBe(140);
  });

  it('cuts a summary above 65,535 characters', async () => {
    await publishVerdict(emulatedClient(emulator), target, {
      verdict: 'warn',
      title: 't',
      summary: 'line\n'.repeat(20_000),
    });
    const summary = (emulator.checkRuns[0]!.output as { summary: string }).summary;
    expect(summary.length).toBeLessThanOrEqual(65_535);
    expect(summary).toContain('This report was cut');
    expect(emulator.checkRuns[0]!.conclusion).toBe('neutral');
  });

  it('lets a fork token that may do neither fail loudly to the caller', async () => {
    emulator.forbid('checks/create');
    emulator.forbid('repos/create-commit-status');
    await expect(
      publishVerdict(emulatedClient(emulator), target, { verdict: 'pass', title: 't', summary: 's' }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

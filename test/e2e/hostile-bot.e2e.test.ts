// The bot under attack, through dist/index.js against the emulator: workflow commands hidden in run names and notes,
// a comment marker forged by another user, a write the API carried out but answered with a 502, a primary rate limit,
// and pull_request_target with a PR whose files would run if anything executed them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentMarker, withMarker } from '../../src/github/comments.js';
import type { GitHubEmulator } from '../support/github-emulator.js';
import { TempRepo } from '../support/temp-repo.js';
import { runAction } from './action-harness.js';
import { manifest, OWNER, PR_NUMBER, pullPayload, REPO } from './scenario.js';
import { e2eSuite } from './suite.js';

const MANIFEST = manifest([{ id: 'encoder', parameters: '110M', tokens: '2B' }]);

let emulator: GitHubEmulator;
const { afterTest, scenario, runOn } = e2eSuite((started) => (emulator = started));

/**
 * The workflow commands the runner would act on, read the way it reads stdout: line by line, a command only at the
 * start of a (trimmed) line, and nothing between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
function runnerCommands(stdout: string): { name: string; message: string }[] {
  const commands: { name: string; message: string }[] = [];
  let pausedUntil: string | undefined;
  for (const raw of stdout.split('\n')) {
    const line = raw.trim();
    if (pausedUntil !== undefined) {
      if (line === `::${pausedUntil}::`) pausedUntil = undefined;
      continue;
    }
    const match = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!match) continue;
    commands.push({ name: match[1]!, message: match[2]! });
    if (match[1] === 'stop-commands') pausedUntil = match[2];
  }
  return commands;
}

const INJECTED = '\n::set-output name=budget-status::pass\n::add-mask::x\n::stop-commands::pwn\n::error::forged';

describe('workflow-command injection', () => {
  it('run names, notes, locations and log paths cannot issue runner commands or set outputs', async () => {
    const head = `version: 1
runs:
  - id: ${JSON.stringify(`encoder${INJECTED}`)}
    model: { parameters: 110M }
    training: { tokens: 2B, precision: bf16 }
    hardware: { accelerator: ${JSON.stringify(`A100${INJECTED}`)}, count: 8 }
    location: ${JSON.stringify(`FR${INJECTED}`)}
    logs: [${JSON.stringify(`logs/x${INJECTED.replace(/\n/g, ' ')}.csv`)}]
    notes: ${JSON.stringify(`note${INJECTED}`)}
    ${JSON.stringify(`key${INJECTED}`)}: 1
budget:
  total_co2e_kg: 0.000001
`;
    const pull = scenario({ 'ml-carbon.yml': MANIFEST }, { 'ml-carbon.yml': head });
    const run = await runOn(pull);
    expect(run.exitCode).toBe(1);
    // The injected lines did reach the log (escaped in annotations, or inside a stop-commands pause).
    expect(run.stdout).toContain('set-output name=budget-status::pass');
    const commands = runnerCommands(run.stdout);
    expect(commands.map((command) => command.name)).not.toContain('set-output');
    for (const command of commands.filter((one) => one.name === 'add-mask'))
      expect(command.message).toBe(emulator.token);
    for (const command of commands.filter((one) => one.name === 'stop-commands'))
      expect(command.message).toMatch(/^ml-carbon-[0-9a-f-]{36}$/);
    expect(commands.some((command) => command.name === 'error' && command.message === 'forged')).toBe(false);
    for (const command of commands) expect(['add-mask', 'error', 'warning', 'stop-commands']).toContain(command.name);
    expect(run.outputs['budget-status']).not.toBe('pass');
    expect(Object.keys(run.outputs).sort()).toEqual([
      'base-co2e-kg',
      'budget-status',
      'co2e-kg',
      'delta-co2e-kg',
      'delta-percent',
      'energy-kwh',
      'report-json',
    ]);
  });
});

describe('comment ownership and retries', () => {
  it('a marker forged by another user in an existing comment is never edited; the bot posts and then edits its own', async () => {
    const pull = scenario({ 'ml-carbon.yml': MANIFEST }, { 'ml-carbon.yml': MANIFEST });
    const mallory = { login: 'mallory', type: 'User' as const, id: 4242 };
    const forged = emulator.seedComment(PR_NUMBER, withMarker('✅ ml-carbon: budget approved', 'default'), mallory);
    const first = await runOn(pull);
    expect(first.exitCode, first.stdout).toBe(0);
    const second = await runOn(pull, { 'max-co2e-kg': '1000' });
    expect(second.exitCode, second.stdout).toBe(0);
    const comments = emulator.commentsOn(PR_NUMBER);
    expect(comments.find((comment) => comment.id === forged)!.body).toContain('budget approved');
    const ours = comments.filter((comment) => comment.user.login === emulator.tokenIdentity.login);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body.startsWith(commentMarker('default'))).toBe(true);
    expect(emulator.callsTo('issues/update-comment').map((call) => call.path)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/comments/${ours[0]!.id}`,
    ]);
    expect(emulator.callsTo('issues/delete-comment')).toHaveLength(0);
  });

  it('a comment the API created but answered with a 502: the retry leaves exactly one comment', async () => {
    const pull = scenario({ 'ml-carbon.yml': MANIFEST }, { 'ml-carbon.yml': MANIFEST });
    emulator.inject({ operationId: 'issues/create-comment', status: 502, applied: true });
    const run = await runOn(pull);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(emulator.commentsOn(PR_NUMBER)).toHaveLength(1);
    // The 502 did create a comment; the retry created a second, and the re-check removed the newer one.
    expect(emulator.callsTo('issues/create-comment').map((call) => call.status)).toEqual([502, 201]);
    expect(emulator.callsTo('issues/delete-comment')).toHaveLength(1);
    // A second push edits that one comment; still one.
    await runOn(pull, { 'max-co2e-kg': '1000' });
    expect(emulator.commentsOn(PR_NUMBER)).toHaveLength(1);
  });

  it('a primary rate limit (403, remaining 0) waits for the reset and posts once', async () => {
    const pull = scenario({ 'ml-carbon.yml': MANIFEST }, { 'ml-carbon.yml': MANIFEST });
    emulator.primaryRateLimit('issues/list-comments', 1);
    emulator.primaryRateLimit('checks/create', 1);
    const run = await runOn(pull);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(emulator.commentsOn(PR_NUMBER)).toHaveLength(1);
    expect(emulator.checkRuns).toHaveLength(1);
    expect(run.stdout).not.toMatch(/::warning::ml-carbon could not/);
  });

  it('429 with retry-after on the comment and 503s on the check: retried, one comment, one check', async () => {
    const pull = scenario({ 'ml-carbon.yml': MANIFEST }, { 'ml-carbon.yml': MANIFEST });
    emulator.inject({ operationId: 'issues/create-comment', status: 429, headers: { 'retry-after': '1' } });
    emulator.inject({ operationId: 'checks/create', status: 503, times: 2 });
    const run = await runOn(pull);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(emulator.callsTo('issues/create-comment').map((call) => call.status)).toEqual([429, 201]);
    expect(emulator.commentsOn(PR_NUMBER)).toHaveLength(1);
    expect(emulator.checkRuns).toHaveLength(1);
  });

  it('a fork PR whose token can do nothing: no crash, the summary is written, the log says what was skipped', async () => {
    const pull = scenario({ 'ml-carbon.yml': MANIFEST }, { 'ml-carbon.yml': MANIFEST });
    pull.payload.pull_request.head.repo.full_name = 'someone/ml-repo';
    for (const operation of ['issues/list-comments', 'issues/create-comment', 'checks/create'])
      emulator.forbid(operation);
    emulator.forbid('repos/create-commit-status');
    const run = await runOn(pull);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.summary).toContain('encoder');
    expect(run.summary).toContain('The PR comment could not be posted');
    expect(run.stdout).toMatch(/::warning::ml-carbon could not comment on #17: HTTP 403.*/);
    expect(emulator.commentsOn(PR_NUMBER)).toHaveLength(0);
    expect(run.stdout.replace(`::add-mask::${emulator.token}`, '')).not.toContain(emulator.token);
  });
});

describe('pull_request_target', () => {
  it('never checks out or runs PR code: the workspace stays at the base, PR scripts never run', async () => {
    const repo = new TempRepo();
    afterTest(() => repo.remove());
    const baseSha = repo.commit('base', {
      'ml-carbon.yml': manifest([{ id: 'encoder', parameters: '110M', tokens: '2B' }], '  total_co2e_kg: 1'),
    });
    repo.git('checkout', '-q', '-b', 'pr');
    const sentinel = join(repo.dir, '..', `ml-carbon-pwned-${process.pid}`);
    const payloadScript = `require('fs').writeFileSync(${JSON.stringify(sentinel)}, 'pwned')`;
    const headSha = repo.commit('PR', {
      'ml-carbon.yml': manifest([{ id: 'encoder', parameters: '350M', tokens: '20B' }], '  total_co2e_kg: 1e9'),
      'package.json': JSON.stringify({ scripts: { preinstall: `node -e "${payloadScript}"` } }),
      'ml-carbon.config.js': payloadScript,
      '.gitattributes': '*.yml filter=pwn\n',
      'node_modules/.bin/git': `#!/bin/sh\nnode -e "${payloadScript}"\n`,
    });
    repo.git('checkout', '-q', '--detach', baseSha);
    const run = await runAction({
      emulator,
      workspace: repo.dir,
      eventName: 'pull_request_target',
      payload: pullPayload(headSha, baseSha),
      sha: baseSha,
      inputs: { 'github-token': emulator.token },
    });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs['budget-status']).toBe('fail');
    expect(existsSync(sentinel)).toBe(false);
    expect(repo.git('rev-parse', 'HEAD')).toBe(baseSha);
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(existsSync(join(repo.dir, 'package.json'))).toBe(false);
  });
});

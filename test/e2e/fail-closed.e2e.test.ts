// The gate fails closed: the budget in force is read from the base branch tip, and when the tip cannot be read the
// gate does not pass (budget-status=error, failing check, exit 1 in gate mode), whatever budget the PR writes itself.
// "No manifest on the base" (read fine, file absent) is a different state: the head's budget is then in force.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubEmulator } from '../support/github-emulator.js';
import { TempRepo } from '../support/temp-repo.js';
import { webhookExample } from '../support/webhook-payloads.js';
import { ensureBuilt, runAction, type ActionRun } from './action-harness.js';
import { manifest, OWNER, PR_NUMBER, pullPayload, REPO, shallowPullScenario } from './scenario.js';

const budget = (kg: number) => `  total_co2e_kg: ${kg}`;
/** Roughly 30 kg CO2e (350M parameters, 20B tokens on 8 A100s in FR): far above 0.2 kg, far below 1e9 kg. */
const BIG_RUN = [{ id: 'gpt-small', parameters: '350M', tokens: '20B' }];
const STRICT_BASE = manifest([{ id: 'gpt-small', parameters: '350M', tokens: '2B' }], budget(0.2));
/** The PR raises its own budget to 1e9 kg: it must never be the authority while a base exists. */
const GREEDY_HEAD = manifest(BIG_RUN, budget(1e9));

let emulator: GitHubEmulator;
const cleanups: (() => void)[] = [];
beforeAll(() => ensureBuilt(), 180_000);
beforeEach(async () => {
  emulator = await new GitHubEmulator(`${OWNER}/${REPO}`).start();
});
afterEach(async () => {
  await emulator.stop();
  while (cleanups.length) cleanups.pop()!();
});

/** The default actions/checkout: one commit holding the merged tree, so the base is read through the API. */
function shallowPull(baseFiles: Record<string, string> | undefined, headFiles: Record<string, string>) {
  const pull = shallowPullScenario(emulator, baseFiles, headFiles);
  cleanups.push(pull.remove);
  return {
    run: (inputs: Record<string, string> = {}, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
      runAction({
        emulator,
        workspace: pull.workspace,
        eventName: 'pull_request',
        payload: pull.payload,
        sha: pull.sha,
        inputs: { 'github-token': emulator.token, ...inputs },
        ...extra,
      }),
    headSha: pull.headSha,
    baseSha: pull.baseSha,
  };
}

function expectClosed(run: ActionRun, reason: RegExp): void {
  expect(run.exitCode, run.stdout).toBe(1);
  expect(run.outputs['budget-status']).toBe('error');
  expect(run.stdout).toMatch(/::error::ml-carbon budget not checked: the base branch could not be read/);
  expect(run.stdout).toMatch(reason);
  // The head's figures are still reported.
  expect(Number(run.outputs['co2e-kg'])).toBeGreaterThan(1);
  expect(run.summary).toContain('Budget not checked: the base branch could not be read');
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('the base tip cannot be read: the gate does not pass', () => {
  it('contents API 5xx after every retry: error status, failing check, exit 1, the reason in the comment', async () => {
    const pull = shallowPull({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': GREEDY_HEAD });
    emulator.inject({ operationId: 'repos/get-content', status: 502, times: 100 });
    const run = await pull.run();
    expectClosed(run, /HTTP 502 \(server error\)/);
    expect(emulator.callsTo('repos/get-content')).toHaveLength(5);
    expect(emulator.checkRuns).toHaveLength(1);
    expect(emulator.checkRuns[0]).toMatchObject({ head_sha: pull.headSha, conclusion: 'failure' });
    const body = emulator.commentsOn(PR_NUMBER)[0]!.body;
    expect(body.split('\n')[1]).toMatch(
      /^### 🌱 ml-carbon: .* · ⛔ budget not checked: the base branch could not be read$/,
    );
    expect(body).toContain('Budget not checked: the base branch could not be read');
    expect(body).toContain('HTTP 502');
    emulator.assertClean();
  });

  it('403 because the token lacks contents: read', async () => {
    const pull = shallowPull({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': GREEDY_HEAD });
    emulator.forbid('git/get-tree');
    const run = await pull.run();
    expectClosed(run, /HTTP 403/);
    expect(emulator.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    emulator.assertClean();
  });

  it('404 on the base commit (a private repository hides what the token may not see) is unreadable, not "no manifest"', async () => {
    const pull = shallowPull(undefined, { 'ml-carbon.yml': GREEDY_HEAD });
    const run = await pull.run();
    expectClosed(run, /HTTP 404/);
    emulator.assertClean();
  });

  it('on-base-error: neutral gives a neutral check and a passing step, still budget-status error', async () => {
    const pull = shallowPull({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': GREEDY_HEAD });
    emulator.forbid('git/get-tree');
    const run = await pull.run({ 'on-base-error': 'neutral' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['budget-status']).toBe('error');
    expect(run.stdout).toMatch(/::warning::ml-carbon: budget not checked/);
    expect(emulator.checkRuns[0]).toMatchObject({ conclusion: 'neutral' });
    emulator.assertClean();
  });

  it('mode report: the step passes, the check is neutral, the status says error', async () => {
    const pull = shallowPull({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': GREEDY_HEAD });
    emulator.forbid('git/get-tree');
    const run = await pull.run({ mode: 'report' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['budget-status']).toBe('error');
    expect(emulator.checkRuns[0]).toMatchObject({ conclusion: 'neutral' });
    emulator.assertClean();
  });

  it('a server that echoes the Authorization header: the token reaches neither comment, check, summary nor log', async () => {
    const pull = shallowPull({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': GREEDY_HEAD });
    emulator.inject({ operationId: 'git/get-tree', status: 500, times: 100, echoAuthorization: true });
    emulator.inject({ operationId: 'issues/list-comments', status: 500, times: 100, echoAuthorization: true });
    const run = await pull.run();
    expectClosed(run, /HTTP 500/);
    // The echo did happen: the server put the token into its answers.
    expect(JSON.stringify(emulator.callsTo('git/get-tree')[0]!.responseBody)).toContain(emulator.token);
    expect(run.stdout.replace(`::add-mask::${emulator.token}`, '')).not.toContain(emulator.token);
    expect(run.summary).not.toContain(emulator.token);
    expect(run.stdout).toMatch(/could not comment on #17: HTTP 500 \(server error\)/);
    expect(JSON.stringify(emulator.checkRuns)).not.toContain(emulator.token);
    expect(JSON.stringify(emulator.checkRuns)).not.toContain('Authorization');
    emulator.assertClean();
  });

  it('workflow_run whose pull-request lookup fails: error, not "no base"', async () => {
    const headSha = 'a1'.repeat(20);
    emulator.addFiles(headSha, { 'ml-carbon.yml': GREEDY_HEAD });
    emulator.inject({ operationId: 'pulls/get', status: 503, times: 100 });
    const payload = webhookExample('workflow_run', (p) => p.action === 'completed');
    payload.workflow_run.head_sha = headSha;
    payload.repository.full_name = `${OWNER}/${REPO}`;
    const workspace = new TempRepo();
    cleanups.push(() => workspace.remove());
    const run = await runAction({
      emulator,
      workspace: workspace.dir,
      eventName: 'workflow_run',
      payload,
      sha: 'c3'.repeat(20),
      inputs: { 'github-token': emulator.token, 'pr-number': String(PR_NUMBER), 'head-sha': headSha },
    });
    expectClosed(run, /the pull request could not be looked up: HTTP 503/);
    expect(emulator.checkRuns[0]).toMatchObject({ head_sha: headSha, conclusion: 'failure' });
    emulator.assertClean();
  });

  it('a missing event file: error with the reason, no stack trace', async () => {
    const pull = shallowPull({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': GREEDY_HEAD });
    const run = await pull.run({}, { rawEvent: null });
    expectClosed(run, /the event file .*event\.json could not be read \(ENOENT\)/);
    emulator.assertClean();
  });

  it('a garbled event file: error with the reason, no stack trace', async () => {
    const pull = shallowPull({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': GREEDY_HEAD });
    const run = await pull.run({}, { rawEvent: '{"pull_request": {"base": ' });
    expectClosed(run, /the event file .*event\.json is not valid JSON/);
    emulator.assertClean();
  });
});

describe('the base tip was read', () => {
  it('no manifest on the base (listed fine, file absent): the head budget is in force and passes', async () => {
    const pull = shallowPull({}, { 'ml-carbon.yml': GREEDY_HEAD });
    const run = await pull.run();
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['budget-status']).toBe('pass');
    expect(emulator.commentsOn(PR_NUMBER)[0]!.body).toContain('The base commit has no ml-carbon manifest');
    expect(emulator.checkRuns[0]).toMatchObject({ conclusion: 'success' });
    emulator.assertClean();
  });

  it('the PR raising its budget to 1e9 kg is judged by the base budget of 0.2 kg', async () => {
    const pull = shallowPull({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': GREEDY_HEAD });
    const run = await pull.run();
    expect(run.exitCode).toBe(1);
    expect(run.outputs['budget-status']).toBe('fail');
    expect(emulator.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    emulator.assertClean();
  });

  it('a base manifest with errors leaves the budget unknown: error, not the head budget', async () => {
    const broken = STRICT_BASE.replace('count: 8', 'count: eight');
    const pull = shallowPull({ 'ml-carbon.yml': broken }, { 'ml-carbon.yml': GREEDY_HEAD });
    const run = await pull.run();
    expect(run.exitCode).toBe(1);
    expect(run.outputs['budget-status']).toBe('error');
    expect(run.stdout).toMatch(/manifest on the base branch tip [0-9a-f]{7} has errors/);
    emulator.assertClean();
  });

  it('pull_request_target on a branch cut before the budget existed: the merge-base picks the numbers, the tip the budget', async () => {
    // main: A (no manifest) -> B (manifest, budget 0.2 kg). The PR branches from A and sets its own budget of 1e9 kg.
    const repo = new TempRepo();
    cleanups.push(() => repo.remove());
    repo.commit('A', { 'README.md': '# model repo\n' });
    repo.git('checkout', '-q', '-b', 'pr');
    const headSha = repo.commit('PR', { 'ml-carbon.yml': GREEDY_HEAD });
    repo.git('checkout', '-q', 'main');
    const tipSha = repo.commit('B', { 'ml-carbon.yml': STRICT_BASE });
    // pull_request_target checks out the base branch.
    repo.git('checkout', '-q', '--detach', tipSha);
    const run = await runAction({
      emulator,
      workspace: repo.dir,
      eventName: 'pull_request_target',
      payload: pullPayload(headSha, tipSha),
      sha: tipSha,
      inputs: { 'github-token': emulator.token },
    });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs['budget-status']).toBe('fail');
    // The numbers are compared with the merge-base A, which has no manifest.
    expect(run.outputs['base-co2e-kg']).toBe('');
    const body = emulator.commentsOn(PR_NUMBER)[0]!.body;
    expect(body).toContain(`the budget in force is still read from the tip of \`main\` (${tipSha.slice(0, 7)})`);
    expect(body).toContain('This PR **raises** the budget `total_co2e_kg`');
    emulator.assertClean();
  });
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/github/comments.js';
import { GitHubEmulator } from '../support/github-emulator.js';
import { ensureBuilt, runAction, type ActionRun } from './action-harness.js';
import { manifest, OWNER, PR_NUMBER, pullScenario, REPO, type PullScenario } from './scenario.js';

const BASE = manifest([
  { id: 'bert-finetune', parameters: '110M', tokens: '2B' },
  { id: 'gpt-small', parameters: '350M', tokens: '6B' },
]);
const HEAD = manifest([
  { id: 'bert-finetune', parameters: '110M', tokens: '3B' },
  { id: 'gpt-small', parameters: '350M', tokens: '6B' },
]);

let emulator: GitHubEmulator;
const scenarios: PullScenario[] = [];
beforeAll(() => ensureBuilt(), 180_000);
beforeEach(async () => {
  emulator = await new GitHubEmulator(`${OWNER}/${REPO}`).start();
});
afterEach(async () => {
  await emulator.stop();
});
afterAll(() => {
  for (const scenario of scenarios) scenario.repo.remove();
});

function scenario(base: Record<string, string | undefined>, head: Record<string, string | undefined>): PullScenario {
  const made = pullScenario(base, head);
  scenarios.push(made);
  return made;
}

function runOn(pull: PullScenario, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    emulator,
    workspace: pull.repo.dir,
    eventName: 'pull_request',
    payload: pull.payload,
    sha: pull.mergeSha,
    inputs: { 'github-token': emulator.token, ...inputs },
  });
}

/** `::add-mask::` is the runner command that registers the secret: the runner consumes it and never shows it. */
function expectTokenNeverPrinted(run: ActionRun): void {
  expect(run.stdout).toContain(`::add-mask::${emulator.token}`);
  expect(run.stdout.replace(`::add-mask::${emulator.token}`, '')).not.toContain(emulator.token);
  expect(run.stderr).not.toContain(emulator.token);
  expect(run.summary).not.toContain(emulator.token);
}

describe('the bundled action on pull_request', () => {
  it('first run: one comment, a check run, outputs, summary and JSON report', async () => {
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    const run = await runOn(pull);
    emulator.assertClean();
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const comments = emulator.commentsOn(PR_NUMBER);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(commentMarker('default'))).toBe(true);
    expect(comments[0]!.body).toContain('bert-finetune');
    // The checkout is the test merge, whose first parent is base.sha: the comment says so.
    expect(comments[0]!.body).toContain(`base.sha ${pull.baseSha.slice(0, 7)}`);
    // Two runs, one changed: the base-vs-head chart is worth showing.
    expect(comments[0]!.body).toContain('```mermaid\nxychart-beta');
    expect(emulator.checkRuns).toHaveLength(1);
    expect(emulator.checkRuns[0]).toMatchObject({ name: 'ml-carbon', head_sha: pull.headSha, status: 'completed' });

    const head = Number(run.outputs['co2e-kg']);
    const base = Number(run.outputs['base-co2e-kg']);
    const delta = Number(run.outputs['delta-co2e-kg']);
    expect(head).toBeGreaterThan(base);
    // bert-finetune trains on 3B instead of 2B tokens; gpt-small is unchanged, so the delta is head minus base.
    expect(delta).toBeCloseTo(head - base, 3);
    expect(Number(run.outputs['delta-percent'])).toBeCloseTo((delta / base) * 100, 2);
    expect(Number(run.outputs['energy-kwh'])).toBeGreaterThan(0);
    expect(run.outputs['budget-status']).toBe('none');
    expect(run.summary).toContain('bert-finetune');
    expect((run.report as { head: { runs: unknown[] } }).head.runs).toHaveLength(2);
    expectTokenNeverPrinted(run);
  });

  it('second push edits the same comment in place; an identical third run leaves it alone', async () => {
    const first = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    await runOn(first);
    const original = { ...emulator.commentsOn(PR_NUMBER)[0]! };
    const second = pullScenario({}, { 'ml-carbon.yml': HEAD.replace('tokens: 3B', 'tokens: 4B') }, first);
    const run = await runOn(second);
    expect(run.exitCode).toBe(0);
    const comments = emulator.commentsOn(PR_NUMBER);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(original.id);
    expect(comments[0]!.body).not.toBe(original.body);
    expect(emulator.callsTo('issues/update-comment')).toHaveLength(1);
    await runOn(second);
    expect(emulator.callsTo('issues/update-comment')).toHaveLength(1);
    expect(emulator.callsTo('issues/create-comment')).toHaveLength(1);
    emulator.assertClean();
  });

  it('base without a manifest: every run is new, no base output, budget from the head', async () => {
    const pull = scenario({}, { 'ml-carbon.yml': HEAD });
    const run = await runOn(pull);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['base-co2e-kg']).toBe('');
    expect(run.outputs['delta-percent']).toBe('');
    expect(emulator.commentsOn(PR_NUMBER)[0]!.body).toContain('no manifest on the base branch');
    emulator.assertClean();
  });

  it('budget exceeded: exit 1 naming the figures, failing check, outputs and summary still written', async () => {
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    const run = await runOn(pull, { 'max-co2e-kg': '0.05' });
    expect(run.exitCode).toBe(1);
    // The limit of 0.05 kg is shown as 50 g next to the total that broke it.
    expect(run.stdout).toMatch(
      /::error::ml-carbon budget exceeded: total [\d.]+ kg CO2e exceeds the budget of 0\.05 kg/,
    );
    expect(emulator.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(run.outputs['budget-status']).toBe('fail');
    expect(Number(run.outputs['co2e-kg'])).toBeGreaterThan(0.05);
    expect(run.summary).toContain('over budget');
    emulator.assertClean();
  });

  it('mode report never fails the step, even over budget', async () => {
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    const run = await runOn(pull, { 'max-co2e-kg': '0.05', mode: 'report' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['budget-status']).toBe('fail');
    expect(emulator.checkRuns[0]).toMatchObject({ conclusion: 'neutral' });
  });

  it('fork PR with a read-only token: warnings, full summary, exit code from the budget only', async () => {
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    pull.payload.pull_request.head.repo.full_name = 'someone/ml-repo';
    emulator.forbid('issues/create-comment');
    emulator.forbid('checks/create');
    emulator.forbid('repos/create-commit-status');
    const passing = await runOn(pull);
    expect(passing.exitCode).toBe(0);
    expect(passing.stdout).toMatch(/::warning::ml-carbon could not comment on #17: HTTP 403/);
    expect(passing.stdout).toMatch(/::warning::ml-carbon could not set a check run or commit status/);
    expect(passing.summary).toContain('bert-finetune');
    const failing = await runOn(pull, { 'max-co2e-kg': '0.05' });
    expect(failing.exitCode).toBe(1);
    expect(emulator.commentsOn(PR_NUMBER)).toHaveLength(0);
    expectTokenNeverPrinted(failing);
    emulator.assertClean();
  });

  it('502 then success: the comment is still posted once', async () => {
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    emulator.inject({ operationId: 'issues/create-comment', status: 502 });
    emulator.inject({ operationId: 'issues/list-comments', status: 503 });
    const run = await runOn(pull);
    expect(run.exitCode).toBe(0);
    expect(emulator.callsTo('issues/create-comment').map((call) => call.status)).toEqual([502, 201]);
    expect(emulator.commentsOn(PR_NUMBER)).toHaveLength(1);
    emulator.assertClean();
  });

  it('secondary rate limit: waits the retry-after seconds, then succeeds', async () => {
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    emulator.secondaryRateLimit('checks/create', 1);
    const started = Date.now();
    const run = await runOn(pull);
    expect(run.exitCode).toBe(0);
    expect(emulator.callsTo('checks/create').map((call) => call.status)).toEqual([403, 201]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(run.stdout).toContain('GitHub answered HTTP 403');
    emulator.assertClean();
  });

  it('a report over 65,536 characters lists fewer runs in the comment, saying where the rest is; the summary keeps everything', async () => {
    const runs = Array.from({ length: 400 }, (_, i) => ({
      id: `sweep-${String(i).padStart(3, '0')}`,
      parameters: '125M',
      tokens: `${1 + (i % 7)}B`,
    }));
    const pull = scenario({ 'ml-carbon.yml': manifest(runs.slice(0, 200)) }, { 'ml-carbon.yml': manifest(runs) });
    const run = await runOn(pull);
    expect(run.exitCode, run.stdout).toBe(0);
    const body = emulator.commentsOn(PR_NUMBER)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    // The lists are shortened by the report itself, so nothing after them (the methodology) is cut off.
    expect(body).toContain('All 400 runs (');
    expect(body).toMatch(/\| [\d,]+ more runs \|.*the job summary and the JSON report list them all/);
    expect(body).toContain('Methodology and defaults');
    expect(body).not.toContain('This report was cut');
    expect(run.summary.length).toBeGreaterThan(65_536);
    expect(run.summary).toContain('sweep-399');
    emulator.assertClean();
  });

  it('GitHub Enterprise Server: GITHUB_API_URL with /api/v3 is honoured', async () => {
    emulator.enterprise = true;
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    const run = await runOn(pull);
    expect(run.exitCode).toBe(0);
    expect(emulator.commentsOn(PR_NUMBER)).toHaveLength(1);
    expect(emulator.calls.every((call) => call.path.startsWith('/api/'))).toBe(true);
    emulator.assertClean();
  });

  it('an invalid manifest fails the gate with file, line and field, and the comment lists the problem', async () => {
    const broken = HEAD.replace('count: 8', 'count: eight');
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': broken });
    const run = await runOn(pull);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::ml-carbon\.yml:\d+:\d+: runs\[0\]\.hardware\.count/);
    expect(emulator.commentsOn(PR_NUMBER)[0]!.body).toContain('count');
    expect(run.outputs['budget-status']).toBeDefined();
    emulator.assertClean();
  });

  it('invalid action inputs: exit 1 with a did-you-mean, outputs and summary still written, nothing posted', async () => {
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    const run = await runOn(pull, { comment: 'updaet' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('did you mean "update"?');
    expect(run.outputs['budget-status']).toBe('none');
    expect(run.summary).toContain('invalid inputs');
    expect(emulator.calls).toHaveLength(0);
  });

  it('comment: new posts a fresh comment each run', async () => {
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    await runOn(pull, { comment: 'new' });
    await runOn(pull, { comment: 'new' });
    expect(emulator.commentsOn(PR_NUMBER)).toHaveLength(2);
    emulator.assertClean();
  });

  it('two runs racing on the same PR leave exactly one comment', async () => {
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    const runs = await Promise.all([runOn(pull), runOn(pull), runOn(pull)]);
    expect(runs.map((run) => run.exitCode)).toEqual([0, 0, 0]);
    expect(emulator.commentsOn(PR_NUMBER)).toHaveLength(1);
    emulator.assertClean();
  });

  it('pull_request_target: the head manifest is read at head.sha, not from the workspace (which holds the base)', async () => {
    const pull = scenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    // What pull_request_target checks out: the base branch.
    pull.repo.git('checkout', '-q', '--detach', pull.baseSha);
    const run = await runAction({
      emulator,
      workspace: pull.repo.dir,
      eventName: 'pull_request_target',
      payload: pull.payload,
      sha: pull.baseSha,
      inputs: { 'github-token': emulator.token },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`head files read from commit ${pull.headSha.slice(0, 7)} via local git`);
    // HEAD trains bert-finetune on 3B tokens instead of 2B: a real difference, not base against base.
    expect(Number(run.outputs['delta-co2e-kg'])).toBeGreaterThan(0);
    emulator.assertClean();
  });

  it('a PR that raises its own budget is judged by the base budget, and the comment says so loudly', async () => {
    const budgetOf = (kg: number) => `  total_co2e_kg: ${kg}`;
    const pull = scenario(
      { 'ml-carbon.yml': manifest([{ id: 'bert-finetune', parameters: '110M', tokens: '2B' }], budgetOf(0.2)) },
      {
        'ml-carbon.yml': manifest([{ id: 'bert-finetune', parameters: '110M', tokens: '20B' }], budgetOf(1000)),
      },
    );
    const run = await runOn(pull);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['budget-status']).toBe('fail');
    const body = emulator.commentsOn(PR_NUMBER)[0]!.body;
    // Figures keep their unit with a no-break space; read it as a space.
    expect(body.replaceAll('\u00a0', ' ')).toContain(
      'This PR **raises** the budget `total_co2e_kg` from 0.2 kg to 1,000 kg',
    );
    emulator.assertClean();
  });
});

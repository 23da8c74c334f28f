// A pull request author trying to talk the gate out of the base branch's budget, through dist/index.js against the
// emulator: removing or loosening the budget, deleting or moving the manifest, a second looser manifest, a config file
// the action never reads, and measured logs edited down to tiny figures. The budget in force is the base tip's.
import { truncateSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../support/github-emulator.js';
import { runAction, type ActionRun } from './action-harness.js';
import { manifest, OWNER, PR_NUMBER, REPO, shallowPullScenario } from './scenario.js';
import { e2eSuite } from './suite.js';

/** 350M parameters, 20B tokens on 8 A100s in FR: about 30 kg CO2e (fail-closed.e2e.test.ts), far above 1 kg. */
const BIG_RUN = [{ id: 'gpt-small', parameters: '350M', tokens: '20B' }];
const SMALL_RUN = [{ id: 'gpt-small', parameters: '350M', tokens: '2B' }];
const STRICT_BASE = manifest(SMALL_RUN, '  total_co2e_kg: 1');

let emulator: GitHubEmulator;
const { afterTest, scenario, runOn } = e2eSuite((started) => (emulator = started));

/** The step fails, the check fails, and the token is nowhere but in its ::add-mask:: line. */
function expectBlocked(run: ActionRun, status: 'fail' | 'error' = 'fail'): void {
  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  expect(run.outputs['budget-status']).toBe(status);
  expect(emulator.checkRuns.at(-1)).toMatchObject({ conclusion: 'failure' });
  expectNoToken(run);
}

function expectNoToken(run: ActionRun): void {
  expect(run.stdout.replace(`::add-mask::${emulator.token}`, '')).not.toContain(emulator.token);
  expect(run.stderr + run.summary + JSON.stringify(run.report ?? '')).not.toContain(emulator.token);
  expect(JSON.stringify([emulator.commentsOn(PR_NUMBER), emulator.checkRuns])).not.toContain(emulator.token);
}

/** A CodeCarbon emissions.csv of one run with the given energy (kWh) and CO2e (kg). */
function codecarbon(kwh: number, kg: number): string {
  return [
    'timestamp,project_name,run_id,duration,emissions,energy_consumed,country_name,country_iso_code',
    `2026-01-05T10:00:00,gpt-small,11111111-2222-4333-8444-555555555555,36,${kg},${kwh},France,FRA`,
    '',
  ].join('\n');
}

function withLog(text: string, log: string): string {
  return text.replace('      count: 8', `      count: 8\n    logs: [${JSON.stringify(log)}]`);
}

describe('the budget in force is the base tip’s, whatever the PR edits', () => {
  it('removing the whole budget section does not remove the budget', async () => {
    const pull = scenario({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': manifest(BIG_RUN) });
    const run = await runOn(pull);
    expectBlocked(run);
    expect(run.stdout).toMatch(/::error::ml-carbon budget exceeded: total .* exceeds the budget of 1 kg/);
    expect(emulator.commentsOn(PR_NUMBER)[0]!.body).toMatch(/removes|raises/);
  });

  it('raising max_increase_percent in the PR leaves the base’s 10 % in force', async () => {
    const base = manifest(SMALL_RUN, '  max_increase_percent: 10');
    const head = manifest(BIG_RUN, '  max_increase_percent: 100000');
    const run = await runOn(scenario({ 'ml-carbon.yml': base }, { 'ml-carbon.yml': head }));
    expectBlocked(run);
    expect(run.stdout).toMatch(/is above the allowed increase of \+10%25/);
  });

  it('deleting the manifest fails closed with the reason, not "no budget"', async () => {
    const run = await runOn(scenario({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': undefined }));
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs['budget-status']).toBe('error');
    expect(run.stdout).toMatch(/::error::ml-carbon\.yml: no manifest found/);
    expect(run.summary.split('\n')[0]).toMatch(/⛔ budget not checked: 1 error in the input$/);
    expect(emulator.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expectNoToken(run);
  });

  it('renaming the manifest (the manifest input unchanged) fails closed', async () => {
    const pull = scenario(
      { 'ml-carbon.yml': STRICT_BASE },
      { 'ml-carbon.yml': undefined, 'carbon/renamed.yml': manifest(BIG_RUN, '  total_co2e_kg: 1e9') },
    );
    const run = await runOn(pull);
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs['budget-status']).not.toMatch(/^(pass|none)$/);
  });

  it('moving the manifest and pointing the manifest input at it: the base’s budget still holds', async () => {
    // On `pull_request` the workflow file comes from the PR, so its inputs are the PR author's too.
    const pull = scenario(
      { 'ml-carbon.yml': STRICT_BASE },
      { 'ml-carbon.yml': undefined, 'carbon/renamed.yml': manifest(BIG_RUN, '  total_co2e_kg: 1e9') },
    );
    const run = await runOn(pull, { manifest: 'carbon/renamed.yml' });
    expectBlocked(run);
    expect(run.stdout).toMatch(/exceeds the budget of 1 kg/);
  });

  it('the same move in a shallow checkout (base through the API): the base’s budget still holds', async () => {
    const pull = shallowPullScenario(
      emulator,
      { 'ml-carbon.yml': STRICT_BASE, '.github/workflows/ci.yml': 'on: pull_request\n' },
      { 'carbon/renamed.yml': manifest(BIG_RUN, '  total_co2e_kg: 1e9') },
    );
    afterTest(pull.remove);
    const run = await runAction({
      emulator,
      workspace: pull.workspace,
      eventName: 'pull_request',
      payload: pull.payload,
      sha: pull.sha,
      inputs: { 'github-token': emulator.token, manifest: 'carbon/renamed.yml' },
    });
    expectBlocked(run);
    expect(run.stdout).toContain(
      'the PR deletes or moves `ml-carbon.yml`; its budget on the base branch tip stays in force',
    );
    // Only the base's YAML files the head lacks were read, the workflow file once and found to be no manifest.
    expect(
      emulator.callsTo('repos/get-content').map((call) => decodeURIComponent(call.path.split('/contents/')[1]!)),
    ).toEqual(expect.arrayContaining(['ml-carbon.yml', '.github/workflows/ci.yml']));
  });

  it('moving the manifest under a glob input: the base’s manifest at the old path still holds the budget', async () => {
    const pull = scenario(
      { 'ml-carbon.yml': STRICT_BASE },
      { 'ml-carbon.yml': undefined, 'models/ml-carbon.yml': manifest(BIG_RUN) },
    );
    const run = await runOn(pull, { manifest: '**/ml-carbon.yml' });
    expectBlocked(run);
  });

  it('a second manifest with a looser budget does not loosen the base’s', async () => {
    const pull = scenario(
      { 'ml-carbon.yml': STRICT_BASE },
      { 'extra/ml-carbon.yml': manifest([{ id: 'extra', parameters: '350M', tokens: '20B' }], '  total_co2e_kg: 1e9') },
    );
    const run = await runOn(pull, { manifest: '**/ml-carbon.yml' });
    expectBlocked(run);
    expect(run.stdout).toMatch(/exceeds the budget of 1 kg/);
  });

  it('config files the PR adds (a local action.yml, .ml-carbon.yml, .github/ml-carbon.yml) change nothing', async () => {
    const loose = 'max-co2e-kg: 1e9\nmode: report\nfail-on-budget: false\nbudget:\n  total_co2e_kg: 1e9\n';
    const pull = scenario(
      { 'ml-carbon.yml': STRICT_BASE },
      {
        'ml-carbon.yml': manifest(BIG_RUN),
        'action.yml': `name: x\ninputs:\n  mode:\n    default: report\nruns:\n  using: node24\n  main: x.js\n`,
        '.ml-carbon.yml': loose,
        '.github/ml-carbon.yml': loose,
        'ml-carbon.json': JSON.stringify({ budget: { total_co2e_kg: 1e9 } }),
      },
    );
    expectBlocked(await runOn(pull));
  });

  it('a PR that edits the workflow running the check (and so its inputs) is flagged in the annotation and the comment', async () => {
    const workflow = (inputs: string) =>
      `on: pull_request\njobs:\n  carbon:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ml-carbon/ml-carbon@v1\n        with:\n${inputs}`;
    const path = '.github/workflows/carbon.yml';
    const pull = scenario(
      { 'ml-carbon.yml': STRICT_BASE, [path]: workflow('          mode: gate\n') },
      { 'ml-carbon.yml': manifest(BIG_RUN), [path]: workflow("          max-co2e-kg: '1e9'\n") },
    );
    const env = { GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/${path}@refs/pull/${PR_NUMBER}/merge` };
    const run = await runAction({
      emulator,
      workspace: pull.repo.dir,
      eventName: 'pull_request',
      payload: pull.payload,
      sha: pull.mergeSha,
      inputs: { 'github-token': emulator.token, 'max-co2e-kg': '1e9' },
      env,
    });
    expect(run.stdout).toMatch(
      /::warning::ml-carbon: this PR changes `\.github\/workflows\/carbon\.yml`, the workflow running this check/,
    );
    expect(emulator.commentsOn(PR_NUMBER)[0]!.body).toContain('the workflow running this check');
    // The same workflow on both sides: no flag.
    const same = scenario(
      { 'ml-carbon.yml': STRICT_BASE, [path]: workflow('          mode: gate\n') },
      { 'ml-carbon.yml': manifest(SMALL_RUN) },
    );
    const quiet = await runAction({
      emulator,
      workspace: same.repo.dir,
      eventName: 'pull_request',
      payload: same.payload,
      sha: same.mergeSha,
      inputs: { 'github-token': emulator.token },
      env,
    });
    expect(quiet.stdout).not.toContain('the workflow running this check');
  });

  it('base-ref pointing at the PR’s own head or merge commit fails closed instead of judging the PR by itself', async () => {
    const pull = scenario(
      { 'ml-carbon.yml': STRICT_BASE },
      { 'ml-carbon.yml': manifest(BIG_RUN, '  total_co2e_kg: 1e9') },
    );
    for (const ref of ['pr', 'HEAD', pull.headSha]) {
      const run = await runOn(pull, { 'base-ref': ref });
      expectBlocked(run, 'error');
      expect(run.stdout).toMatch(/base-ref `[^`]+` is the pull request's own commit [0-9a-f]{7}/);
    }
    // A real base branch by name is fine: the base's 1 kg budget judges the PR.
    const named = await runOn(pull, { 'base-ref': 'main' });
    expectBlocked(named, 'fail');
  });

  it('a budget in a file only the PR has is not in force while the base has a manifest', async () => {
    const pull = scenario(
      { 'ml-carbon.yml': STRICT_BASE },
      {
        'ml-carbon.yml': manifest(BIG_RUN),
        'budgets/ml-carbon.yml': manifest([{ id: 'tiny', parameters: '1M', tokens: '1M' }], '  total_co2e_kg: 1e9'),
      },
    );
    const run = await runOn(pull, { manifest: 'ml-carbon.yml\nbudgets/ml-carbon.yml' });
    expectBlocked(run);
  });
});

describe('measured logs the PR edits', () => {
  it('a log claiming a thousandth of the estimate is flagged and the gate judges the estimate', async () => {
    const head = withLog(manifest(BIG_RUN), 'logs/emissions.csv');
    // Without the check the run would count about 3 kg (its estimated embodied share), within 5 kg; its estimate is ~30 kg.
    const pull = scenario(
      { 'ml-carbon.yml': manifest(SMALL_RUN, '  total_co2e_kg: 5') },
      { 'ml-carbon.yml': head, 'logs/emissions.csv': codecarbon(0.00001, 0.0000005) },
    );
    const run = await runOn(pull);
    expectBlocked(run);
    const body = emulator.commentsOn(PR_NUMBER)[0]!.body;
    expect(body).toMatch(/implausibl/i);
    expect(run.stdout).toMatch(/::warning::.*implausibl/i);
  });
});

describe('measured logs the PR edits (runtime)', () => {
  it('a Trainer runtime of one second for a ~30 kg run is flagged and the gate judges the estimate', async () => {
    const head = withLog(manifest(BIG_RUN), 'train_results.json');
    const results = JSON.stringify({ epoch: 1.0, train_loss: 0.4, train_runtime: 1.0, train_steps_per_second: 1 });
    const pull = scenario(
      { 'ml-carbon.yml': manifest(SMALL_RUN, '  total_co2e_kg: 5') },
      { 'ml-carbon.yml': head, 'train_results.json': results },
    );
    const run = await runOn(pull);
    expectBlocked(run);
    expect(run.stdout).toMatch(/::warning::train_results\.json: run "gpt-small": the measured figures are implausible/);
  });
});

describe('hostile files', () => {
  it('log symlinks to /proc/self/environ, a token file and outside the repository are refused unread', async () => {
    const pull = scenario({ 'ml-carbon.yml': STRICT_BASE }, { 'README.md': 'x' });
    const secret = join(pull.repo.dir, '..', `ml-carbon-secret-${process.pid}`);
    writeFileSync(secret, 'ghs_secretTokenFileContent\n');
    afterTest(() => truncateSync(secret, 0));
    symlinkSync('/proc/self/environ', join(pull.repo.dir, 'environ.csv'));
    symlinkSync(secret, join(pull.repo.dir, 'token.csv'));
    symlinkSync('/proc/self', join(pull.repo.dir, 'self'));
    writeFileSync(
      join(pull.repo.dir, 'ml-carbon.yml'),
      STRICT_BASE.replace('      count: 8', '      count: 8\n    logs: [environ.csv, token.csv, self/environ]'),
    );
    const run = await runOn(pull);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/environ\.csv.*symlink.*outside the repository/);
    expect(run.stdout).toMatch(/token\.csv.*symlink.*outside the repository/);
    expect(run.stdout).toMatch(/self\/environ.*symlink.*outside the repository/);
    const everything = run.stdout + run.stderr + run.summary + JSON.stringify(emulator.commentsOn(PR_NUMBER));
    expect(everything).not.toContain('ghs_secretTokenFileContent');
    expect(everything).not.toContain('INPUT_GITHUB');
    expectNoToken(run);
  });

  it('path traversal and absolute log paths are refused unread', async () => {
    const head = STRICT_BASE.replace(
      '      count: 8',
      '      count: 8\n    logs: ["../../../../../../etc/passwd", "/etc/passwd", "logs/../../../etc/hostname"]',
    );
    const run = await runOn(scenario({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': head }));
    expect(run.exitCode).toBe(1);
    expect(run.outputs['budget-status']).not.toBe('pass');
    expect(run.stdout + run.summary).not.toMatch(/root:x:0:0/);
    expect(run.stdout).toMatch(/::error::.*etc\/passwd/);
  });

  it('manifest and working-directory inputs that climb out of the repository are refused unread', async () => {
    const pull = scenario({ 'ml-carbon.yml': STRICT_BASE }, { 'ml-carbon.yml': STRICT_BASE });
    for (const inputs of <Record<string, string>[]>[
      { manifest: '../../../../../../etc/passwd' },
      { manifest: '/etc/passwd' },
      { 'working-directory': '../../../../../../etc', manifest: 'passwd' },
    ]) {
      const run = await runOn(pull, inputs);
      expect(run.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(run.outputs['budget-status']).toBe('error');
      expect(run.stdout + run.summary + JSON.stringify(emulator.commentsOn(PR_NUMBER))).not.toMatch(/root:x:0:0/);
    }
  });

  it('a 2 GB sparse log and a 2 GB sparse manifest end in located errors, not an out-of-memory crash', async () => {
    const pull = scenario({ 'ml-carbon.yml': STRICT_BASE }, { 'README.md': 'x' });
    writeFileSync(join(pull.repo.dir, 'huge.csv'), '');
    truncateSync(join(pull.repo.dir, 'huge.csv'), 2 * 1024 ** 3);
    writeFileSync(join(pull.repo.dir, 'pkg.yml'), '');
    truncateSync(join(pull.repo.dir, 'pkg.yml'), 2 * 1024 ** 3);
    writeFileSync(join(pull.repo.dir, 'ml-carbon.yml'), withLog(STRICT_BASE, 'huge.csv'));
    const run = await runOn(pull, { manifest: 'ml-carbon.yml\npkg.yml' });
    expect(run.exitCode, run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(/heap out of memory|RangeError/);
    // A NUL-filled sparse file reads as empty after the first block: no more of it is read.
    expect(run.stdout).toMatch(/::(warning|error)::huge\.csv: /);
    expect(run.stdout).toMatch(/::error::pkg\.yml/);
    expect(run.outputs['co2e-kg']).toBeDefined();
  });
});

// The action without the base (or any) commit in the checkout: files come from the contents API at the right SHAs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubEmulator } from '../support/github-emulator.js';
import { TempRepo } from '../support/temp-repo.js';
import { webhookExample } from '../support/webhook-payloads.js';
import { ensureBuilt, runAction } from './action-harness.js';
import { manifest, OWNER, PR_NUMBER, pullScenario, REPO } from './scenario.js';

const BASE = manifest([{ id: 'encoder', parameters: '110M', tokens: '2B' }]);
const HEAD = manifest([
  { id: 'encoder', parameters: '110M', tokens: '2B' },
  { id: 'decoder', parameters: '350M', tokens: '4B' },
]);

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

describe('base and head files through the contents API', () => {
  it('shallow checkout (fetch-depth 1): the base manifest is read at base.sha through the API', async () => {
    const full = pullScenario({ 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
    cleanups.push(() => full.repo.remove());
    // What actions/checkout leaves by default: one commit with the merged tree, no history.
    const shallow = new TempRepo();
    cleanups.push(() => shallow.remove());
    const only = shallow.commit('merge', { 'ml-carbon.yml': HEAD });
    emulator.addFiles(full.baseSha, { 'ml-carbon.yml': BASE });

    const run = await runAction({
      emulator,
      workspace: shallow.dir,
      eventName: 'pull_request',
      payload: full.payload,
      sha: only,
      inputs: { 'github-token': emulator.token },
    });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(emulator.callsTo('repos/get-content').map((call) => call.query.ref)).toEqual([full.baseSha]);
    expect(Number(run.outputs['base-co2e-kg'])).toBeGreaterThan(0);
    expect(emulator.commentsOn(PR_NUMBER)[0]!.body).toContain('shallow checkout');
    emulator.assertClean();
  });

  it('workflow_run for a fork PR: no checkout, PR found by head SHA, manifest glob listed through the trees API', async () => {
    const headSha = 'a1'.repeat(20);
    const baseSha = 'b2'.repeat(20);
    emulator.addFiles(headSha, { 'models/nlp/ml-carbon.yml': HEAD, 'README.md': 'x' });
    emulator.addFiles(baseSha, { 'models/nlp/ml-carbon.yml': BASE, 'README.md': 'x' });
    emulator.pulls.set(PR_NUMBER, {
      number: PR_NUMBER,
      headSha,
      headRef: 'feature',
      baseSha,
      baseRef: 'main',
      headRepo: 'someone/ml-repo',
    });
    const payload = webhookExample(
      'workflow_run',
      (p) => p.action === 'completed' && p.workflow_run.pull_requests.length === 0,
    );
    payload.workflow_run.head_sha = headSha;
    payload.workflow_run.head_repository.full_name = 'someone/ml-repo';
    payload.repository.full_name = `${OWNER}/${REPO}`;
    const workspace = mkdtempSync(join(tmpdir(), 'ml-carbon-empty-'));
    cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));

    const run = await runAction({
      emulator,
      workspace,
      eventName: 'workflow_run',
      payload,
      sha: 'c3'.repeat(20),
      inputs: {
        'github-token': emulator.token,
        manifest: 'models/*/ml-carbon.yml',
        'head-sha': headSha,
        mode: 'report',
      },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(emulator.callsTo('pulls/list')).toHaveLength(1);
    expect(emulator.callsTo('git/get-tree').map((call) => call.path)).toEqual([
      `/repos/${OWNER}/${REPO}/git/trees/${headSha}`,
      `/repos/${OWNER}/${REPO}/git/trees/${baseSha}`,
    ]);
    const body = emulator.commentsOn(PR_NUMBER)[0]!.body;
    expect(body).toContain('`decoder`');
    expect(body).toContain('🆕 new');
    expect(emulator.checkRuns[0]).toMatchObject({ head_sha: headSha });
    expect(Number(run.outputs['co2e-kg'])).toBeGreaterThan(Number(run.outputs['base-co2e-kg']));
    emulator.assertClean();
  });

  it('an API that keeps failing: exit 1 with the reason, outputs and summary still written', async () => {
    const headSha = 'd4'.repeat(20);
    emulator.pulls.set(PR_NUMBER, {
      number: PR_NUMBER,
      headSha,
      headRef: 'feature',
      baseSha: 'e5'.repeat(20),
      baseRef: 'main',
    });
    // Five 500s per listing: the first try and all four retries fail.
    emulator.addFiles(headSha, { 'ml-carbon.yml': HEAD });
    emulator.inject({ operationId: 'git/get-tree', status: 500, times: 100 });
    const payload = webhookExample('workflow_run', (p) => p.action === 'completed');
    payload.workflow_run.head_sha = headSha;
    const workspace = mkdtempSync(join(tmpdir(), 'ml-carbon-empty-'));
    cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));

    const run = await runAction({
      emulator,
      workspace,
      eventName: 'workflow_run',
      payload,
      sha: headSha,
      inputs: { 'github-token': emulator.token, 'pr-number': String(PR_NUMBER) },
    });

    expect(run.exitCode).toBe(1);
    expect(emulator.callsTo('git/get-tree')).toHaveLength(5);
    expect(run.stdout).toMatch(/::error::ml-carbon: the head commit could not be read: .*HTTP 500 \(server error\)/);
    expect(run.outputs['budget-status']).toBe('error');
    expect(run.outputs['co2e-kg']).toBe('');
    expect(run.summary).toContain('ml-carbon could not finish');
    emulator.assertClean();
  });
});

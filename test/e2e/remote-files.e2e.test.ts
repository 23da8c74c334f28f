// The action without the base (or any) commit in the checkout: files come from the contents API at the right SHAs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubEmulator } from '../support/github-emulator.js';
import { webhookExample } from '../support/webhook-payloads.js';
import { ensureBuilt, runAction } from './action-harness.js';
import { manifest, OWNER, PR_NUMBER, REPO, shallowPullScenario } from './scenario.js';

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

/** What actions/checkout leaves by default: one commit with the merged tree, no history; the base via the API. */
function shallowPull() {
  const pull = shallowPullScenario(emulator, { 'ml-carbon.yml': BASE }, { 'ml-carbon.yml': HEAD });
  cleanups.push(pull.remove);
  return pull;
}

/** The Node the action runs on in these tests (see action-harness.ts). */
const actionNodeMajor = Number(
  execFileSync(process.env.ML_CARBON_E2E_NODE || process.execPath, ['-p', 'process.versions.node'], {
    encoding: 'utf8',
  }).split('.')[0],
);

/** A forward proxy for http:// URLs that records each request line and passes it on. */
async function recordingProxy(): Promise<{ url: string; seen: string[]; close: () => void }> {
  const seen: string[] = [];
  const proxy = createServer((incoming, answer) => {
    seen.push(`${incoming.method} ${incoming.url}`);
    const target = new URL(incoming.url ?? '');
    const onward = request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: incoming.method },
      (response) => {
        answer.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(answer);
      },
    );
    for (const [name, value] of Object.entries(incoming.headers))
      if (value !== undefined) onward.setHeader(name, value);
    incoming.pipe(onward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as { port: number }).port}`,
    seen,
    close: () => proxy.close(),
  };
}

describe('base and head files through the contents API', () => {
  it('behind HTTP_PROXY (Node ≥ 24): every API request goes through the proxy', async (context) => {
    if (actionNodeMajor < 24)
      context.skip(`the action runs on Node ${actionNodeMajor}; set ML_CARBON_E2E_NODE to a Node 24 (.ci/node24.sh)`);
    const pull = shallowPull();
    const proxy = await recordingProxy();
    cleanups.push(proxy.close);

    const run = await runAction({
      emulator,
      workspace: pull.workspace,
      eventName: 'pull_request',
      payload: pull.payload,
      sha: pull.sha,
      inputs: { 'github-token': emulator.token },
      env: { HTTP_PROXY: proxy.url },
    });

    expect(run.exitCode, run.stdout).toBe(0);
    // The first request (the base listing) and the later ones (contents, comment, check) all went through it.
    expect(proxy.seen[0]).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/.*\/git\/trees\//);
    expect(proxy.seen.some((line) => line.startsWith('POST ') && line.includes('/check-runs'))).toBe(true);
    expect(proxy.seen.length).toBe(emulator.calls.length);
    // The token shows only in its ::add-mask:: line (the runner consumes it).
    expect(run.stdout.replace(`::add-mask::${emulator.token}`, '')).not.toContain(emulator.token);
    emulator.assertClean();
  });

  it('shallow checkout (fetch-depth 1): the base manifest is read at base.sha through the API', async () => {
    const pull = shallowPull();

    const run = await runAction({
      emulator,
      workspace: pull.workspace,
      eventName: 'pull_request',
      payload: pull.payload,
      sha: pull.sha,
      inputs: { 'github-token': emulator.token },
    });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(emulator.callsTo('repos/get-content').map((call) => call.query.ref)).toEqual([pull.baseSha]);
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

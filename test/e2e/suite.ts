// The setup e2e files share: dist/ built once, a fresh GitHub emulator per test, and what a test made (temporary
// repositories, remotes) removed after it.
import { afterEach, beforeAll } from 'vitest';
import { eachTestEmulator } from '../support/each-test-emulator.js';
import type { GitHubEmulator } from '../support/github-emulator.js';
import { ensureBuilt, runAction, type ActionRun } from './action-harness.js';
import { OWNER, pullScenario, REPO, type PullScenario } from './scenario.js';

type Files = Record<string, string | undefined>;

export interface E2eSuite {
  /** Runs `remove` after the current test. */
  afterTest(remove: () => void): void;
  /** A pull request from `base` to `head` files, removed after the test. */
  scenario(base: Files, head: Files): PullScenario;
  /** dist/index.js on the scenario's pull_request event, with the emulator's token and `inputs`. */
  runOn(pull: PullScenario, inputs?: Record<string, string>): Promise<ActionRun>;
}

/** Registers the hooks; `onEmulator` receives each test's emulator before the test runs. */
export function e2eSuite(onEmulator: (emulator: GitHubEmulator) => void): E2eSuite {
  let emulator: GitHubEmulator;
  const cleanups: (() => void)[] = [];
  beforeAll(() => ensureBuilt(), 180_000);
  eachTestEmulator((started) => {
    emulator = started;
    onEmulator(started);
  }, `${OWNER}/${REPO}`);
  afterEach(() => {
    while (cleanups.length) cleanups.pop()!();
  });
  return {
    afterTest: (remove) => void cleanups.push(remove),
    scenario(base, head) {
      const pull = pullScenario(base, head);
      cleanups.push(() => pull.repo.remove());
      return pull;
    },
    runOn: (pull, inputs = {}) =>
      runAction({
        emulator,
        workspace: pull.repo.dir,
        eventName: 'pull_request',
        payload: pull.payload,
        sha: pull.mergeSha,
        inputs: { 'github-token': emulator.token, ...inputs },
      }),
  };
}

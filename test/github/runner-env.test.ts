// The running workflow's path, from GITHUB_WORKFLOW_REF: only a workflow file of this repository counts.
import { describe, expect, it } from 'vitest';
import { readRunnerEnv } from '../../src/action/runner-env.js';

const env = (ref: string | undefined) =>
  readRunnerEnv({ GITHUB_REPOSITORY: 'octo-org/ml-repo', GITHUB_WORKFLOW_REF: ref, GITHUB_EVENT_PATH: '/nonexistent' });

describe('workflowPath', () => {
  it('is the repository-relative file of a workflow in this repository', () => {
    expect(env('octo-org/ml-repo/.github/workflows/carbon.yml@refs/pull/17/merge').workflowPath).toBe(
      '.github/workflows/carbon.yml',
    );
    expect(env('octo-org/ml-repo/.github/workflows/ci.yaml@refs/heads/main').workflowPath).toBe(
      '.github/workflows/ci.yaml',
    );
  });

  it('is absent for another repository, a path outside .github/workflows, or no variable', () => {
    expect(env('someone/shared/.github/workflows/carbon.yml@v1').workflowPath).toBeUndefined();
    expect(env('octo-org/ml-repo/../x/.github/workflows/a.yml@main').workflowPath).toBeUndefined();
    expect(env('octo-org/ml-repo/ml-carbon.yml@main').workflowPath).toBeUndefined();
    expect(env(undefined).workflowPath).toBeUndefined();
  });
});

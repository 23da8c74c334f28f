// Everything the action takes from the runner's environment, read once into a plain object.
import { readFileSync } from 'node:fs';

export interface RunnerEnv {
  eventName: string;
  payload: Record<string, unknown>;
  repository: string;
  sha: string;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  runId?: string;
  runnerTemp: string;
  /** Test knob: first backoff step for 5xx retries (default 1000 ms). */
  retryBaseMs?: number;
}

export function readRunnerEnv(env: NodeJS.ProcessEnv): RunnerEnv {
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const retryBase = Number(env.ML_CARBON_RETRY_BASE_MS);
  return {
    eventName: env.GITHUB_EVENT_NAME ?? 'workflow_dispatch',
    payload,
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    runId: env.GITHUB_RUN_ID,
    runnerTemp: env.RUNNER_TEMP || env.TMPDIR || '/tmp',
    retryBaseMs: Number.isFinite(retryBase) && retryBase >= 0 && env.ML_CARBON_RETRY_BASE_MS ? retryBase : undefined,
  };
}

export function runUrl(env: RunnerEnv): string | undefined {
  return env.runId && env.repository ? `${env.serverUrl}/${env.repository}/actions/runs/${env.runId}` : undefined;
}

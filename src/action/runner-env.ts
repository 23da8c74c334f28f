// Everything the action takes from the runner's environment, read once into a plain object. Nothing here throws: a
// missing or garbled event file and an unset GITHUB_REPOSITORY become sentences the action reports.
import { readFileSync } from 'node:fs';

export interface RunnerEnv {
  eventName: string;
  payload: Record<string, unknown>;
  /** Why the event payload could not be read (the payload is then empty). */
  eventProblem?: string;
  /** owner/name, or '' when GITHUB_REPOSITORY is unset or malformed (see repositoryProblem). */
  repository: string;
  repositoryProblem?: string;
  sha: string;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  runId?: string;
  runnerTemp: string;
  /** The running workflow file, repository-relative (from GITHUB_WORKFLOW_REF), when it lives in this repository. */
  workflowPath?: string;
  /** Test knob: first backoff step for 5xx retries (default 1000 ms). */
  retryBaseMs?: number;
}

/** Event files are small (GitHub caps webhook payloads at 25 MB); a bigger file is not an event. */
const MAX_EVENT_FILE_BYTES = 32 * 1024 * 1024;
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

function readEvent(path: string | undefined): { payload: Record<string, unknown>; problem?: string } {
  if (!path) return { payload: {}, problem: 'GITHUB_EVENT_PATH is not set, so the event payload is unknown' };
  let text: string;
  try {
    const buffer = readFileSync(path);
    if (buffer.length > MAX_EVENT_FILE_BYTES) return { payload: {}, problem: `the event file ${path} is too large` };
    text = buffer.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { payload: {}, problem: `the event file ${path} could not be read (${code})` };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return { payload: {}, problem: `the event file ${path} does not hold a JSON object` };
    return { payload: parsed as Record<string, unknown> };
  } catch {
    return { payload: {}, problem: `the event file ${path} is not valid JSON` };
  }
}

/** GITHUB_WORKFLOW_REF is `owner/repo/.github/workflows/file.yml@ref`; a reusable workflow of another repository gives none. */
function workflowPathOf(ref: string | undefined, repository: string): string | undefined {
  if (!ref || !repository || !ref.startsWith(`${repository}/`)) return undefined;
  const path = ref.slice(repository.length + 1).replace(/@[^@]*$/, '');
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) ? path : undefined;
}

export function readRunnerEnv(env: NodeJS.ProcessEnv): RunnerEnv {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const repository = (env.GITHUB_REPOSITORY ?? '').trim();
  const repositoryOk = REPOSITORY.test(repository);
  const retryBase = Number(env.ML_CARBON_RETRY_BASE_MS);
  return {
    eventName: env.GITHUB_EVENT_NAME || 'workflow_dispatch',
    payload: event.payload,
    ...(event.problem ? { eventProblem: event.problem } : {}),
    repository: repositoryOk ? repository : '',
    ...(repositoryOk
      ? {}
      : {
          repositoryProblem: repository
            ? `GITHUB_REPOSITORY is "${repository.slice(0, 200)}", not owner/name`
            : 'GITHUB_REPOSITORY is not set',
        }),
    sha: env.GITHUB_SHA ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    runId: env.GITHUB_RUN_ID,
    runnerTemp: env.RUNNER_TEMP || env.TMPDIR || '/tmp',
    ...(repositoryOk && workflowPathOf(env.GITHUB_WORKFLOW_REF, repository)
      ? { workflowPath: workflowPathOf(env.GITHUB_WORKFLOW_REF, repository) }
      : {}),
    retryBaseMs: Number.isFinite(retryBase) && retryBase >= 0 && env.ML_CARBON_RETRY_BASE_MS ? retryBase : undefined,
  };
}

export function runUrl(env: RunnerEnv): string | undefined {
  return env.runId && env.repository ? `${env.serverUrl}/${env.repository}/actions/runs/${env.runId}` : undefined;
}

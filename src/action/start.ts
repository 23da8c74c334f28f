// What the action does before the rest of it loads: read the runner's environment and the inputs, and start the GitHub
// requests the run is certain to make, so that their round trip overlaps with loading the engine. Those are the
// listings of the commits that must be read through the API: the head when the event reads it from a commit
// (pull_request_target, workflow_run), and the base the event names (a PR's base.sha, a push's `before`) when it is not
// in the checkout and no `base-ref` input replaces it. Whichever is requested here is not requested again.
import { hasCommit } from '../files/git.js';
import { apiListing } from '../github/base-files.js';
import { Deadline } from '../github/deadline.js';
import { createRequestClient } from '../github/request-client.js';
import { targetFromEvent } from './event.js';
import { inputFromEnv, REQUEST_TIMEOUT_MAX_SECONDS, secondsInputMs, TIME_LIMIT_MAX_SECONDS } from './input-names.js';
import { type RunnerEnv, readRunnerEnv } from './runner-env.js';
import { setSecret } from './workflow-commands.js';

export interface Started {
  env: RunnerEnv;
  /** The run's time limit, counted from here; unset when the time-limit input is invalid (main reports it). */
  deadline?: Deadline;
  /** Commit listings already requested, by SHA (a rejected one is reported where it is used). */
  listings: Map<string, Promise<string[] | undefined>>;
  /**
   * Settles once the first request has left (at once when none was started). Loading the rest of the action compiles
   * several hundred kB on the main thread; started earlier, it would hold the request back instead of overlapping it.
   */
  firstRequestSent: Promise<void>;
}

const FULL_SHA = /^[0-9a-f]{40}$/i;

/**
 * Commits the run will read through the API whatever the manifests say (see the comment at the top), for a run without
 * the pr-number, head-sha and base-ref inputs (which change the target; such a run starts no request here).
 */
export function commitsToList(env: RunnerEnv): string[] {
  if (env.eventProblem) return [];
  const target = targetFromEvent({
    eventName: env.eventName,
    payload: env.payload,
    repository: env.repository,
    sha: env.sha,
  });
  const shas: string[] = [];
  if (target.headSource === 'commit') shas.push(target.headSha);
  // Under workflow_run the base comes from the API's answer about the PR, so it is not known yet.
  if (target.baseSha && !target.needsPullLookup) shas.push(target.baseSha);
  return [...new Set(shas.filter((sha) => FULL_SHA.test(sha)))];
}

/**
 * Reads only what the first requests need, without the input schema (zod loads with the rest of the action, which
 * validates every input and reports problems); the values read here follow the schema's rules (input-names.ts).
 */
export function startAction(processEnv: NodeJS.ProcessEnv, log: (message: string) => void): Started {
  const env = readRunnerEnv(processEnv);
  const listings = new Map<string, Promise<string[] | undefined>>();
  const token = inputFromEnv(processEnv, 'github-token');
  // Before anything could print it.
  setSecret(token);
  const timeLimitMs = secondsInputMs(processEnv, 'time-limit-seconds', TIME_LIMIT_MAX_SECONDS);
  const requestTimeoutMs = secondsInputMs(processEnv, 'request-timeout-seconds', REQUEST_TIMEOUT_MAX_SECONDS);
  const none = Promise.resolve();
  if (timeLimitMs === undefined) return { env, listings, firstRequestSent: none };
  const deadline = new Deadline(timeLimitMs);
  const started = { env, deadline, listings, firstRequestSent: none };
  const overridden = (['pr-number', 'head-sha', 'base-ref'] as const).some((name) => inputFromEnv(processEnv, name));
  if (!token || env.repositoryProblem || overridden || requestTimeoutMs === undefined) return started;
  const toList = commitsToList(env).filter((sha) => !hasCommit(env.workspace, sha));
  if (toList.length === 0) return started;
  let sent = () => {};
  const firstRequestSent = new Promise<void>((resolve) => (sent = resolve));
  const client = createRequestClient(
    {
      token,
      baseUrl: env.apiUrl,
      retry: {
        deadline,
        requestTimeoutMs,
        ...(env.retryBaseMs === undefined ? {} : { baseDelayMs: env.retryBaseMs }),
      },
      log,
    },
    () => sent(),
  );
  const [owner = '', repo = ''] = env.repository.split('/');
  for (const sha of toList) {
    const listing = apiListing(client, { owner, repo }, sha);
    // Awaited where the commit is opened; a run that ends before that must not die of an unhandled rejection.
    listing.then(sent, sent);
    listings.set(sha, listing);
  }
  return { ...started, firstRequestSent };
}

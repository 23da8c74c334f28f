// The REST client the action talks to GitHub with: @octokit/rest (endpoint methods, pagination) over the same options,
// retries, timeouts and deadline as the request client the action starts with (request-client.ts).
import { Octokit } from '@octokit/rest';
import { type ClientOptions, octokitOptions, withRetries } from './request-client.js';

export type { ClientOptions };
export type GitHubClient = InstanceType<typeof Octokit>;

export function createClient(options: ClientOptions): GitHubClient {
  return withRetries(new Octokit(octokitOptions(options)), options);
}

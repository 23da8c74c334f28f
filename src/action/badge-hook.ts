// Hook for the repository badge (issue 7). The badge helper in src/badge/ implements publishing; until it is merged
// this hook only says so. It runs on pushes to the default branch only, never from pull requests.
import type { Analysis } from '../pipeline.js';
import type { GitHubClient } from '../github/client.js';

export interface BadgeRequest {
  client: GitHubClient;
  owner: string;
  repo: string;
  sha: string;
  branch: string;
  figure: string;
  analysis: Analysis;
}

export async function publishBadgeHook(request: BadgeRequest, log: (message: string) => void): Promise<void> {
  log(`ml-carbon: badge publishing to branch \`${request.branch}\` (figure \`${request.figure}\`) is provided by src/badge and is not wired in this build`);
}

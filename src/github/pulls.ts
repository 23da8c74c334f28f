// The pull request behind a workflow_run: by number when known, else the open PR whose head is the run's commit
// (workflow_run.pull_requests is empty for fork PRs). The API answer is authoritative, never an artifact's claim.
import type { GitHubClient } from './client.js';

export interface PullInfo {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  headRepo?: string;
}

export async function findPull(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  by: { number?: number; headSha: string },
): Promise<PullInfo | undefined> {
  if (by.number !== undefined) {
    const { data } = await client.rest.pulls.get({ ...repo, pull_number: by.number });
    return {
      number: data.number,
      headSha: data.head.sha,
      baseSha: data.base.sha,
      baseRef: data.base.ref,
      headRepo: data.head.repo?.full_name,
    };
  }
  const open = await client.paginate(client.rest.pulls.list, { ...repo, state: 'open', per_page: 100 });
  const match = open.find((pull) => pull.head.sha === by.headSha);
  return (
    match && {
      number: match.number,
      headSha: match.head.sha,
      baseSha: match.base.sha,
      baseRef: match.base.ref,
      headRepo: match.head.repo?.full_name,
    }
  );
}

/** A branch or tag name (or a full SHA) to a commit SHA through the git refs API. */
export async function resolveRemoteRef(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  ref: string,
): Promise<string | undefined> {
  if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
  const name = ref.replace(/^refs\//, '');
  const candidates = name.startsWith('heads/') || name.startsWith('tags/') ? [name] : [`heads/${name}`, `tags/${name}`];
  for (const candidate of candidates) {
    try {
      const { data } = await client.rest.git.getRef({ ...repo, ref: candidate });
      return data.object.sha;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  return undefined;
}

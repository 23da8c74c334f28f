// Who the token acts as, so the action only ever edits its own comments.
import type { GitHubClient } from './client.js';

export interface Identity {
  login: string;
}

/** The identity of the default GITHUB_TOKEN when nothing better can be learned. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/** GraphQL `viewer` works for user and installation tokens alike; REST /user only for user tokens. */
export async function resolveIdentity(client: GitHubClient): Promise<Identity> {
  try {
    const answer = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    if (answer.viewer?.login) return { login: answer.viewer.login };
  } catch {
    // fall through to REST
  }
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login };
  } catch {
    return { login: GITHUB_ACTIONS_BOT };
  }
}

/** GraphQL names bots without the "[bot]" suffix that REST shows; compare both forms. */
export function isAuthoredBy(user: { login: string } | null | undefined, identity: Identity): boolean {
  if (!user) return false;
  const bare = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');
  return bare(user.login) === bare(identity.login);
}

// Who the token acts as, so the action only ever edits its own comments. Ownership is login AND account type: with a
// GitHub App token the author is the Bot "name[bot]", never a human account that happens to be called "name".
import type { GitHubClient } from './client.js';

export type AccountType = 'Bot' | 'User';

export type Identity =
  | { known: true; login: string; type: AccountType }
  /** The lookup failed: only Bot comments carrying our marker are taken for ours (never a human's). */
  | { known: false; login: ''; type: 'Bot' };

export const UNKNOWN_IDENTITY: Identity = { known: false, login: '', type: 'Bot' };

const botLogin = (login: string) => (login.toLowerCase().endsWith('[bot]') ? login : `${login}[bot]`);

/** GraphQL `viewer` works for user and installation tokens alike (bots without "[bot]"); REST /user for user tokens. */
export async function resolveIdentity(client: GitHubClient): Promise<Identity> {
  try {
    const answer = await client.graphql<{ viewer: { login: string; __typename?: string } }>(
      'query { viewer { login __typename } }',
    );
    const login = answer.viewer?.login;
    if (typeof login === 'string' && login) {
      const type: AccountType = answer.viewer.__typename === 'Bot' || login.endsWith('[bot]') ? 'Bot' : 'User';
      return { known: true, login: type === 'Bot' ? botLogin(login) : login, type };
    }
  } catch {
    // fall through to REST
  }
  try {
    const { data } = await client.rest.users.getAuthenticated();
    const type: AccountType = data.type === 'Bot' ? 'Bot' : 'User';
    return { known: true, login: type === 'Bot' ? botLogin(data.login) : data.login, type };
  } catch {
    return UNKNOWN_IDENTITY;
  }
}

export interface CommentAuthor {
  login: string;
  type?: string;
}

export function isAuthoredBy(user: CommentAuthor | null | undefined, identity: Identity): boolean {
  if (!user || typeof user.login !== 'string') return false;
  const isBot = user.type === 'Bot' || (user.type === undefined && user.login.endsWith('[bot]'));
  if (!identity.known) return isBot;
  if (identity.type === 'Bot') return isBot && user.login.toLowerCase() === identity.login.toLowerCase();
  return !isBot && user.login.toLowerCase() === identity.login.toLowerCase();
}

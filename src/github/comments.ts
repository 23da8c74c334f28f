// One sticky PR comment per comment-key: found by a hidden keyed marker AND the token's own authorship (login and
// account type), across all pages; updated in place, skipped when unchanged, re-created when it vanished before the
// edit, and reconciled after creation so racing runs leave one comment.
import type { GitHubClient } from './client.js';
import { isAuthoredBy, type Identity } from './identity.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Several independent reports on one PR (e.g. one per package) use different keys. */
  key: string;
}

export interface ExistingComment {
  id: number;
  body: string;
  url: string;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
  /** Duplicates of ours that were removed (earlier races). */
  deletedIds: number[];
}

export function commentMarker(key: string): string {
  const safe =
    key
      .trim()
      .replace(/[^A-Za-z0-9._/@:-]+/g, '-')
      .replace(/-{2,}/g, '-') || 'default';
  return `<!-- ml-carbon:report key=${safe} -->`;
}

export function withMarker(body: string, key: string): string {
  return `${commentMarker(key)}\n${body}`;
}

const normalized = (body: string) => body.replace(/\r\n/g, '\n').trim();

/** Our comments for this key, oldest first. A human comment that pastes the marker is never returned. */
export async function findOwnComments(
  client: GitHubClient,
  target: CommentTarget,
  identity: Identity,
): Promise<ExistingComment[]> {
  const marker = commentMarker(target.key);
  const all = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return all
    .filter(
      (comment) => (comment.body ?? '').split('\n', 1)[0]?.trim() === marker && isAuthoredBy(comment.user, identity),
    )
    .map((comment) => ({ id: comment.id, body: comment.body ?? '', url: comment.html_url }))
    .sort((a, b) => a.id - b.id);
}

async function deleteQuietly(client: GitHubClient, target: CommentTarget, id: number): Promise<boolean> {
  try {
    await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: id });
    return true;
  } catch (error) {
    // Another run may have deleted it already.
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

async function keepOldest(
  client: GitHubClient,
  target: CommentTarget,
  own: ExistingComment[],
  body: string,
  createdId?: number,
): Promise<UpsertResult> {
  const [keep, ...extra] = own as [ExistingComment, ...ExistingComment[]];
  const deletedIds: number[] = [];
  for (const duplicate of extra) if (await deleteQuietly(client, target, duplicate.id)) deletedIds.push(duplicate.id);
  if (normalized(keep.body) === normalized(body)) {
    return { action: keep.id === createdId ? 'created' : 'unchanged', id: keep.id, url: keep.url, deletedIds };
  }
  try {
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: keep.id,
      body,
    });
    return { action: 'updated', id: data.id, url: data.html_url, deletedIds };
  } catch (error) {
    // Deleted between the listing and the edit (by a person, or a racing run): the report must still be posted.
    if ((error as { status?: number }).status !== 404) throw error;
    const created = await createComment(client, target, body);
    return { ...created, deletedIds };
  }
}

/** `body` must already carry the marker (see withMarker). */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  identity: Identity,
): Promise<UpsertResult> {
  const existing = await findOwnComments(client, target, identity);
  if (existing.length) return keepOldest(client, target, existing, body);
  const created = await createComment(client, target, body);
  // Re-check: a run racing with this one may have created its own comment meanwhile. The oldest one wins.
  const after = await findOwnComments(client, target, identity);
  if (after.length <= 1) return created;
  return keepOldest(client, target, after, body, created.id);
}

export async function createComment(client: GitHubClient, target: CommentTarget, body: string): Promise<UpsertResult> {
  const { data } = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  return { action: 'created', id: data.id, url: data.html_url, deletedIds: [] };
}

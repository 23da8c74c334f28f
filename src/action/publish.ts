// Posting to the PR and the commit. Every failure here is a warning with a hint, never the step's failure; the
// warning names the HTTP status, never the server's text (see api-error.ts).
import { publishVerdict, type VerdictReport } from '../github/checks.js';
import type { GitHubClient } from '../github/client.js';
import { createComment, upsertComment, withMarker } from '../github/comments.js';
import { resolveIdentity } from '../github/identity.js';
import { describeApiError as describe } from '../github/api-error.js';
import { COMMENT_LIMIT_CHARS, truncateMarkdown, truncationNotice } from '../github/truncate.js';

export interface PublishLog {
  info(message: string): void;
  warning(message: string): void;
}

const FORK_HINT =
  'A pull request from a fork gets a read-only token, and new repositories default to read-only tokens: grant `pull-requests: write` ' +
  '(and `checks: write` for the check run), or use the two-workflow `workflow_run` set-up from the docs. The full report is in the job summary.';

/** The comment body: keyed marker, report cut to GitHub's limit with a pointer to the job summary. */
export function commentBody(
  markdown: string,
  key: string,
  runUrl: string | undefined,
): { body: string; truncated: boolean } {
  const markerLength = withMarker('', key).length;
  const fitted = truncateMarkdown(
    markdown,
    COMMENT_LIMIT_CHARS - markerLength,
    truncationNotice(COMMENT_LIMIT_CHARS, runUrl),
  );
  return { body: withMarker(fitted.text, key), truncated: fitted.truncated };
}

export async function publishComment(
  client: GitHubClient,
  log: PublishLog,
  target: { owner: string; repo: string; issueNumber: number; key: string },
  body: string,
  mode: 'update' | 'new',
): Promise<string | undefined> {
  try {
    if (mode === 'new') {
      const created = await createComment(client, target, body);
      log.info(`ml-carbon: posted comment ${created.url}`);
      return created.url;
    }
    const identity = await resolveIdentity(client);
    const result = await upsertComment(client, target, body, identity);
    log.info(
      `ml-carbon: comment ${result.action} (${result.url})${result.deletedIds.length ? `, removed ${result.deletedIds.length} duplicate(s)` : ''}`,
    );
    return result.url;
  } catch (error) {
    const status = (error as { status?: number }).status;
    log.warning(
      `ml-carbon could not comment on #${target.issueNumber}: ${describe(error)}.${status === 403 || status === 404 ? ` ${FORK_HINT}` : ' The full report is in the job summary.'}`,
    );
    return undefined;
  }
}

export async function publishCheck(
  client: GitHubClient,
  log: PublishLog,
  target: { owner: string; repo: string; headSha: string },
  report: VerdictReport,
): Promise<void> {
  try {
    const published = await publishVerdict(client, { ...target, name: 'ml-carbon' }, report);
    log.info(
      published.kind === 'check-run'
        ? `ml-carbon: check run ${published.url}`
        : 'ml-carbon: checks not permitted; set a commit status instead',
    );
  } catch (error) {
    log.warning(
      `ml-carbon could not set a check run or commit status on ${target.headSha.slice(0, 7)}: ${describe(error)}. Grant \`checks: write\` or \`statuses: write\`; the step's exit code still carries the verdict.`,
    );
  }
}

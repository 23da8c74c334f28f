// The verdict on the head commit: a check run named `ml-carbon` when the token may create checks, else a commit status.
import type { GitHubClient } from './client.js';
import { CHECK_SUMMARY_LIMIT_CHARS, truncateMarkdown, truncationNotice } from './truncate.js';

export type Verdict = 'pass' | 'warn' | 'fail' | 'neutral';

export interface VerdictTarget {
  owner: string;
  repo: string;
  headSha: string;
  /** Check run / status context name. */
  name: string;
}

export interface VerdictReport {
  verdict: Verdict;
  /** One line, e.g. "12.3 kg CO2e, +4.1 % vs base: within budget". */
  title: string;
  /** Markdown; cut to the check run limit. */
  summary: string;
  detailsUrl?: string;
}

export type PublishedVerdict = { kind: 'check-run'; id: number; url: string } | { kind: 'status'; id: number };

const CONCLUSION: Record<Verdict, 'success' | 'failure' | 'neutral'> = {
  pass: 'success',
  warn: 'neutral',
  fail: 'failure',
  neutral: 'neutral',
};
const STATE: Record<Verdict, 'success' | 'failure'> = {
  pass: 'success',
  warn: 'success',
  fail: 'failure',
  neutral: 'success',
};
/** GitHub rejects longer commit status descriptions. */
const STATUS_DESCRIPTION_MAX_CHARS = 140;

function permissionDenied(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 403 || status === 404;
}

export async function publishVerdict(
  client: GitHubClient,
  target: VerdictTarget,
  report: VerdictReport,
): Promise<PublishedVerdict> {
  try {
    const { data } = await client.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: target.name,
      head_sha: target.headSha,
      status: 'completed',
      conclusion: CONCLUSION[report.verdict],
      ...(report.detailsUrl ? { details_url: report.detailsUrl } : {}),
      output: {
        title: report.title.slice(0, 255),
        summary: truncateMarkdown(
          report.summary,
          CHECK_SUMMARY_LIMIT_CHARS,
          truncationNotice(CHECK_SUMMARY_LIMIT_CHARS, report.detailsUrl),
        ).text,
      },
    });
    return { kind: 'check-run', id: data.id, url: data.html_url ?? '' };
  } catch (error) {
    if (!permissionDenied(error)) throw error;
  }
  const description =
    report.title.length > STATUS_DESCRIPTION_MAX_CHARS
      ? `${report.title.slice(0, STATUS_DESCRIPTION_MAX_CHARS - 1)}…`
      : report.title;
  const { data } = await client.rest.repos.createCommitStatus({
    owner: target.owner,
    repo: target.repo,
    sha: target.headSha,
    state: STATE[report.verdict],
    context: target.name,
    description,
    ...(report.detailsUrl ? { target_url: report.detailsUrl } : {}),
  });
  return { kind: 'status', id: data.id };
}

// Head and base sources for the pipeline: which commits, read from where (workspace, local git, the API), and which
// manifest paths on each side. The base is one of three states, and only "ready" lets the gate judge a budget:
//   none        the event has no base (a push creating a branch, workflow_dispatch): the head's budget is in force;
//   ready       the base branch tip was read (with or without a manifest on it);
//   unreadable  there should be a base but it could not be read: the budget in force is unknown, the gate fails closed.
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { InputProblem } from '../errors.js';
import { checkoutFacts, resolveLocalRef } from '../files/git.js';
import { localFiles } from '../files/local.js';
import { describeApiError } from '../github/api-error.js';
import { type CommitAccess, CommitUnreadable, openCommit, type CommitFiles } from '../github/base-files.js';
import { resolveRemoteRef } from '../github/pulls.js';
import type { ManifestSource } from '../pipeline.js';
import { chooseBase, expectsPullBase, type BaseChoice, type Target } from './event.js';
import { commitListing, workspaceListing } from './file-listing.js';
import type { ActionInputs } from './inputs.js';
import { isGlob, resolveManifests } from './manifest-paths.js';

/** More manifests than this on one side is an error: each costs a request through the API and a parse. */
export const MAX_MANIFESTS = 50;

export type BaseState =
  | { kind: 'none'; why: string }
  | {
      kind: 'ready';
      choice: BaseChoice;
      /** The compared commit. */
      source: ManifestSource;
      /** The base branch tip, whose manifests hold the budget in force (the same object when it is the compared commit). */
      budgetSource: ManifestSource;
    }
  | { kind: 'unreadable'; reason: string };

export interface Sources {
  head: ManifestSource;
  /** Head input errors found before parsing: too many manifests, a manifest symlinked out of the repository. */
  headProblems: InputProblem[];
  base: BaseState;
  /** Sentences for the log: where files came from. */
  notes: string[];
  /** Sentences the reader of the report needs: globs that matched nothing. */
  warnings: string[];
}

/** What the shell knows about the target beyond the event: set when the PR lookup or the event file failed. */
export interface TargetProblems {
  /** The base should exist but cannot be known (garbled event file, failed PR lookup). */
  baseProblem?: string;
  /** workflow_run whose commit belongs to no open PR: reported as a plain commit, without a base. */
  noPull?: boolean;
}

const short = (sha: string) => sha.slice(0, 7);

function via(files: CommitFiles): string {
  return files.source === 'git' ? 'local git' : 'the API';
}

async function listingOf(access: CommitAccess, sha: string, files: CommitFiles, patterns: string[]) {
  if (!patterns.some(isGlob)) return undefined;
  return files.listing ?? (await commitListing(access.repoDir, sha));
}

/** Manifest paths in the workspace that are symlinks leading out of it are refused (their content is never read). */
function refuseEscapingManifests(workspace: string, paths: string[]): { kept: string[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  let root: string;
  try {
    root = realpathSync(workspace);
  } catch {
    root = resolve(workspace);
  }
  const kept = paths.filter((path) => {
    let real: string;
    try {
      real = realpathSync(resolve(workspace, path));
    } catch {
      return true; // absent: the pipeline reports it
    }
    const inside = relative(root, real);
    if (inside && !inside.startsWith('..') && !isAbsolute(inside)) return true;
    problems.push({
      file: path,
      severity: 'error',
      message: 'the manifest is a symlink to a file outside the repository and was not read',
      hint: 'commit the manifest itself, not a link to it',
    });
    return false;
  });
  return { kept, problems };
}

function capManifests(paths: string[], side: string): { paths: string[]; problem?: string } {
  if (paths.length <= MAX_MANIFESTS) return { paths };
  return {
    paths: paths.slice(0, MAX_MANIFESTS),
    problem: `${paths.length} manifests matched on ${side}; at most ${MAX_MANIFESTS} are read`,
  };
}

async function resolveOverride(
  access: CommitAccess,
  ref: string,
): Promise<{ ref: string; sha: string } | { problem: string }> {
  const local = await resolveLocalRef(access.repoDir, ref);
  if (local) return { ref, sha: local };
  if (!access.client)
    return {
      problem: `base-ref \`${ref}\` is not in the checkout, and ${access.noClientReason ?? 'there is no token'}`,
    };
  try {
    const sha = await resolveRemoteRef(access.client, access.repo, ref);
    return sha ? { ref, sha } : { problem: `base-ref \`${ref}\` names no branch, tag or commit` };
  } catch (error) {
    return { problem: `base-ref \`${ref}\` could not be resolved: ${describeApiError(error)}` };
  }
}

async function headSource(
  access: CommitAccess,
  target: Target,
  inputs: ActionInputs,
  workspace: string,
  notes: string[],
  warnings: string[],
): Promise<{ head: ManifestSource; problems: InputProblem[]; listHead: () => Promise<string[] | undefined> }> {
  const fromCommit = target.headSource === 'commit';
  const commit = fromCommit ? await openCommit(access, target.headSha) : undefined;
  const listing = commit
    ? await listingOf(access, target.headSha, commit, inputs.manifests)
    : workspaceListing(workspace);
  const resolved = resolveManifests(inputs.manifests, inputs.workingDirectory, listing);
  for (const pattern of resolved.unmatched) warnings.push(`\`${pattern}\` matched no file`);
  for (const pattern of resolved.unexpanded)
    warnings.push(`\`${pattern}\` is a glob, but the head commit could not be listed; give plain paths`);
  const problems: InputProblem[] = [];
  const capped = capManifests(resolved.paths, 'the head');
  if (capped.problem)
    problems.push({
      file: 'workflow',
      path: 'with.manifest',
      severity: 'error',
      message: capped.problem,
      hint: 'narrow the glob, or run the action once per group of packages with its own comment-key',
    });
  let paths = capped.paths;
  if (!commit) {
    const refused = refuseEscapingManifests(workspace, paths);
    paths = refused.kept;
    problems.push(...refused.problems);
  }
  notes.push(`head files read from ${commit ? `commit ${short(target.headSha)} via ${via(commit)}` : 'the workspace'}`);
  const listHead = async () =>
    commit ? (commit.listing ?? (await commitListing(access.repoDir, target.headSha))) : workspaceListing(workspace);
  return {
    head: { manifestPaths: paths, files: commit ? commit.files : localFiles(workspace) },
    problems,
    listHead,
  };
}

/** At most this many files the PR deletes are looked at for a budget left behind (each may cost a request). */
const MAX_LEFT_BEHIND_CANDIDATES = 20;

/**
 * Manifests with a budget that the base tip has and the PR deletes or moves. On `pull_request` the workflow, and so
 * the `manifest` input, is the PR's own: moving the manifest and pointing the input at the new path must not leave
 * the base's budget behind. Only YAML files the head lacks are read, and only those with top-level `runs:` and
 * `budget:` count.
 */
async function budgetsLeftBehind(
  access: CommitAccess,
  sha: string,
  tip: CommitFiles,
  known: string[],
  listHead: () => Promise<string[] | undefined>,
): Promise<string[]> {
  const tipListing = tip.listing ?? (await commitListing(access.repoDir, sha));
  if (!tipListing) return [];
  const headListing = await listHead();
  if (!headListing) return [];
  const atHead = new Set(headListing);
  const skip = new Set(known);
  const candidates = tipListing
    .filter((path) => /\.ya?ml$/i.test(path) && !/(^|\/)node_modules\//.test(path))
    .filter((path) => !atHead.has(path) && !skip.has(path))
    .slice(0, MAX_LEFT_BEHIND_CANDIDATES);
  const found: string[] = [];
  for (const path of candidates) {
    const text = await tip.files.readText(path);
    if (text && /^runs\s*:/m.test(text) && /^budget\s*:/m.test(text)) found.push(path);
  }
  return found;
}

async function baseSides(
  access: CommitAccess,
  choice: BaseChoice,
  inputs: ActionInputs,
  headPaths: string[],
  notes: string[],
  warnings: string[],
  listHead: () => Promise<string[] | undefined>,
): Promise<BaseState> {
  const open = async (sha: string) => {
    const files = await openCommit(access, sha);
    const listing = await listingOf(access, sha, files, inputs.manifests);
    // Manifests that only exist on base (deleted by the PR) are compared too, when the commit can be listed.
    const own = resolveManifests(inputs.manifests, inputs.workingDirectory, listing).paths;
    const all = [...new Set([...headPaths, ...own])].sort();
    return { files, paths: all };
  };
  const compared = await open(choice.sha);
  notes.push(`base files read from commit ${short(choice.sha)} via ${via(compared.files)}`);
  const opened = choice.budgetSha === choice.sha ? compared : await open(choice.budgetSha);
  if (opened !== compared)
    notes.push(`budget read from the base branch tip ${short(choice.budgetSha)} via ${via(opened.files)}`);
  const leftBehind = await budgetsLeftBehind(access, choice.budgetSha, opened.files, opened.paths, listHead);
  for (const path of leftBehind)
    notes.push(`the PR deletes or moves \`${path}\`; its budget on the base branch tip stays in force`);
  warnings.push(
    ...leftBehind.map((path) => `this PR deletes or moves \`${path}\`: its budget on the base branch stays in force`),
  );
  const tip = leftBehind.length ? { ...opened, paths: [...opened.paths, ...leftBehind].sort() } : opened;
  const capped = capManifests(tip.paths, `the base commit ${short(choice.budgetSha)}`);
  if (capped.problem) return { kind: 'unreadable', reason: `${capped.problem}, so its budget is not fully known` };
  const source = { manifestPaths: capManifests(compared.paths, 'the base').paths, files: compared.files.files };
  const budgetSource =
    opened === compared && tip === opened ? source : { manifestPaths: capped.paths, files: tip.files.files };
  return { kind: 'ready', choice, source, budgetSource };
}

export async function buildSources(
  access: CommitAccess,
  target: Target,
  targetProblems: TargetProblems,
  inputs: ActionInputs,
  workspace: string,
  workflowPath?: string,
): Promise<Sources> {
  const notes: string[] = [];
  const warnings: string[] = [];
  const {
    head,
    problems: headProblems,
    listHead,
  } = await headSource(access, target, inputs, workspace, notes, warnings);
  const result = (base: BaseState): Sources => ({ head, headProblems, base, notes, warnings });

  if (targetProblems.baseProblem) return result({ kind: 'unreadable', reason: targetProblems.baseProblem });
  const facts = await checkoutFacts(workspace, target.baseSha, target.headSha);
  let override: { ref: string; sha: string } | undefined;
  if (inputs.baseRef) {
    const resolved = await resolveOverride(access, inputs.baseRef);
    if ('problem' in resolved) return result({ kind: 'unreadable', reason: resolved.problem });
    // The PR's own commits cannot hold the budget that judges it.
    const prCommits = [target.headSha, target.event === 'pull_request' ? facts.head : undefined];
    if (expectsPullBase(target.event) && prCommits.includes(resolved.sha))
      return result({
        kind: 'unreadable',
        reason: `base-ref \`${inputs.baseRef}\` is the pull request's own commit ${short(resolved.sha)}, which cannot hold the budget that judges it`,
      });
    override = resolved;
  }
  const choice = chooseBase(target, {
    workspaceHead: facts.head,
    workspaceParents: facts.parents,
    mergeBase: facts.mergeBase,
    override,
  });
  if (!choice) {
    if (expectsPullBase(target.event) && !targetProblems.noPull)
      return result({ kind: 'unreadable', reason: `the \`${target.event}\` event names no base commit` });
    return result({
      kind: 'none',
      why: targetProblems.noPull
        ? `no open pull request has head ${short(target.headSha)}`
        : `\`${target.event}\` event without a base commit; set \`base-ref\` to compare`,
    });
  }
  try {
    const base = await baseSides(access, choice, inputs, head.manifestPaths, notes, warnings, listHead);
    if (base.kind === 'ready' && target.event === 'pull_request' && workflowPath) {
      const before = await base.budgetSource.files.readText(workflowPath);
      const after = await head.files.readText(workflowPath);
      if (before !== after)
        warnings.push(
          `this PR ${before === undefined ? 'adds' : 'changes'} \`${workflowPath}\`, the workflow running this check: on \`pull_request\` its inputs (budget overrides, \`mode\`, \`base-ref\`, \`manifest\`) are the PR's own, so review that change before trusting the verdict, or run the gate from \`pull_request_target\` or \`workflow_run\``,
        );
    }
    return result(base);
  } catch (error) {
    if (error instanceof CommitUnreadable) return result({ kind: 'unreadable', reason: error.message });
    throw error;
  }
}

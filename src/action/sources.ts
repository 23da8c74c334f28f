// Head and base sources for the pipeline: which commits, read from where (workspace, local git, contents API), and
// which manifest paths on each side.
import { localFiles } from '../files/local.js';
import { apiListing, filesAtCommit } from '../github/base-files.js';
import type { GitHubClient } from '../github/client.js';
import { checkoutFacts, resolveLocalRef } from '../files/git.js';
import { resolveRemoteRef } from '../github/pulls.js';
import type { ManifestSource } from '../pipeline.js';
import { chooseBase, type BaseChoice, type Target } from './event.js';
import { commitListing, workspaceListing } from './file-listing.js';
import type { ActionInputs } from './inputs.js';
import { isGlob, resolveManifests } from './manifest-paths.js';

export interface Sources {
  head: ManifestSource;
  base?: ManifestSource;
  baseChoice?: BaseChoice;
  /** Sentences for the log: where files came from. */
  notes: string[];
  /** Sentences the reader of the report needs: globs that matched nothing, a base-ref that names nothing. */
  warnings: string[];
}

/** Listing for globs: local git when the commit is present, else the trees API; not fetched when no input is a glob. */
async function listCommit(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  workspace: string,
  sha: string,
  patterns: string[],
): Promise<string[] | undefined> {
  if (!patterns.some(isGlob)) return undefined;
  const local = await commitListing(workspace, sha);
  if (local) return local;
  try {
    return await apiListing(client, repo, sha);
  } catch {
    return undefined;
  }
}

export async function buildSources(
  client: GitHubClient,
  target: Target,
  inputs: ActionInputs,
  workspace: string,
): Promise<Sources> {
  const repo = { owner: target.owner, repo: target.repo };
  const notes: string[] = [];
  const warnings: string[] = [];
  let override: { ref: string; sha: string } | undefined;
  if (inputs.baseRef) {
    const sha =
      (await resolveLocalRef(workspace, inputs.baseRef)) ?? (await resolveRemoteRef(client, repo, inputs.baseRef));
    if (sha) override = { ref: inputs.baseRef, sha };
    else warnings.push(`base-ref \`${inputs.baseRef}\` names no branch, tag or commit; compared without a base`);
  }
  const facts = await checkoutFacts(workspace, target.baseSha, target.headSha);
  const baseChoice =
    inputs.baseRef && !override
      ? undefined
      : chooseBase(target, {
          workspaceHead: facts.head,
          workspaceParents: facts.parents,
          mergeBase: facts.mergeBase,
          override,
        });

  const headFromCommit = target.headSource === 'commit';
  const headFiles = headFromCommit
    ? filesAtCommit(client, repo, workspace, target.headSha)
    : { files: localFiles(workspace), source: 'workspace' as const };
  const headListing = headFromCommit
    ? await listCommit(client, repo, workspace, target.headSha, inputs.manifests)
    : workspaceListing(workspace);
  const headPaths = resolveManifests(inputs.manifests, inputs.workingDirectory, headListing);
  for (const pattern of headPaths.unmatched) warnings.push(`\`${pattern}\` matched no file`);
  for (const pattern of headPaths.unexpanded)
    warnings.push(`\`${pattern}\` is a glob, but the head commit could not be listed; give plain paths`);
  notes.push(
    `head files read from ${headFiles.source === 'workspace' ? 'the workspace' : `commit ${target.headSha.slice(0, 7)} via ${headFiles.source === 'git' ? 'local git' : 'the contents API'}`}`,
  );
  const head: ManifestSource = { manifestPaths: headPaths.paths, files: headFiles.files };

  if (!baseChoice) return { head, notes, warnings };
  const baseFiles = filesAtCommit(client, repo, workspace, baseChoice.sha);
  // Manifests that only exist on base (deleted by the PR) are compared too, when the base commit can be listed.
  const baseListing = await listCommit(client, repo, workspace, baseChoice.sha, inputs.manifests);
  const basePaths = resolveManifests(inputs.manifests, inputs.workingDirectory, baseListing);
  const paths = [...new Set([...headPaths.paths, ...basePaths.paths])].sort();
  notes.push(
    `base files read from commit ${baseChoice.sha.slice(0, 7)} via ${baseFiles.source === 'git' ? 'local git' : 'the contents API'}`,
  );
  return { head, base: { manifestPaths: paths, files: baseFiles.files }, baseChoice, notes, warnings };
}

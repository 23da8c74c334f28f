// A FileReader over the local file system, rooted at a folder, and the CLI's view of a manifest named on the command
// line: its repository (the git top-level of its folder) and its path inside it, whatever the current directory.
// Synchronous reads: node:fs/promises is a module of its own that the CLI would otherwise compile at every start.
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import type { GuardedFileReader } from '../logs/attach.js';
import { resolveLogPath } from './resolve-log-path.js';
import type { FileReader } from '../util/file-reader.js';

function realOrSame(target: string): string {
  try {
    return realpathSync(target);
  } catch {
    return target;
  }
}

function inside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** readText reads whole files (manifests, config.json); past this size only the start is read, which every reader
 * then refuses as too large, so a 2 GB "manifest" never lands in memory. Logs are streamed instead. */
const READ_TEXT_MAX_BYTES = 16 * 1024 * 1024;

async function readStart(full: string): Promise<string> {
  if (statSync(full).size <= READ_TEXT_MAX_BYTES) return readFileSync(full, 'utf8');
  const handle = openSync(full, 'r');
  try {
    const buffer = Buffer.alloc(READ_TEXT_MAX_BYTES);
    const bytesRead = readSync(handle, buffer, 0, READ_TEXT_MAX_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    closeSync(handle);
  }
}

const FOLDER_REFUSAL = 'it is a folder, not a file';

export function localFiles(root = process.cwd()): FileReader & GuardedFileReader {
  const realRoot = realOrSame(path.resolve(root));
  /** A regular file whose real location is inside the root (a symlink may not lead out of the repository). */
  const readable = (repoPath: string): string | undefined => {
    const full = path.resolve(root, repoPath);
    if (!existsSync(full) || !statSync(full).isFile()) return undefined;
    return inside(realRoot, realOrSame(full)) ? full : undefined;
  };
  return {
    async readText(repoPath) {
      const full = readable(repoPath);
      return full ? readStart(full) : undefined;
    },
    /** Paths (or symlinks) whose target lies outside the root are refused, without reading them. */
    async refuse(repoPath) {
      const full = path.resolve(root, repoPath);
      if (existsSync(full) && statSync(full).isDirectory()) return FOLDER_REFUSAL;
      const resolved = await resolveLogPath(root, '.', repoPath);
      if (resolved.ok) return undefined;
      return /symlink/.test(resolved.problem.message)
        ? 'it is a symlink to a file outside the repository'
        : resolved.problem.message;
    },
    openStream(repoPath) {
      const full = readable(repoPath);
      return full ? createReadStream(full) : undefined;
    },
  };
}

/**
 * The git top-level holding `folder`, or the folder itself outside git. Real paths, so symlinked prefixes agree.
 * Found the way git finds it: the nearest folder upwards with a `.git` entry (a folder, or the file of a worktree or
 * submodule). Looked up on disk rather than by running git, which would cost every command a process.
 */
export function repositoryRoot(folder: string): string {
  const real = realOrSame(folder);
  for (let current = real; ; ) {
    if (existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return real;
    current = parent;
  }
}

export interface LocalManifest {
  /** The manifest's path inside its repository, POSIX-style: how reports and problems name it. */
  manifestPaths: [string];
  files: FileReader & GuardedFileReader;
  root: string;
}

/**
 * A manifest named on the command line (relative to `cwd`, or absolute): log paths in it are relative to it and may
 * not leave its repository, so the same manifest gives the same report from any current directory.
 */
export function localManifest(cwd: string, manifestPath: string): LocalManifest {
  const absolute = path.resolve(cwd, manifestPath);
  const folder = realOrSame(path.dirname(absolute));
  const root = repositoryRoot(folder);
  const relative = path
    .relative(root, path.join(folder, path.basename(absolute)))
    .split(path.sep)
    .join('/');
  return { manifestPaths: [relative], files: localFiles(root), root };
}

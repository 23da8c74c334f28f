// A FileReader over the local file system, rooted at a folder.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { GuardedFileReader } from '../logs/attach.js';
import { resolveLogPath } from './resolve-log-path.js';
import type { FileReader } from '../util/file-reader.js';

export function localFiles(root = process.cwd()): FileReader & GuardedFileReader {
  const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
  return {
    async readText(path) {
      const full = resolve(root, path);
      return isFile(full) ? readFile(full, 'utf8') : undefined;
    },
    /** Symlinks whose target lies outside the root are refused. */
    async refuse(path) {
      const resolved = await resolveLogPath(root, '.', path);
      return resolved.ok ? undefined : resolved.problem.message;
    },
    openStream(path) {
      const full = resolve(root, path);
      return isFile(full) ? createReadStream(full) : undefined;
    },
  };
}

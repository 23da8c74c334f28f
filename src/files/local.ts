// A FileReader over the local file system, rooted at a folder.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FileReader } from '../pipeline.js';

export function localFiles(root = process.cwd()): FileReader {
  const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
  return {
    async readText(path) {
      const full = resolve(root, path);
      return isFile(full) ? readFile(full, 'utf8') : undefined;
    },
    openStream(path) {
      const full = resolve(root, path);
      return isFile(full) ? createReadStream(full) : undefined;
    },
  };
}

#!/usr/bin/env node
// dist/cli.js, copied here by scripts/build.mjs: the `ml-carbon` bin. Turns on V8's compile cache where Node has it
// (22.1+) so later runs skip compiling the bundle, in a per-user folder that only its owner can read or write (never
// a shared temp folder), then loads the CLI bundle. ML_CARBON_NO_COMPILE_CACHE=1 turns the cache off.
import { lstatSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

function privateCacheFolder() {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const folder = join(base, 'ml-carbon', 'compile-cache');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stat = lstatSync(folder);
  const ownedByUs = typeof process.getuid !== 'function' || stat.uid === process.getuid();
  return stat.isDirectory() && ownedByUs && (stat.mode & 0o077) === 0 ? folder : undefined;
}

if (typeof module.enableCompileCache === 'function' && !process.env.ML_CARBON_NO_COMPILE_CACHE) {
  try {
    const folder = privateCacheFolder();
    if (folder) module.enableCompileCache(folder);
  } catch {
    // No writable home: run without the cache.
  }
}

await import('./cli/index.js');

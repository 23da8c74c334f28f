#!/usr/bin/env node
// dist/cli.js, copied here by scripts/build.mjs (which writes in the bundle's name): the `ml-carbon` bin. Loads the
// CLI bundle with V8's code cache, so that later runs skip compiling it: the bundle is compiled as a vm.Script with the
// cached data V8 produced at the end of an earlier run (so it also holds the functions that run compiled). Node 20 has
// no compile cache of its own, and on Node 24 this one was measured faster than module.enableCompileCache (which
// caches at load time, before the functions a command runs are compiled). The cache lives in a per-user folder that
// only its owner can read or write (never a shared temp folder): cached code is code. ML_CARBON_NO_COMPILE_CACHE=1
// turns it off.
import module, { createRequire } from 'node:module';

// Built-in modules through require(): each one imported by an ES module costs a facade at start-up.
const require = createRequire(import.meta.url);
const { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } =
  require('node:fs');
const { basename, dirname, join } = require('node:path');
const { fileURLToPath } = require('node:url');

const bundle = join(dirname(fileURLToPath(import.meta.url)), 'cli', 'ml-carbon-ALYSOJUO.cjs');
const requireFromBundle = createRequire(bundle);

function privateCacheFolder() {
  const base = process.env.XDG_CACHE_HOME || join(process.env.HOME || require('node:os').homedir(), '.cache');
  const folder = join(base, 'ml-carbon', 'compile-cache');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stat = lstatSync(folder);
  const ownedByUs = typeof process.getuid !== 'function' || stat.uid === process.getuid();
  return stat.isDirectory() && ownedByUs && (stat.mode & 0o077) === 0 ? folder : undefined;
}

function cacheFolder() {
  if (process.env.ML_CARBON_NO_COMPILE_CACHE) return undefined;
  try {
    return privateCacheFolder();
  } catch {
    return undefined; // no writable home: run without the cache
  }
}

/** The bundle's file name carries its content hash, so a cache is never used for other code. */
function runWithCodeCache(folder) {
  const { Script } = requireFromBundle('node:vm');
  // One cache per sub-command: each holds what its command compiled (`--version` compiles little of `estimate`).
  const command = /^[a-z][a-z-]{0,30}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
  const cacheFile = join(folder, `${basename(bundle)}-${command}-${process.version}-${process.arch}.v8`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // first run: no cache yet
  }
  const script = new Script(module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    // Written at exit, so the cache also holds the functions this run compiled.
    process.once('exit', () => {
      try {
        const partial = `${cacheFile}.${process.pid}`;
        writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
        renameSync(partial, cacheFile);
        // Caches of other builds written more than 30 days ago: most likely of versions no longer installed.
        const stale = Date.now() - 30 * 24 * 3600 * 1000;
        for (const name of readdirSync(folder)) {
          const other = join(folder, name);
          if (/^ml-carbon-.*\.v8$/.test(name) && !name.startsWith(basename(bundle)) && statSync(other).mtimeMs < stale)
            rmSync(other, { force: true });
        }
      } catch {
        // a full disk or a read-only home: the next run compiles again
      }
    });
  }
  const exports = {};
  const cjs = { exports };
  script.runInThisContext().call(exports, exports, requireFromBundle, cjs, bundle, dirname(bundle));
}

const folder = cacheFolder();
if (folder) runWithCodeCache(folder);
else requireFromBundle(bundle);

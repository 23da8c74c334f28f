// Compiles src/ with tsc, then bundles the two entry points: the action with ncc into dist/index.js, the CLI with
// esbuild into dist/cli/index.js behind the dist/cli.js launcher. Modules loaded with import() become chunks next to
// their entry, so a command loads only what it needs; the two entries get separate folders so their chunk names
// cannot clash. The CLI is bundled by esbuild because it tree-shakes ES modules (zod's unused locales and JSON-schema
// code stay out) and minifies every chunk (ncc minifies only the entry file). Chunk names come from module names and
// content hashes, so the same sources give the same dist/ (CI checks it).
// `--out <folder>` writes the bundles there instead (the e2e tests build into a temporary folder, never into dist/);
// the tsc output then goes beside it, with a node_modules link so that ncc resolves the dependencies.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleLicenses, licensesOf } from './bundle-licenses.mjs';

const VERSION_PLACEHOLDER = "'0.0.0-source'";
const CHUNK = /^\d+\.index\.js$/;

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const outFlag = process.argv.indexOf('--out');
const dist = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : 'dist';
const compiled = outFlag > 0 ? join(dist, '..', 'tsc') : 'build';
if (outFlag > 0) {
  rmSync(join(dist, '..', 'node_modules'), { force: true });
  mkdirSync(join(dist, '..'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dist, '..', 'node_modules'), 'dir');
}
rmSync(compiled, { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.json', '--outDir', compiled]);

// --version comes from package.json at build time.
const versionModule = join(compiled, 'cli', 'version.js');
const versionSource = readFileSync(versionModule, 'utf8');
if (!versionSource.includes(VERSION_PLACEHOLDER)) throw new Error(`${versionModule} lost its version placeholder`);
writeFileSync(versionModule, versionSource.replace(VERSION_PLACEHOLDER, JSON.stringify(version)));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
const licenses = [];
for (const [entry, folder, name] of [[join(compiled, 'index.js'), dist, 'index.js']]) {
  mkdirSync(folder, { recursive: true });
  const out = mkdtempSync(join(tmpdir(), 'ncc-'));
  const stats = join(out, 'stats.json');
  run('npx', [
    'ncc',
    'build',
    entry,
    '-o',
    out,
    '--minify',
    '--no-source-map-register',
    '--quiet',
    '--stats-out',
    stats,
  ]);
  licenses.push(`Bundled in dist/${name} and its chunks:\n\n${bundleLicenses(stats)}`);
  for (const file of readdirSync(out).sort()) {
    if (file === 'index.js' || CHUNK.test(file)) renameSync(join(out, file), join(folder, file));
    else if (file !== 'package.json' && file !== 'stats.json')
      throw new Error(`ncc emitted an unexpected file: ${file}`);
  }
  rmSync(out, { recursive: true, force: true });
}

// The CLI: ESM with code splitting. yaml is taken from its ES-module build (the one it ships for browsers; the same
// code, but tree-shaken and without CommonJS wrappers to run at start-up). A CommonJS dependency that calls require()
// for a Node built-in would find none in an ES module: every chunk gets one from createRequire.
const cli = await build({
  entryPoints: { index: join(compiled, 'cli.js') },
  outdir: join(dist, 'cli'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
  alias: { yaml: resolve('node_modules/yaml/browser/index.js') },
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
});
licenses.push(`Bundled in dist/cli/index.js and its chunks:\n\n${licensesOf(Object.keys(cli.metafile.inputs))}`);
writeFileSync(join(dist, 'licenses.txt'), licenses.join('\n\n'));

// The `ml-carbon` bin: a launcher that turns on the compile cache before loading the CLI bundle.
copyFileSync(join('scripts', 'cli-launcher.mjs'), join(dist, 'cli.js'));
chmodSync(join(dist, 'cli.js'), 0o755);

// Compiles src/ with tsc, then bundles the two entry points: the action with ncc into dist/index.js (modules loaded
// with import() become chunks "<id>.index.js" beside it, ids derived from module paths), the CLI with esbuild into
// one script in dist/cli/ behind the dist/cli.js launcher. esbuild tree-shakes ES modules (zod's unused locales and
// JSON-schema code stay out) and minifies everything (ncc minifies only its entry file, not its chunks). The same
// sources give the same dist/ (CI checks it).
// `--out <folder>` writes the bundles there instead (the e2e tests build into a temporary folder, never into dist/);
// the tsc output then goes beside it, with a node_modules link so that ncc resolves the dependencies.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
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
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleLicenses, licensesOf } from './bundle-licenses.mjs';

const VERSION_PLACEHOLDER = "'0.0.0-source'";
const BUNDLE_PLACEHOLDER = 'BUNDLE_PLACEHOLDER';
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

// The CLI: one CommonJS script, so that the launcher can hand V8 the code cache of an earlier run on every Node
// (Node 20 has no compile cache; a vm.Script takes cached data, an ES module does not). Modules loaded with import()
// stay lazy: esbuild runs a module's body only when its import() is reached. yaml is taken from its ES-module build
// (the one it ships for browsers; the same code, tree-shaken). The file name carries the content hash, which keys the
// cache; the launcher is given that name.
const cli = await build({
  entryPoints: { index: join(compiled, 'cli.js') },
  outdir: join(dist, 'cli'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  entryNames: 'ml-carbon-[hash]',
  outExtension: { '.js': '.cjs' },
  metafile: true,
  logLevel: 'warning',
  alias: { yaml: resolve('node_modules/yaml/browser/index.js') },
});
const bundleName = Object.keys(cli.metafile.outputs).map((output) => basename(output))[0];
licenses.push(`Bundled in dist/cli/${bundleName}:\n\n${licensesOf(Object.keys(cli.metafile.inputs))}`);
writeFileSync(join(dist, 'licenses.txt'), licenses.join('\n\n'));

// The `ml-carbon` bin: a launcher that loads the CLI bundle with V8's code cache.
const launcher = readFileSync(join('scripts', 'cli-launcher.mjs'), 'utf8');
if (!launcher.includes(BUNDLE_PLACEHOLDER)) throw new Error('scripts/cli-launcher.mjs lost its bundle placeholder');
writeFileSync(join(dist, 'cli.js'), launcher.replace(BUNDLE_PLACEHOLDER, bundleName));
chmodSync(join(dist, 'cli.js'), 0o755);

// Compiles src/ with tsc, then bundles the two entry points with ncc: the action into dist/index.js, the CLI into
// dist/cli/index.js behind the dist/cli.js launcher. Modules loaded with import() become chunks ("<id>.index.js")
// next to their entry, so a command loads only what it needs; the two entries get separate folders so their chunk
// names cannot clash. Chunk ids are derived from module paths, so the same sources give the same dist/ (CI checks it).
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
import { bundleLicenses } from './bundle-licenses.mjs';

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
for (const [entry, folder, name] of [
  [join(compiled, 'index.js'), dist, 'index.js'],
  [join(compiled, 'cli.js'), join(dist, 'cli'), 'cli/index.js'],
]) {
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
writeFileSync(join(dist, 'licenses.txt'), licenses.join('\n\n'));

// The `ml-carbon` bin: a launcher that turns on the compile cache before loading the CLI bundle.
copyFileSync(join('scripts', 'cli-launcher.mjs'), join(dist, 'cli.js'));
chmodSync(join(dist, 'cli.js'), 0o755);

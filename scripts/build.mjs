// Compiles src/ with tsc, then bundles the two entry points with ncc into dist/index.js (action) and dist/cli.js (CLI).
// `--out <folder>` writes the bundles there instead (the e2e tests build into a temporary folder, never into dist/);
// the tsc output then goes beside it, with a node_modules link so that ncc resolves the dependencies.
import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  mkdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
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
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
const licenses = [];
for (const [entry, target] of [
  [join(compiled, 'index.js'), 'index.js'],
  [join(compiled, 'cli.js'), 'cli.js'],
]) {
  const out = mkdtempSync(join(tmpdir(), 'ncc-'));
  run('npx', ['ncc', 'build', entry, '-o', out, '--no-source-map-register', '--quiet', '--license', 'licenses.txt']);
  for (const file of readdirSync(out)) {
    if (file === 'index.js') renameSync(join(out, file), join(dist, target));
    else if (file === 'licenses.txt')
      licenses.push(`Bundled in dist/${target}:\n\n${readFileSync(join(out, file), 'utf8')}`);
    else if (file !== 'package.json') throw new Error(`ncc emitted an unexpected file: ${file}`);
  }
  rmSync(out, { recursive: true, force: true });
}
writeFileSync(join(dist, 'licenses.txt'), licenses.join('\n\n'));

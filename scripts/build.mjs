// Compiles src/ with tsc, then bundles the two entry points with ncc into dist/index.js (action) and dist/cli.js (CLI).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
rmSync('build', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.json']);
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
const licenses = [];
for (const [entry, target] of [
  ['build/index.js', 'index.js'],
  ['build/cli.js', 'cli.js'],
]) {
  const out = mkdtempSync(join(tmpdir(), 'ncc-'));
  run('npx', ['ncc', 'build', entry, '-o', out, '--no-source-map-register', '--quiet', '--license', 'licenses.txt']);
  for (const file of readdirSync(out)) {
    if (file === 'index.js') renameSync(join(out, file), join('dist', target));
    else if (file === 'licenses.txt')
      licenses.push(`Bundled in dist/${target}:\n\n${readFileSync(join(out, file), 'utf8')}`);
    else if (file !== 'package.json') throw new Error(`ncc emitted an unexpected file: ${file}`);
  }
  rmSync(out, { recursive: true, force: true });
}
writeFileSync(join('dist', 'licenses.txt'), licenses.join('\n\n'));

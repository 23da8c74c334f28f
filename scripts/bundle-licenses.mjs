// The licenses of the npm packages a bundle contains, from ncc's webpack stats (`--stats-out`; ncc's own `--license`
// lists only the last chunk's packages once a bundle has chunks) or from esbuild's metafile inputs. Same format as
// ncc's: name, license, text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every module path in the stats, including the ones webpack concatenated into another. */
function modulePaths(stats) {
  const paths = [];
  const visit = (modules = []) => {
    for (const module of modules) {
      if (typeof module.name === 'string') paths.push(module.name);
      visit(module.modules);
    }
  };
  visit(stats.modules);
  for (const chunk of stats.chunks ?? []) visit(chunk.modules);
  return paths;
}

/** "./node_modules/a/node_modules/@s/b/lib/x.js" -> "node_modules/a/node_modules/@s/b" */
function packageFolder(path) {
  const match = /^(?:\.\/)?((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path);
  return match?.[1];
}

export function bundleLicenses(statsFile) {
  return licensesOf(modulePaths(JSON.parse(readFileSync(statsFile, 'utf8'))));
}

/** The licenses of the packages the given module paths (relative to the repository root) belong to. */
export function licensesOf(paths) {
  const folders = new Set(paths.map(packageFolder).filter(Boolean));
  const entries = new Map();
  for (const folder of folders) {
    const manifest = join(folder, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, license } = JSON.parse(readFileSync(manifest, 'utf8'));
    const file = readdirSync(folder).find((candidate) => /^(licen[cs]e|copying)(\.|$)/i.test(candidate));
    const text = file ? readFileSync(join(folder, file), 'utf8').trim() : '';
    entries.set(name, `${name}\n${license ?? 'UNKNOWN'}\n${text}`);
  }
  return [...entries.keys()]
    .sort()
    .map((name) => entries.get(name))
    .join('\n\n');
}

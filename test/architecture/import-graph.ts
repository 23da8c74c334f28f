// The import graph of src/: which module imports which, read with TypeScript's own pre-processor (static imports,
// re-exports, side-effect imports and dynamic `import()`, type-only imports included), and the layer rule over it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Top to bottom: a module may import only from its own layer's folder or from a layer further down. */
export const LAYERS: { name: string; members: string[] }[] = [
  { name: 'entry', members: ['cli.ts', 'cli/', 'index.ts', 'action/'] },
  { name: 'github', members: ['github/'] },
  { name: 'badge', members: ['badge/'] },
  { name: 'files', members: ['files/'] },
  { name: 'pipeline', members: ['pipeline.ts'] },
  { name: 'advice', members: ['advice/'] },
  { name: 'accuracy', members: ['accuracy/'] },
  { name: 'report', members: ['report/'] },
  { name: 'compare', members: ['compare/'] },
  { name: 'estimate', members: ['estimate/'] },
  { name: 'logs', members: ['logs/'] },
  { name: 'manifest', members: ['manifest/'] },
  { name: 'data', members: ['data/'] },
  { name: 'util', members: ['util/'] },
  { name: 'errors', members: ['errors.ts'] },
];

export interface ImportEdge {
  /** Importing module, relative to src/ with forward slashes. */
  from: string;
  /** Imported module, relative to src/, `.js` specifiers mapped to the `.ts` file. */
  to: string;
}

/** The layer a src-relative path belongs to, or undefined when it is in none (itself a failure). */
export function layerOf(path: string): number | undefined {
  const index = LAYERS.findIndex((layer) =>
    layer.members.some((member) => (member.endsWith('/') ? path.startsWith(member) : path === member)),
  );
  return index < 0 ? undefined : index;
}

/** Edges that point up the stack, or sideways into another layer. */
export function violations(edges: ImportEdge[]): string[] {
  const found: string[] = [];
  for (const { from, to } of edges) {
    const fromLayer = layerOf(from);
    const toLayer = layerOf(to);
    if (fromLayer === undefined || toLayer === undefined) {
      found.push(`${fromLayer === undefined ? from : to} is in no layer (add it to LAYERS and src/README.md)`);
    } else if (toLayer < fromLayer) {
      found.push(`${from} (${LAYERS[fromLayer]?.name}) imports ${to} (${LAYERS[toLayer]?.name}), a layer above it`);
    }
  }
  return found;
}

function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => path.split('\\').join('/'))
    .sort();
}

/** Every relative import between modules of `srcRoot`; package imports are not edges. */
export function importEdges(srcRoot: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const from of sourceFiles(srcRoot)) {
    const text = readFileSync(join(srcRoot, from), 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(from), fileName)).replace(/\.js$/, '.ts');
      edges.push({ from, to: target });
    }
  }
  return edges;
}

export const SRC_ROOT = fileURLToPath(new URL('../../src', import.meta.url));

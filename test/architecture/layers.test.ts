// The dependency rule of src/README.md: every import points down the layer stack (or stays in its folder).
import { describe, expect, it } from 'vitest';
import { importEdges, layerOf, LAYERS, SRC_ROOT, violations } from './import-graph.js';

describe('layers', () => {
  const edges = importEdges(SRC_ROOT);

  it('reads the import graph of src/', () => {
    // Sanity: the pipeline is known to import the advice stage and the JSON report (see src/pipeline.ts).
    expect(edges).toContainEqual({ from: 'pipeline.ts', to: 'advice/advise.ts' });
    expect(edges.length).toBeGreaterThan(300);
  });

  it('has no import against the direction of the layers', () => {
    expect(violations(edges)).toEqual([]);
  });

  it('places every module of src/ in a layer', () => {
    const modules = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
    expect([...modules].filter((path) => layerOf(path) === undefined)).toEqual([]);
  });

  it('reports an upward edge and a module in no layer, and allows downward and same-folder edges', () => {
    expect(
      violations([
        { from: 'estimate/estimate.ts', to: 'advice/advise.ts' },
        { from: 'badge/badge.ts', to: 'github/client.ts' },
        { from: 'util/format.ts', to: 'errors.ts' },
        { from: 'estimate/types.ts', to: 'estimate/range.ts' },
        { from: 'new-folder/thing.ts', to: 'util/format.ts' },
      ]),
    ).toEqual([
      'estimate/estimate.ts (estimate) imports advice/advise.ts (advice), a layer above it',
      'badge/badge.ts (badge) imports github/client.ts (github), a layer above it',
      'new-folder/thing.ts is in no layer (add it to LAYERS and src/README.md)',
    ]);
  });

  it('lists each folder once', () => {
    const members = LAYERS.flatMap((layer) => layer.members);
    expect(new Set(members).size).toBe(members.length);
  });
});

// Manifests are read a few ahead of the one being parsed (pipeline.ts `fetchAhead`), so slow reads overlap; what the
// analysis reports must not depend on the order in which reads finish.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import type { FileReader } from '../../src/util/file-reader.js';

const manifest = (id: string) => `version: 1
runs:
  - id: ${id}
    model: { parameters: 1B }
    hardware: { accelerator: A100-SXM4-40GB, hours: 10 }
`;

const paths = Array.from({ length: 12 }, (_, index) => `team-${index}/ml-carbon.yml`);

describe('reading manifests ahead', () => {
  it('keeps the order of the paths when later reads finish first', async () => {
    const files: FileReader = {
      // The first path is the slowest to read, the last the fastest.
      readText: (path) =>
        new Promise((resolve) => setTimeout(() => resolve(manifest('run')), 2 * (paths.length - paths.indexOf(path)))),
      openStream: () => undefined,
    };
    const analysis = await analyze({ head: { manifestPaths: paths, files } });
    expect(analysis.head.manifests.map((read) => read.file)).toEqual(paths);
    expect(analysis.head.estimate?.runs.map((run) => run.id)).toEqual(paths.map((path) => `${path.split('/')[0]}:run`));
  });

  it('fails with the error of a read that fails, and never reads a refused manifest', async () => {
    const read: string[] = [];
    const files: FileReader & { refuse(path: string): Promise<string | undefined> } = {
      readText: async (path) => {
        read.push(path);
        if (path === paths[3]) throw new Error('network down');
        return manifest('run');
      },
      refuse: async (path) => (path === paths[1] ? 'it is a symlink to a file outside the repository' : undefined),
      openStream: () => undefined,
    };
    await expect(analyze({ head: { manifestPaths: paths, files } })).rejects.toThrow('network down');
    expect(read).not.toContain(paths[1]);
  });
});

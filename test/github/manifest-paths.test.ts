import { describe, expect, it } from 'vitest';
import { globToRegExp, resolveManifests } from '../../src/action/manifest-paths.js';

const listing = [
  'ml-carbon.yml',
  'packages/a/ml-carbon.yml',
  'packages/b/ml-carbon.yml',
  'packages/b/deep/ml-carbon.yml',
  'packages/b/ml-carbon.yaml',
  'docs/readme.md',
];

describe('globToRegExp', () => {
  it('* stays in one folder, ** crosses folders, {a,b} alternates', () => {
    expect(listing.filter((path) => globToRegExp('packages/*/ml-carbon.yml').test(path))).toEqual([
      'packages/a/ml-carbon.yml',
      'packages/b/ml-carbon.yml',
    ]);
    expect(listing.filter((path) => globToRegExp('**/ml-carbon.yml').test(path))).toEqual([
      'ml-carbon.yml',
      'packages/a/ml-carbon.yml',
      'packages/b/ml-carbon.yml',
      'packages/b/deep/ml-carbon.yml',
    ]);
    expect(listing.filter((path) => globToRegExp('packages/b/ml-carbon.{yml,yaml}').test(path))).toEqual([
      'packages/b/ml-carbon.yml',
      'packages/b/ml-carbon.yaml',
    ]);
    expect(globToRegExp('a.yml').test('aXyml')).toBe(false);
  });
});

describe('resolveManifests', () => {
  it('joins working-directory, keeps plain paths even when absent, expands globs, reports empty globs', () => {
    const resolved = resolveManifests(['ml-carbon.yml', '*/ml-carbon.yml', 'missing/*.yml'], 'packages', listing);
    expect(resolved.paths).toEqual(['packages/a/ml-carbon.yml', 'packages/b/ml-carbon.yml', 'packages/ml-carbon.yml']);
    expect(resolved.unmatched).toEqual(['missing/*.yml']);
  });

  it('says which globs it could not expand without a listing', () => {
    expect(resolveManifests(['**/ml-carbon.yml', './ml-carbon.yml'], '.', undefined)).toEqual({
      paths: ['ml-carbon.yml'],
      unmatched: [],
      unexpanded: ['**/ml-carbon.yml'],
    });
  });
});

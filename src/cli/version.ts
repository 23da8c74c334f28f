// scripts/build.mjs replaces this value in the bundle with package.json's version; a run from source says so.
export const VERSION: string = '0.0.0-source';

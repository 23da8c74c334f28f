// Rewrites the accelerator list in README.md from src/data (the test in test/data/accelerator-list.test.ts fails when
// they differ). Run: npx tsx scripts/readme-accelerators.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { ACCELERATOR_LIST_NOTE, acceleratorListMarkdown } from '../src/data/accelerator-list.js';

export const START = '<!-- accelerators:start -->';
export const END = '<!-- accelerators:end -->';

const readme = readFileSync('README.md', 'utf8');
const before = readme.slice(0, readme.indexOf(START) + START.length);
const after = readme.slice(readme.indexOf(END));
writeFileSync('README.md', `${before}\n${acceleratorListMarkdown()}\n\n${ACCELERATOR_LIST_NOTE}\n${after}`);

// Writes the generated tables of docs/methodology.md (every default with its source) from the data modules.
// Run: npm run derive:methodology (no inputs beyond src/data)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDefaultsSection } from '../src/accuracy/methodology-defaults.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(repoRoot, 'docs/methodology.md');
writeFileSync(target, withDefaultsSection(readFileSync(target, 'utf8')));
console.log(`Updated ${path.relative(repoRoot, target)}`);

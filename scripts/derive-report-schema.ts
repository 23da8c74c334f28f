// Writes docs/report.schema.json (JSON Schema 2020-12) from the zod schemas of src/report/json-contract.ts.
// Run with `npm run derive:report-schema` after changing the contract; test/report/json-contract.test.ts fails while
// the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportJsonSchemaText } from '../src/report/json-schema.js';

const target = fileURLToPath(new URL('../docs/report.schema.json', import.meta.url));
writeFileSync(target, reportJsonSchemaText());
console.log(`wrote ${target}`);

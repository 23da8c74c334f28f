// The JSON Schema of the `--json` contract, generated from its zod schemas (docs/report.schema.json holds a copy).
import * as z from 'zod';
import { reportSchema } from './json-contract.js';

export function reportJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12', io: 'input' }) };
}

export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}

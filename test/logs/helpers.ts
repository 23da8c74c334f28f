import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMeasurement, type ReadOptions } from '../../src/logs/read.js';
import type { LogFormat } from '../../src/manifest/types.js';
import type { Measurement } from '../../src/logs/types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = path.join(repoRoot, 'fixtures/logs');

/** Yields `bytes` in pieces of `chunkSize`, so decoding and line splitting are tested across chunk borders. */
export async function* chunked(bytes: Uint8Array, chunkSize = 7): AsyncIterable<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
}

export async function readFixture(
  relative: string,
  format?: LogFormat,
  options?: ReadOptions,
  chunkSize = 7,
): Promise<Measurement> {
  const bytes = await readFile(path.join(fixtures, relative));
  return readMeasurement(chunked(bytes, chunkSize), relative, format, options);
}

export function readText(text: string, format?: LogFormat, options?: ReadOptions, chunkSize = 5): Promise<Measurement> {
  return readMeasurement(chunked(new TextEncoder().encode(text), chunkSize), 'inline.csv', format, options);
}

export function messages(measurement: Measurement): string {
  return measurement.warnings.map((warning) => `${warning.line ?? '-'}: ${warning.message}`).join('\n');
}

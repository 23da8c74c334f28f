// Collects the numbers a result rests on, each with its origin and source, as the engine uses them.
import type { AssumptionUse, Sourced, SourcedRange } from '../data/types.js';
import { exact, range } from './range.js';
import type { Range } from './types.js';

export class AssumptionLog {
  readonly used: AssumptionUse[] = [];

  /** A value the user gave in the manifest: exact, no spread. */
  given(name: string, value: number, unit: string): Range {
    this.record({ name, value, unit, origin: 'manifest', source: 'manifest', year: 0 });
    return exact(value);
  }

  /** A default from a data module, with its spread. */
  fromDefault(name: string, entry: SourcedRange, unit: string): Range {
    this.record({
      name,
      value: entry.value,
      low: entry.low,
      high: entry.high,
      unit,
      origin: 'default',
      source: entry.source,
      year: entry.year,
      url: entry.url,
    });
    return range(entry.value, entry.low, entry.high);
  }

  /** A single sourced figure (a TDP, a peak) used as exact. */
  fromTable(name: string, entry: Sourced, unit: string): Range {
    this.record({
      name,
      value: entry.value,
      unit,
      origin: 'default',
      source: entry.source,
      year: entry.year,
      url: entry.url,
    });
    return exact(entry.value);
  }

  record(use: AssumptionUse): void {
    const duplicate = this.used.some((existing) => existing.name === use.name && existing.value === use.value);
    if (!duplicate) this.used.push(use);
  }
}

// Inputs a run left out that the repository's own files state: a Hugging Face config.json, a CodeCarbon or
// nvidia-smi log, a Trainer state. Gathered by the pipeline (which reads files); normalize.ts fills the run from
// them, an explicit manifest value always winning, and records where each came from.

export interface Fact<T> {
  value: T;
  /** Where the value came from, shown in the report: "models/config.json (Llama, 32 layers, ...)". */
  source: string;
}

export interface RunFacts {
  parameters?: Fact<number>;
  activeParameters?: Fact<number>;
  /** model.config named a file that could not be read or understood. */
  configProblem?: { message: string; hint?: string };
  tokens?: Fact<number>;
  /** Wall-clock hours a log measured (all runs in it), to size a run that gives neither tokens nor hours. */
  hours?: Fact<number>;
  /** As the log wrote it ("NVIDIA A100-SXM4-40GB"); resolved like a manifest name. */
  accelerator?: Fact<string>;
  acceleratorCount?: Fact<number>;
  /** "gcp:us-central1", "FR", "USA/Iowa" as the log wrote it; used only when it resolves. */
  location?: Fact<string>;
}

const SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** 6738415616 -> "6.74B", as the manifest would write it. */
export function formatCount(value: number): string {
  for (const [scale, suffix] of SCALES)
    if (Math.abs(value) >= scale) return `${Number((value / scale).toPrecision(3))}${suffix}`;
  return String(Number(value.toPrecision(3)));
}

/** The report's provenance line for an input read from a file. */
export function describeDerived(derived: { field: string; value: number | string; source: string }): string {
  const value = typeof derived.value === 'number' ? formatCount(derived.value) : `"${derived.value}"`;
  return `\`${derived.field}\` = ${value}, from ${derived.source}.`;
}

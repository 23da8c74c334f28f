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
  /** As the log wrote it ("NVIDIA A100-SXM4-40GB"); resolved like a manifest name. */
  accelerator?: Fact<string>;
  acceleratorCount?: Fact<number>;
  /** "gcp:us-central1", "FR", "USA/Iowa" as the log wrote it; used only when it resolves. */
  location?: Fact<string>;
}

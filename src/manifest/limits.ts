// Caps on what one manifest may ask for, so a hostile or mistaken file fails with a clear error instead of exhausting
// memory, CPU or API quota. Generous for real repositories: the largest real manifests hold tens of runs.
export const LIMITS = {
  /** Bytes of manifest text. */
  manifestBytes: 1024 * 1024,
  runs: 2000,
  logsPerRun: 100,
  /** Log references across all runs of one manifest. */
  logs: 1000,
  /** YAML aliases expanded while reading (the `yaml` package's guard against "billion laughs"). */
  yamlAliases: 100,
} as const;

// Caps on what one manifest may ask for, so a hostile or mistaken file fails with a clear error instead of exhausting
// memory, CPU or API quota. Generous for real repositories: the largest real manifests hold tens of runs.
export const LIMITS = {
  /** Bytes of manifest text. */
  manifestBytes: 1024 * 1024,
  runs: 2000,
  /** Log references (the same file may be named many times; src/logs/attach.ts caps distinct files and bytes). */
  logsPerRun: 10_000,
  /** Log references across all runs of one manifest (as MAX_LOG_REFERENCES in src/logs/attach.ts). */
  logs: 10_000,
  /** YAML aliases expanded while reading (the `yaml` package's guard against "billion laughs"). */
  yamlAliases: 100,
} as const;

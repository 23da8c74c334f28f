// The badge branch's history.json: one entry per commit of the default branch, oldest first.
import * as z from 'zod';
import type { InputProblem } from '../errors.js';
import { BADGE_FIGURES, type RepositoryFigure } from './figure.js';

const RangeSchema = z.object({
  value: z.number().nonnegative(),
  low: z.number().nonnegative(),
  high: z.number().nonnegative(),
});
const BasisSchema = z.enum(['estimated', 'measured']);

export const HistoryEntrySchema = z.object({
  sha: z.string().regex(/^[0-9a-f]{7,64}$/, 'a git commit id in hex'),
  /** ISO 8601 date of the commit. */
  date: z.iso.datetime({ offset: true }),
  figure: z.enum(BADGE_FIGURES),
  co2eKg: RangeSchema,
  basis: z.enum(['estimated', 'measured', 'mixed']),
  grade: z.string(),
  runs: z.array(z.object({ id: z.string(), basis: BasisSchema, co2eKg: RangeSchema })),
  /** The manifest's total budget at that commit, kg CO2e. */
  budgetKg: z.number().nonnegative().optional(),
});

export const HistorySchema = z.object({
  schemaVersion: z.literal(1),
  entries: z.array(HistoryEntrySchema),
});

export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type History = z.infer<typeof HistorySchema>;

export const HISTORY_FILE = 'history.json';

export function emptyHistory(): History {
  return { schemaVersion: 1, entries: [] };
}

export function historyEntry(
  figure: RepositoryFigure,
  commit: { sha: string; date: string; grade: string; budgetKg?: number },
): HistoryEntry {
  const entry: HistoryEntry = {
    sha: commit.sha,
    date: commit.date,
    figure: figure.figure,
    co2eKg: figure.co2eKg,
    basis: figure.basis,
    grade: commit.grade,
    runs: figure.runs.map((run) => ({ id: run.id, basis: run.basis, co2eKg: run.co2eKg })),
  };
  if (commit.budgetKg !== undefined) entry.budgetKg = commit.budgetKg;
  return entry;
}

/**
 * Add an entry in commit-date order (at the end, normally); an entry for the same commit is replaced where it stood,
 * so re-runs do not duplicate and a slow job that publishes an older commit after a newer one still lands in place.
 */
export function appendEntry(history: History, entry: HistoryEntry): History {
  const index = history.entries.findIndex((existing) => existing.sha === entry.sha);
  if (index !== -1)
    return { schemaVersion: 1, entries: history.entries.map((existing, at) => (at === index ? entry : existing)) };
  const time = Date.parse(entry.date);
  let at = history.entries.length;
  while (at > 0 && Date.parse(history.entries[at - 1]!.date) > time) at--;
  return { schemaVersion: 1, entries: [...history.entries.slice(0, at), entry, ...history.entries.slice(at)] };
}

/** Read a history file; an unreadable one yields an empty history and a warning, so publishing never stops on it. */
export function parseHistory(
  text: string | undefined,
  file = HISTORY_FILE,
): { history: History; problems: InputProblem[] } {
  if (text === undefined || text.trim() === '') return { history: emptyHistory(), problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      history: emptyHistory(),
      problems: [
        {
          file,
          message: `is not JSON: ${(error as Error).message}`,
          hint: 'the history restarts from this commit',
          severity: 'warning',
        },
      ],
    };
  }
  const parsed = HistorySchema.safeParse(data);
  if (parsed.success) return { history: parsed.data, problems: [] };
  // Keep the entries that still read, so one bad entry does not erase the rest.
  const entries = Array.isArray((data as { entries?: unknown })?.entries)
    ? (data as { entries: unknown[] }).entries
    : [];
  const kept = entries.flatMap((entry) => {
    const one = HistoryEntrySchema.safeParse(entry);
    return one.success ? [one.data] : [];
  });
  const problems: InputProblem[] = parsed.error.issues.slice(0, 5).map((issue) => ({
    file,
    path: issue.path.map(String).join('.'),
    message: issue.message,
    hint: `dropped ${entries.length - kept.length} unreadable entr${entries.length - kept.length === 1 ? 'y' : 'ies'}`,
    severity: 'warning' as const,
  }));
  return { history: { schemaVersion: 1, entries: kept }, problems };
}

export function serializeHistory(history: History): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}

/** Problems with a commit id or date before they go into the history (where they would be unreadable later). */
export function commitProblems(commit: { sha: string; date: string }, file: string): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!HistoryEntrySchema.shape.sha.safeParse(commit.sha).success)
    problems.push({
      file,
      path: 'sha',
      message: `"${commit.sha}" is not a git commit id`,
      hint: 'expected 7 to 64 lower-case hex digits',
      severity: 'error',
    });
  if (!HistoryEntrySchema.shape.date.safeParse(commit.date).success)
    problems.push({
      file,
      path: 'date',
      message: `"${commit.date}" is not an ISO 8601 date-time`,
      hint: 'expected e.g. 2026-11-20T10:00:00Z',
      severity: 'error',
    });
  return problems;
}

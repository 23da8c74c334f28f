// Manifest(s) -> estimate -> compare -> report, for head and (optionally) base. Reads files only through FileReaders,
// so the same pipeline runs on a local checkout, on git objects at the base SHA, or on the REST contents API.
import { advisePullRequest, attachAdvice } from './advice/advise.js';
import { distrustedMeasurements, IMPLAUSIBLY_LOW_FACTOR } from './compare/budget.js';
import { compareEstimates } from './compare/compare.js';
import type { BudgetInputs, Comparison } from './compare/types.js';
import type { InputProblem } from './errors.js';
import type { FileReader } from './util/file-reader.js';
import { estimateRun, totalOf } from './estimate/estimate.js';
import { estimateManifestWithLogs } from './estimate/measured.js';
import type { Estimate } from './estimate/types.js';
import { type RunEstimator, rememberingEstimator } from './estimate/estimate-cache.js';
import type { GuardedFileReader, RunLogs } from './logs/attach.js';
import type { RunFacts } from './manifest/facts.js';
import {
  type ManifestYaml,
  manifestReferences,
  type ParseResult,
  parseManifest,
  readManifestYaml,
} from './manifest/parse.js';
import type { Budget, Manifest, Run } from './manifest/types.js';
import { renderReport } from './report/markdown.js';
import { reportJson } from './report/json.js';
import type { RunInputs } from './report/drivers.js';
import type { PullRequestAdviceSummary } from './estimate/advice-result.js';

export interface ManifestSource {
  /** One or more manifest paths, relative to the repository root. */
  manifestPaths: string[];
  files: FileReader;
}

export interface AnalyzeOptions {
  head: ManifestSource;
  base?: ManifestSource;
  /**
   * Where the budget in force is read: the base branch tip, which may differ from the compared `base` (a merge-base).
   * Defaults to `base`. Without either, the head's own budget is in force (nothing to protect it from).
   */
  budgetSource?: ManifestSource;
  /** The base exists but could not be read: no manifest's budget is in force, only the action inputs' limits. */
  budgetUnknown?: boolean;
  /** Head problems the shell found before parsing (e.g. a refused manifest path); listed like the others. */
  headProblems?: InputProblem[];
  /** Limits from the action's inputs; override the manifests' rule by rule. */
  budgetOverride?: Budget;
  /** A line under the title (e.g. which base commit was used). */
  context?: string;
  /** Further report sections computed from the comparison (e.g. the action's chart), placed before the advice. */
  extraSections?: (comparison: Comparison) => string[];
  /** The engine; by default `estimateRun` remembering the runs it estimated in this analysis (same report, less work). */
  estimator?: RunEstimator;
}

export interface Side {
  /** Undefined when no manifest exists on that side (e.g. the base branch before ml-carbon was added). */
  estimate?: Estimate;
  manifests: Manifest[];
  problems: InputProblem[];
  /** Manifest files that exist on this side, parsed or not. */
  manifestFiles: number;
  /** The problems of the manifests themselves (not of their logs). */
  manifestProblems: InputProblem[];
}

export interface Analysis {
  comparison: Comparison;
  head: Side;
  base?: Side;
  /** The report as a PR comment: long run lists shortened to fit GitHub's limit, saying where the rest is. */
  markdown: string;
  /** The report with every run listed (the job summary). */
  fullMarkdown: string;
  json: ReturnType<typeof reportJson>;
  /** Head problems only: base problems are the base branch's business, but are listed in the report as warnings. */
  problems: InputProblem[];
  hasErrors: boolean;
  /**
   * Whether the budget in force is known: false when the budget source has a manifest with errors (its limits cannot
   * be trusted to be complete) — the shell must then not let the gate pass.
   */
  budgetKnown: boolean;
}

/** Several manifests (a monorepo) are reported together; their run ids are prefixed by the manifest's folder. */
function prefixFor(path: string, manifestCount: number): string {
  if (manifestCount < 2) return '';
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
  return `${folder}:`;
}

const NO_LOGS: RunLogs = { measurements: new Map(), problems: [] };

/**
 * The logs a manifest names and the inputs its files state (config.json, log metadata), read before validation:
 * they may supply what the manifest leaves out. The log parsers load only for a manifest that names files.
 */
async function readFilesOf(
  text: string,
  yaml: ManifestYaml,
  path: string,
  files: GuardedFileReader,
): Promise<{ logs: RunLogs; facts?: Map<string, RunFacts> }> {
  const references = manifestReferences(text, path, yaml);
  if (!references.some((run) => run.logs.length || run.config !== undefined)) return { logs: NO_LOGS };
  const [{ readRunLogs }, { gatherRunFacts }] = await Promise.all([
    import('./logs/attach.js'),
    import('./logs/run-facts.js'),
  ]);
  const logs = await readRunLogs({ file: path, runs: references }, files);
  return { logs, facts: await gatherRunFacts(path, references, files, logs.measurements) };
}

/**
 * What one analysis reuses between its sides (a monorepo PR leaves most manifests and runs as they were): manifests
 * read, by path and text, and runs estimated, by content. Made per analysis, so nothing leaks between analyses.
 */
interface Reuse {
  estimate: RunEstimator;
  /** By path + NUL + text: the YAML, or the whole parse of a manifest that names no files (it is then pure). */
  manifests: Map<string, { yaml: ManifestYaml } | { alone: ParseResult }>;
}

const freshReuse = (estimate: RunEstimator = estimateRun): Reuse => ({ estimate, manifests: new Map() });

/** Files (or API responses) read while earlier manifests are parsed: this many ahead of the one being parsed. */
const READ_AHEAD = 8;

/**
 * `fetch` of each item, started up to READ_AHEAD items before it is asked for, so waiting on the disk or the network
 * overlaps the work on the items before it. Items are still taken in order; a failure surfaces when its item is.
 */
function fetchAhead<T>(items: readonly string[], fetch: (item: string) => Promise<T>): (index: number) => Promise<T> {
  const started = new Map<number, Promise<T>>();
  const start = (index: number) => {
    if (index >= items.length || started.has(index)) return;
    const promise = fetch(items[index]!);
    promise.catch(() => {}); // observed when its turn comes; no unhandled rejection for one never reached
    started.set(index, promise);
  };
  return (index) => {
    for (let ahead = index; ahead <= index + READ_AHEAD; ahead++) start(ahead);
    const promise = started.get(index)!;
    started.delete(index);
    return promise;
  };
}

/** The manifests of a side, parsed, with their logs; `present` counts the files that exist (parsed or not). */
async function loadManifests(
  source: ManifestSource,
  reuse: Reuse,
): Promise<{ manifests: Manifest[]; logs: RunLogs[]; problems: InputProblem[]; present: number }> {
  const manifests: Manifest[] = [];
  const logs: RunLogs[] = [];
  const problems: InputProblem[] = [];
  const files: GuardedFileReader = source.files;
  let present = 0;
  const fetched = fetchAhead(source.manifestPaths, async (path): Promise<{ refusal?: string; text?: string }> => {
    const refusal = await files.refuse?.(path);
    return refusal ? { refusal } : { text: await files.readText(path) };
  });
  for (const [index, path] of source.manifestPaths.entries()) {
    const { refusal, text } = await fetched(index);
    if (refusal) {
      // The content of a file outside the repository is never read, so never quoted.
      present++;
      problems.push({
        file: path,
        severity: 'error',
        message: `manifest refused: ${refusal}`,
        hint: /folder/.test(refusal)
          ? `name the manifest file, e.g. ${path.replace(/\/+$/, '')}/ml-carbon.yml`
          : 'the manifest must live in the repository; commit the file itself instead of a link',
      });
      continue;
    }
    if (text === undefined) continue;
    present++;
    const key = `${path}\u0000${text}`;
    const known = reuse.manifests.get(key);
    let parsed: ParseResult;
    let runLogs = NO_LOGS;
    if (known && 'alone' in known) parsed = known.alone;
    else {
      const yaml = known?.yaml ?? readManifestYaml(text, path);
      const read = await readFilesOf(text, yaml, path, files);
      runLogs = read.logs;
      parsed = parseManifest(text, path, { facts: read.facts, yaml });
      // Without inputs from its files (none named) a parse depends on path and text only: kept instead of the YAML.
      reuse.manifests.set(key, read.facts ? { yaml } : { alone: parsed });
    }
    for (const problem of parsed.problems) problems.push(problem);
    if (!parsed.manifest) continue;
    manifests.push(parsed.manifest);
    logs.push(runLogs);
  }
  return { manifests, logs, problems, present };
}

export async function loadSide(source: ManifestSource, reuse: Reuse = freshReuse()): Promise<Side> {
  const loaded = await loadManifests(source, reuse);
  const { manifests } = loaded;
  const problems = [...loaded.problems];
  const files = { manifestFiles: loaded.present, manifestProblems: loaded.problems };
  if (!manifests.length) return { manifests, problems, ...files };
  const estimates: Estimate[] = [];
  for (const [index, manifest] of manifests.entries()) {
    const logs = loaded.logs[index]!;
    for (const problem of logs.problems) problems.push(problem);
    estimates.push(estimateManifestWithLogs(manifest, logs.measurements, reuse.estimate));
  }
  const runs = estimates.flatMap((estimate, index) => {
    const prefix = prefixFor(manifests[index]!.file, manifests.length);
    return estimate.runs.map((run) => ({ ...run, id: `${prefix}${run.id}` }));
  });
  const calibration = estimates.find((estimate) => estimate.calibration)?.calibration;
  const estimate: Estimate = {
    manifest: manifests.map((manifest) => manifest.file).join(', '),
    runs,
    total: totalOf(runs),
    ...(calibration ? { calibration } : {}),
  };
  return { estimate, manifests, problems, ...files };
}

/** Budgets merge across manifests by taking the strictest limit of each rule. */
/** Measured figures implausibly below their run's estimate are flagged; the gate judges the estimate (compare/budget.ts). */
function distrustWarnings(head: Estimate): InputProblem[] {
  const kg = (value: number) => `${Number(value.toPrecision(3))} kg`;
  return distrustedMeasurements(head).map((entry) => ({
    file: entry.files.join(', '),
    severity: 'warning',
    message: `run "${entry.run}": the measured figures are implausible, more than ${IMPLAUSIBLY_LOW_FACTOR}× below the low end of the run's estimate; the budget is checked on the estimated ${kg(entry.estimatedKg)} CO2e instead of the measured ${kg(entry.measuredKg)}`,
    hint: 'check that the log is complete, belongs to this run, and was not edited',
  }));
}

function budgetOf(manifests: Manifest[]): Budget | undefined {
  const budgets = manifests
    .map((manifest) => manifest.budget)
    .filter((budget): budget is Budget => budget !== undefined);
  if (!budgets.length) return undefined;
  const strictest = (pick: (budget: Budget) => number | undefined) => {
    const values = budgets.map(pick).filter((value): value is number => value !== undefined);
    return values.length ? Math.min(...values) : undefined;
  };
  return {
    totalCo2eKg: strictest((budget) => budget.totalCo2eKg),
    perRunCo2eKg: strictest((budget) => budget.perRunCo2eKg),
    maxIncreasePercent: strictest((budget) => budget.maxIncreasePercent),
    warnIncreasePercent: strictest((budget) => budget.warnIncreasePercent),
  };
}

const EMPTY_ESTIMATE = (manifest: string): Estimate => ({ manifest, runs: [], total: totalOf([]) });

/** The parsed runs of a side by the ids the estimate uses (prefixed by folder in a monorepo). */
function runsById(side: Side | undefined): Map<string, Run> {
  const byId = new Map<string, Run>();
  for (const manifest of side?.manifests ?? []) {
    const prefix = prefixFor(manifest.file, side!.manifests.length);
    for (const run of manifest.runs) byId.set(`${prefix}${run.id}`, run);
  }
  return byId;
}

export async function analyze(options: AnalyzeOptions): Promise<Analysis> {
  // Runs estimated more than once in this analysis (advice, runs equal in base and head) are estimated once.
  const reuse = freshReuse(options.estimator ?? rememberingEstimator());
  const { estimate } = reuse;
  const head = await loadSide(options.head, reuse);
  // The PR-wide summary is only shown in the markdown: computed on first use, so `--json` never pays for it.
  let prAdvice: (() => PullRequestAdviceSummary) | undefined;
  if (head.estimate) {
    // Advice re-estimates runs the way the report did: with the repository's observed calibration only where it applied.
    const observed = head.estimate.calibration;
    const calibration = observed?.appliedTo.length ? observed : undefined;
    const runs = head.manifests.flatMap((manifest) => manifest.runs);
    const advised = attachAdvice(head.estimate, runs, { estimateOptions: { calibration }, estimate });
    head.estimate = advised;
    prAdvice = () => advisePullRequest(advised, runs, { estimateOptions: { calibration }, estimate });
  }
  const base = options.base ? await loadSide(options.base, reuse) : undefined;
  if (!head.manifests.length && !head.problems.length) {
    head.problems.push({
      file: options.head.manifestPaths.join(', ') || 'ml-carbon.yml',
      severity: 'error',
      message: 'no manifest found',
      hint: 'create ml-carbon.yml at the repository root, or give the path of yours',
    });
  }
  head.problems.unshift(...(options.headProblems ?? []));
  const tipSource = options.budgetSource ?? options.base;
  const tip =
    options.budgetUnknown || !tipSource
      ? undefined
      : tipSource === options.base && base
        ? { manifests: base.manifests, problems: base.manifestProblems, present: base.manifestFiles }
        : await loadManifests(tipSource, reuse);
  const tipHasManifest = tip !== undefined && tip.present > 0;
  const budgetKnown = !options.budgetUnknown && !tip?.problems.some((problem) => problem.severity === 'error');
  const budgets: BudgetInputs = {
    base: tip && budgetOf(tip.manifests),
    // With the base unknown the PR's budget is neither in force nor a "change" against anything.
    head: options.budgetUnknown ? undefined : budgetOf(head.manifests),
    override: options.budgetOverride,
    // The tip decides whose budget is in force, whatever commit the numbers are compared with.
    baseHasManifest: options.budgetUnknown ? true : tipSource ? tipHasManifest : undefined,
  };
  const compared = compareEstimates(
    base?.estimate,
    head.estimate ?? EMPTY_ESTIMATE(options.head.manifestPaths.join(', ')),
    budgets,
  );
  // The gate fails closed: with the budget in force unknown, the verdict says so instead of judging by what is left.
  const comparison: Comparison = budgetKnown
    ? compared
    : {
        ...compared,
        budget: {
          ...compared.budget,
          status: 'error',
          reasons: [
            options.budgetUnknown
              ? 'the base branch could not be read, so the budget in force is unknown'
              : "the base branch's manifest has errors, so the budget in force is unknown",
          ],
        },
      };
  head.problems.push(...distrustWarnings(compared.head));
  const baseProblems = (base?.problems ?? []).map((problem) => ({
    ...problem,
    severity: 'warning' as const,
    message: `(base branch) ${problem.message}`,
  }));
  const problems = head.problems;
  const reported = [...problems, ...baseProblems];
  const inputs: RunInputs = { base: runsById(base), head: runsById(head) };
  let markdown: string | undefined;
  let fullMarkdown: string | undefined;
  let json: ReturnType<typeof reportJson> | undefined;
  let advice: PullRequestAdviceSummary | undefined;
  const render = (maxChars?: number) => {
    advice ??= prAdvice?.();
    return renderReport(comparison, {
      problems: reported,
      context: options.context,
      inputs,
      manifestsRead: head.manifests.map((manifest) => manifest.file),
      ...(advice ? { advice } : {}),
      sections: options.extraSections?.(comparison) ?? [],
      ...(maxChars === undefined ? {} : { maxChars }),
    });
  };
  return {
    comparison,
    head,
    base,
    /** Rendered on first use: `--json` and the CLI's text output never pay for it. */
    get markdown() {
      markdown ??= render();
      return markdown;
    },
    get fullMarkdown() {
      fullMarkdown ??= render(Number.POSITIVE_INFINITY);
      return fullMarkdown;
    },
    /** Built on first use: the CLI's markdown and text output never pay for it (the action and `--json` do). */
    get json() {
      json ??= reportJson(comparison, problems);
      return json;
    },
    problems,
    hasErrors: problems.some((problem) => problem.severity === 'error'),
    budgetKnown,
  };
}

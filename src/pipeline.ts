// Manifest(s) -> estimate -> compare -> report, for head and (optionally) base. Reads files only through FileReaders,
// so the same pipeline runs on a local checkout, on git objects at the base SHA, or on the REST contents API.
import { attachAdvice } from './advice/advise.js';
import { compareEstimates } from './compare/compare.js';
import type { BudgetInputs, Comparison } from './compare/types.js';
import type { InputProblem } from './errors.js';
import type { FileReader } from './util/file-reader.js';
import { totalOf } from './estimate/estimate.js';
import { estimateManifestWithLogs } from './estimate/measured.js';
import type { Estimate } from './estimate/types.js';
import { readRunLogs, type GuardedFileReader } from './logs/attach.js';
import { gatherRunFacts } from './logs/run-facts.js';
import { manifestReferences, parseManifest } from './manifest/parse.js';
import type { Budget, Manifest } from './manifest/types.js';
import { renderReport } from './report/markdown.js';
import { reportJson } from './report/json.js';
import { renderMeasuredSection } from './report/measured.js';
import { renderAdvice } from './report/advice.js';

export interface ManifestSource {
  /** One or more manifest paths, relative to the repository root. */
  manifestPaths: string[];
  files: FileReader;
}

export interface AnalyzeOptions {
  head: ManifestSource;
  base?: ManifestSource;
  /** Limits from the action's inputs; override the manifests' rule by rule. */
  budgetOverride?: Budget;
  /** A line under the title (e.g. which base commit was used). */
  context?: string;
  /** Further report sections computed from the comparison (e.g. the action's chart), placed before the advice. */
  extraSections?: (comparison: Comparison) => string[];
}

export interface Side {
  /** Undefined when no manifest exists on that side (e.g. the base branch before ml-carbon was added). */
  estimate?: Estimate;
  manifests: Manifest[];
  problems: InputProblem[];
}

export interface Analysis {
  comparison: Comparison;
  head: Side;
  base?: Side;
  markdown: string;
  json: ReturnType<typeof reportJson>;
  /** Head problems only: base problems are the base branch's business, but are listed in the report as warnings. */
  problems: InputProblem[];
  hasErrors: boolean;
}

/** Several manifests (a monorepo) are reported together; their run ids are prefixed by the manifest's folder. */
function prefixFor(path: string, manifestCount: number): string {
  if (manifestCount < 2) return '';
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
  return `${folder}:`;
}

export async function loadSide(source: ManifestSource): Promise<Side> {
  const manifests: Manifest[] = [];
  const problems: InputProblem[] = [];
  const estimates: Estimate[] = [];
  const files: GuardedFileReader = source.files;
  for (const path of source.manifestPaths) {
    const refusal = await files.refuse?.(path);
    if (refusal) {
      // The content of a file outside the repository is never read, so never quoted.
      problems.push({
        file: path,
        severity: 'error',
        message: `manifest refused: ${refusal}`,
        hint: 'the manifest must live in the repository; commit the file itself instead of a link',
      });
      continue;
    }
    const text = await files.readText(path);
    if (text === undefined) continue;
    // Logs and config.json are read first: they may supply inputs the manifest leaves out.
    const references = manifestReferences(text, path);
    const logs = await readRunLogs({ file: path, runs: references }, files);
    const facts = await gatherRunFacts(path, references, files, logs.measurements);
    const parsed = parseManifest(text, path, { facts });
    for (const problem of [...parsed.problems, ...(parsed.manifest ? logs.problems : [])]) problems.push(problem);
    if (!parsed.manifest) continue;
    manifests.push(parsed.manifest);
    estimates.push(estimateManifestWithLogs(parsed.manifest, logs.measurements));
  }
  if (!manifests.length) return { manifests, problems };
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
  return { estimate, manifests, problems };
}

/** Budgets merge across manifests by taking the strictest limit of each rule. */
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

export async function analyze(options: AnalyzeOptions): Promise<Analysis> {
  const head = await loadSide(options.head);
  if (head.estimate) {
    // Advice re-estimates runs the way the report did: with the repository's observed calibration only where it applied.
    const observed = head.estimate.calibration;
    const calibration = observed?.appliedTo.length ? observed : undefined;
    head.estimate = attachAdvice(
      head.estimate,
      head.manifests.flatMap((manifest) => manifest.runs),
      { estimateOptions: { calibration } },
    );
  }
  const base = options.base ? await loadSide(options.base) : undefined;
  if (!head.manifests.length && !head.problems.length) {
    head.problems.push({
      file: options.head.manifestPaths.join(', ') || 'ml-carbon.yml',
      severity: 'error',
      message: 'no manifest found',
      hint: 'create ml-carbon.yml at the repository root, or give the path of yours',
    });
  }
  const budgets: BudgetInputs = {
    base: base && budgetOf(base.manifests),
    head: budgetOf(head.manifests),
    override: options.budgetOverride,
  };
  const comparison = compareEstimates(
    base?.estimate,
    head.estimate ?? EMPTY_ESTIMATE(options.head.manifestPaths.join(', ')),
    budgets,
  );
  const baseProblems = (base?.problems ?? []).map((problem) => ({
    ...problem,
    severity: 'warning' as const,
    message: `(base branch) ${problem.message}`,
  }));
  const problems = head.problems;
  return {
    comparison,
    head,
    base,
    markdown: renderReport(comparison, {
      problems: [...problems, ...baseProblems],
      context: options.context,
      sections: [
        renderMeasuredSection(comparison),
        ...(options.extraSections?.(comparison) ?? []),
        renderAdvice(comparison.head.runs),
      ],
    }),
    json: reportJson(comparison, problems),
    problems,
    hasErrors: problems.some((problem) => problem.severity === 'error'),
  };
}

export const id = 571;
export const ids = [571];
export const modules = {

/***/ 9571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 8 modules
var dist_src = __webpack_require__(8273);
// EXTERNAL MODULE: ./build/github/request-client.js + 3 modules
var request_client = __webpack_require__(3553);
;// CONCATENATED MODULE: ./build/github/client.js
// The REST client the action talks to GitHub with: @octokit/rest (endpoint methods, pagination) over the same options,
// retries, timeouts and deadline as the request client the action starts with (request-client.ts).


function createClient(options) {
    return (0,request_client/* withRetries */.LH)(new dist_src/* Octokit */.E((0,request_client/* octokitOptions */.k9)(options)), options);
}

// EXTERNAL MODULE: ./build/github/deadline.js
var github_deadline = __webpack_require__(6616);
// EXTERNAL MODULE: ./build/github/base-files.js
var base_files = __webpack_require__(2527);
// EXTERNAL MODULE: ./build/github/api-error.js
var api_error = __webpack_require__(3273);
// EXTERNAL MODULE: ./build/report/escape.js
var report_escape = __webpack_require__(9924);
;// CONCATENATED MODULE: ./build/action/base-context.js

function baseContext(base, baseHasManifest, warnings) {
    const lines = [];
    if (base.kind === 'unreadable') {
        lines.push([
            '> [!CAUTION]',
            `> **Budget not checked: the base branch could not be read** (${(0,report_escape/* prose */.CS)(base.reason)}).`,
            "> The budget in force is read from the base branch tip and is unknown, so this check does not pass. The figures below are this PR's alone.",
        ].join('\n'));
    }
    else if (base.kind === 'none') {
        lines.push(`**Base:** none (${(0,report_escape/* prose */.CS)(base.why)}).`);
    }
    else {
        lines.push(`**Base:** ${(0,report_escape/* prose */.CS)(base.choice.reason)}.`);
        if (baseHasManifest === false)
            lines.push('The base commit has no ml-carbon manifest: every run is new.');
    }
    for (const warning of warnings)
        lines.push(`- ⚠️ ${(0,report_escape/* prose */.CS)(warning)}`); // refs, patterns, error text
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./build/action/analyze-sources.js



/** The engine (YAML, zod schemas, estimate, advice, report) loads only once the sources are known. */
async function analyze(options) {
    const engine = await Promise.all(/* import() */[__webpack_require__.e(407), __webpack_require__.e(492)]).then(__webpack_require__.bind(__webpack_require__, 1492));
    return engine.analyze(options);
}
class HeadUnreadable extends Error {
    constructor(reason) {
        super(`the head commit could not be read: ${reason}`);
        this.name = 'HeadUnreadable';
    }
}
function reasonOf(error) {
    return error instanceof base_files/* CommitUnreadable */.BZ ? error.message : (0,api_error/* describeApiError */.g)(error);
}
/** A read failure of the head is the end of the run; anything else is a bug and propagates as is. */
function headFailure(error) {
    return error instanceof base_files/* CommitUnreadable */.BZ ? new HeadUnreadable(error.message) : error;
}
/**
 * The report's headline speaks of a comparison ("no manifest on the base branch · no budget set"); with the base
 * unread that would mislead, so everything after the total is replaced by what happened. With the base read
 * (`keepChange`), only the budget's state, the last part, is.
 */
function headlineBudgetUnknown(analysis, why, keepChange = false) {
    const rewrite = (markdown) => {
        const [first = '', ...rest] = markdown.split('\n');
        const at = keepChange ? first.lastIndexOf(' · ') : first.indexOf(' · ');
        if (!first.startsWith('### ') || at < 0)
            return markdown;
        return [`${first.slice(0, at)} · ⛔ budget not checked: ${why}`, ...rest].join('\n');
    };
    return { ...analysis, markdown: rewrite(analysis.markdown), fullMarkdown: rewrite(analysis.fullMarkdown) };
}
/** Whether any manifest exists on the compared base, so the report can say "no manifest on base" up front. */
async function anyManifest(source) {
    for (const path of source.manifestPaths)
        if ((await source.files.readText(path)) !== undefined)
            return true;
    return false;
}
/**
 * The head could not be fully evaluated (a manifest missing, refused or invalid): whatever the remaining figures
 * say, the budget was not checked on the whole head, so the headline must not say "within budget".
 */
function headlineHeadErrors(settled) {
    const errors = settled.analysis.problems.filter((problem) => problem.severity === 'error').length;
    if (!errors || settled.baseError !== undefined)
        return settled;
    const why = `${errors} error${errors > 1 ? 's' : ''} in the input`;
    return { ...settled, analysis: headlineBudgetUnknown(settled.analysis, why, true) };
}
async function analyzeSources(sources, target, options) {
    return headlineHeadErrors(await settleSources(sources, target, options));
}
async function settleSources(sources, target, options) {
    const common = { head: sources.head, headProblems: sources.headProblems, ...options };
    const headAlone = async (base, reason) => {
        try {
            const analysis = await analyze({
                ...common,
                budgetUnknown: true,
                context: baseContext(base, undefined, sources.warnings),
            });
            return {
                analysis: headlineBudgetUnknown(analysis, 'the base branch could not be read'),
                base,
                baseError: reason,
            };
        }
        catch (error) {
            throw headFailure(error);
        }
    };
    const base = sources.base;
    if (base.kind === 'unreadable')
        return headAlone(base, base.reason);
    if (base.kind === 'none') {
        try {
            const analysis = await analyze({ ...common, context: baseContext(base, undefined, sources.warnings) });
            return { analysis, base };
        }
        catch (error) {
            throw headFailure(error);
        }
    }
    try {
        const baseHasManifest = await anyManifest(base.source);
        const analysis = await analyze({
            ...common,
            base: base.source,
            budgetSource: base.budgetSource,
            context: baseContext(base, baseHasManifest, sources.warnings),
        });
        if (!analysis.budgetKnown) {
            const reason = `the manifest on the base branch tip ${base.choice.budgetSha.slice(0, 7)} has errors, so its budget is not known`;
            return {
                analysis: headlineBudgetUnknown(analysis, "the base branch's manifest has errors"),
                base,
                baseError: reason,
            };
        }
        return { analysis, base };
    }
    catch (error) {
        if (error instanceof base_files/* CommitUnreadable */.BZ && error.sha === target.headSha)
            throw new HeadUnreadable(error.message);
        const unreadable = { kind: 'unreadable', reason: reasonOf(error) };
        return headAlone(unreadable, unreadable.reason);
    }
}

;// CONCATENATED MODULE: ./build/badge/publish-rule.js
// When the action publishes the badge; kept apart from the publisher so checking it loads no badge renderer.
/** Publish only on a push to the default branch, and only when the `badge` input is on. */
function shouldPublishBadge(event) {
    return (event.enabled &&
        event.eventName === 'push' &&
        event.defaultBranch !== undefined &&
        event.ref === `refs/heads/${event.defaultBranch}`);
}

;// CONCATENATED MODULE: ./build/action/badge-hook.js
// When the action publishes the repository badge: a push to the default branch (the rule lives in src/badge).

function isDefaultBranchPush(eventName, payload) {
    const repository = payload.repository;
    const defaultBranch = typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
    return shouldPublishBadge({
        eventName,
        ref: typeof payload.ref === 'string' ? payload.ref : '',
        defaultBranch,
        enabled: true,
    });
}

// EXTERNAL MODULE: ./build/util/format.js
var format = __webpack_require__(4722);
;// CONCATENATED MODULE: ./build/report/estimate-view.js
// What `ml-carbon estimate` shows, as plain data (cells are formatted strings), so the terminal text and the markdown
// renderers print the same figures: headline, run table, budget checks, notes, the biggest savings.


const BUDGET_WORDS = {
    pass: 'within budget',
    warn: 'budget warning',
    fail: 'over budget',
    none: '',
    error: 'budget not checked',
};
/** Top savings shown for the whole manifest; the JSON report has every one. */
const SAVINGS_SHOWN = 3;
function hardware(run) {
    return `${run.acceleratorCount}× ${run.accelerator}${run.repeats > 1 ? `, ${run.repeats} repeats` : ''}`;
}
function runRow(run, withServing) {
    const kg = run.co2eKg;
    return [
        run.id,
        hardware(run),
        formatHours(run.acceleratorHours.value),
        formatKwh(run.energyKwh.value),
        `${formatKgOfRange(kg)}${run.basis === 'measured' ? ' †' : ''}`,
        formatKgSpan(kg),
        ...(withServing
            ? [run.inference ? `${formatKgOfRange(run.inference.co2eKg)} / ${formatNumber(run.inference.days)} d` : '—']
            : []),
    ];
}
const TRANSFORMER_RULE = 'Accelerator-hours from 6 × parameters × tokens, a transformer rule: for CNNs and other architectures give `flops` or `hours`.';
/** The estimate's hours came from FLOPs it counted as 6 x N x D (no flops and no hours given). */
const hoursFromParameterCount = (run) => run.basis !== 'measured' &&
    run.assumptions.some((use) => use.name.startsWith('training FLOPs = 6 x')) &&
    run.assumptions.some((use) => use.name.startsWith('model FLOPs utilization'));
function notesOf(runs) {
    const byNote = new Map();
    const add = (note, id) => byNote.set(note, [...(byNote.get(note) ?? []), id]);
    for (const run of runs) {
        // How the measured energy was taken (e.g. CodeCarbon's pue = 1 means the run's PUE was applied on top).
        if (run.measured?.energyNote)
            add(`Measured energy: ${run.measured.energyNote}.`, run.id);
        if (hoursFromParameterCount(run))
            add(TRANSFORMER_RULE, run.id);
        for (const note of run.notes)
            add(note, run.id);
    }
    return [...byNote].map(([note, ids]) => `${note} (${ids.join(', ')})`);
}
function savingsOf(runs) {
    return runs
        .flatMap((run) => (run.advice ?? []).map((advice) => ({ run: run.id, advice })))
        .filter(({ advice }) => advice.savingCo2eKg > 0)
        .sort((a, b) => b.advice.savingCo2eKg - a.advice.savingCo2eKg)
        .slice(0, SAVINGS_SHOWN)
        .map(({ run, advice }) => `${run}: ${advice.title}: saves ${formatKg(advice.savingCo2eKg)} (${formatPercent(-advice.savingPercent)}), ${advice.effort} effort`);
}
function estimateView(comparison) {
    const estimate = comparison.head;
    const runs = estimate.runs;
    const total = estimate.total;
    const withServing = runs.some((run) => run.inference);
    const budget = comparison.budget;
    const headline = [
        `${formatKgOfRange(total.co2eKg)} CO2e (${formatKgSpan(total.co2eKg)})`,
        `${formatKwh(total.energyKwh.value)} of facility energy`,
    ];
    if (withServing)
        headline.push(`training ${formatKgOfRange(total.trainingCo2eKg)}, serving ${formatKgOfRange(total.inferenceCo2eKg)}`);
    if (budget.status !== 'none')
        headline.push(BUDGET_WORDS[budget.status]);
    const totalRow = [
        'Total',
        '',
        formatHours(runs.reduce((sum, run) => sum + run.acceleratorHours.value, 0)),
        formatKwh(total.energyKwh.value),
        formatKgOfRange(total.trainingCo2eKg),
        formatKgSpan(total.trainingCo2eKg),
        ...(withServing ? [formatKgOfRange(total.inferenceCo2eKg)] : []),
    ];
    return {
        manifest: estimate.manifest,
        headline,
        runs: {
            header: [
                'Run',
                'Hardware',
                'Acc-hours',
                'Energy',
                withServing ? 'Training' : 'CO2e',
                'Range',
                ...(withServing ? ['Serving'] : []),
            ],
            align: ['l', 'l', 'r', 'r', 'r', 'r', ...(withServing ? ['r'] : [])],
            rows: runs.map((run) => runRow(run, withServing)),
            footer: runs.length > 1 ? [totalRow] : undefined,
            shrink: [1, 0],
        },
        budget: budget.status === 'none'
            ? undefined
            : {
                authority: budget.authority === 'override' ? 'the limits given' : 'the manifest',
                checks: budget.checks.map(({ status, message }) => ({ status, message })),
            },
        notes: [
            ...(runs.some((run) => run.basis === 'measured') ? ["† measured: from the run's logs"] : []),
            ...notesOf(runs),
        ],
        savings: savingsOf(runs),
    };
}
/** Training + serving CO2e of a run, as the compare table shows it. */
const runFigure = (run) => (run ? formatKg(runTotalKg(run)) : '—');

;// CONCATENATED MODULE: ./build/action/decision.js


function decide(comparison, options) {
    const { budget } = comparison;
    if (options.baseError !== undefined) {
        const blocks = options.mode === 'gate' && options.onBaseError !== 'neutral';
        const title = 'budget not checked: the base branch could not be read';
        return {
            verdict: blocks ? 'fail' : 'neutral',
            title,
            failure: blocks
                ? `ml-carbon ${title} (${options.baseError}), so the budget in force is unknown and the gate does not pass`
                : undefined,
        };
    }
    const total = `${(0,format/* formatKg */.KC)(comparison.head.total.co2eKg.value)} CO2e`;
    const delta = comparison.base
        ? `, ${(0,format/* formatSignedKg */.Yz)(comparison.delta.co2eKg)} ${comparison.delta.percent === null ? '' : `(${(0,format/* formatPercent */.l9)(comparison.delta.percent)}) `}vs base`
        : ', no baseline';
    const gating = options.mode === 'gate';
    if (options.inputErrors > 0) {
        const title = `${options.inputErrors} error${options.inputErrors > 1 ? 's' : ''} in the ml-carbon manifest`;
        return {
            verdict: gating ? 'fail' : 'neutral',
            title,
            failure: gating ? `${title}; see the report for file, line and field` : undefined,
        };
    }
    const label = BUDGET_WORDS[budget.status] || 'no budget set';
    const title = `${total}${delta}: ${label}`;
    if (budget.status === 'fail') {
        const blocks = gating && options.failOnBudget;
        return {
            verdict: blocks ? 'fail' : 'neutral',
            title,
            failure: blocks ? `ml-carbon budget exceeded: ${budget.reasons.join('; ')}` : undefined,
        };
    }
    if (budget.status === 'warn')
        return { verdict: 'warn', title };
    return { verdict: budget.status === 'pass' ? 'pass' : 'neutral', title };
}

// EXTERNAL MODULE: ./build/action/event.js
var action_event = __webpack_require__(8623);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(6723);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(9567);
// EXTERNAL MODULE: ./build/util/suggest.js
var suggest = __webpack_require__(8639);
// EXTERNAL MODULE: ./build/action/input-names.js
var input_names = __webpack_require__(4938);
;// CONCATENATED MODULE: ./build/action/inputs.js
// The action's inputs, validated with zod. Raw strings come in through a getter (core.getInput in the shell, a plain
// object in tests); problems come back as InputProblems naming the input, what was expected and a did-you-mean.



const COMMENT_MODES = ['update', 'new', 'off'];
const ACTION_MODES = ['gate', 'report'];
const BASE_ERROR_MODES = ['fail', 'neutral'];
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const inputs_text = (value) => value.trim();
const optional = (schema) => schemas/* preprocess */.vkY((value) => (value === '' ? undefined : value), schema.optional());
const inputs_boolean = schemas/* string */.YjP()
    .refine((value) => TRUE.includes(value) || FALSE.includes(value), { message: 'expected true or false' })
    .transform((value) => TRUE.includes(value));
const nonNegative = coerce/* number */.ai({ message: 'expected a number' })
    .refine(Number.isFinite, 'expected a finite number')
    .refine((value) => value >= 0, 'expected a number ≥ 0');
const seconds = (max) => coerce/* number */.ai({ message: 'expected a number of seconds' })
    .refine(Number.isFinite, 'expected a finite number of seconds')
    .refine((value) => (0,input_names/* withinSeconds */.NH)(value, max), `expected seconds above 0 and at most ${max}`);
const enumOf = (values) => schemas/* string */.YjP().refine((value) => values.includes(value), {
    message: `expected one of ${values.join(', ')}`,
});
const schema = schemas/* object */.Ikc({
    manifest: schemas/* string */.YjP()
        .transform((value) => value.split(/[\n,]/).map(inputs_text).filter(Boolean))
        .refine((list) => list.length > 0, 'expected at least one path or glob'),
    'github-token': schemas/* string */.YjP(),
    comment: enumOf(COMMENT_MODES),
    'fail-on-budget': inputs_boolean,
    'comment-key': schemas/* string */.YjP()
        .transform(inputs_text)
        .refine((value) => /^[A-Za-z0-9._/@:-]{1,100}$/.test(value), 'expected 1-100 letters, digits or . _ / @ : -'),
    mode: enumOf(ACTION_MODES),
    'max-co2e-kg': optional(nonNegative),
    'max-increase-percent': optional(nonNegative),
    'warn-increase-percent': optional(nonNegative),
    'base-ref': optional(schemas/* string */.YjP().regex(/^[^\s~^:?*[\\]+$/, 'expected a branch, tag or commit SHA')),
    'pr-number': optional(coerce/* number */.ai().int('expected a whole number').positive('expected a PR number ≥ 1')),
    'head-sha': optional(schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/i, 'expected a full 40-character commit SHA')),
    'working-directory': schemas/* string */.YjP().transform((value) => inputs_text(value) || '.'),
    badge: inputs_boolean,
    'badge-branch': schemas/* string */.YjP().regex(/^[A-Za-z0-9._/-]+$/, 'expected a branch name'),
    'badge-figure': schemas/* string */.YjP().regex(/^[a-z0-9+_-]+$/, 'expected training, training-and-inference or max-run'),
    'badge-grades': schemas/* string */.YjP(),
    'on-base-error': enumOf(BASE_ERROR_MODES),
    'time-limit-seconds': seconds(input_names/* TIME_LIMIT_MAX_SECONDS */.fu),
    'request-timeout-seconds': seconds(input_names/* REQUEST_TIMEOUT_MAX_SECONDS */.Ro),
});
const ENUMS = {
    comment: COMMENT_MODES,
    mode: ACTION_MODES,
    'on-base-error': BASE_ERROR_MODES,
};
function parseInputs(get) {
    const raw = Object.fromEntries(Object.keys(input_names/* INPUT_DEFAULTS */.WJ).map((name) => {
        const given = get(name);
        return [name, given === '' ? input_names/* INPUT_DEFAULTS */.WJ[name] : name === 'manifest' ? given : given.trim()];
    }));
    const parsed = schema.safeParse(raw);
    const problems = [];
    if (!parsed.success) {
        for (const issue of parsed.error.issues) {
            const name = String(issue.path[0]);
            const candidates = ENUMS[name];
            problems.push({
                file: 'workflow',
                path: `with.${name}`,
                severity: 'error',
                message: `input \`${name}\` is ${JSON.stringify(raw[name])}: ${issue.message}`,
                hint: candidates ? (0,suggest/* didYouMean */.au)(String(raw[name]), candidates) : undefined,
            });
        }
        return { problems };
    }
    const value = parsed.data;
    const inputs = {
        manifests: value.manifest,
        githubToken: value['github-token'],
        comment: value.comment,
        failOnBudget: value['fail-on-budget'],
        commentKey: value['comment-key'],
        mode: value.mode,
        maxCo2eKg: value['max-co2e-kg'],
        maxIncreasePercent: value['max-increase-percent'],
        warnIncreasePercent: value['warn-increase-percent'],
        baseRef: value['base-ref'],
        prNumber: value['pr-number'],
        headSha: value['head-sha']?.toLowerCase(),
        workingDirectory: value['working-directory'],
        badge: value.badge,
        badgeBranch: value['badge-branch'],
        badgeFigure: value['badge-figure'],
        badgeGrades: value['badge-grades'],
        onBaseError: value['on-base-error'],
        timeLimitMs: Math.round(value['time-limit-seconds'] * 1000),
        requestTimeoutMs: Math.round(value['request-timeout-seconds'] * 1000),
    };
    if (inputs.warnIncreasePercent !== undefined &&
        inputs.maxIncreasePercent !== undefined &&
        inputs.warnIncreasePercent > inputs.maxIncreasePercent) {
        problems.push({
            file: 'workflow',
            path: 'with.warn-increase-percent',
            severity: 'error',
            message: `warn-increase-percent (${inputs.warnIncreasePercent}) is above max-increase-percent (${inputs.maxIncreasePercent})`,
            hint: 'the warning tier must sit below the failing tier',
        });
        return { problems };
    }
    return { inputs, problems };
}

// EXTERNAL MODULE: ./build/compare/run-total.js
var run_total = __webpack_require__(9970);
;// CONCATENATED MODULE: ./build/action/mermaid-chart.js
// A small mermaid chart of base vs head per run for the PR comment, only where it says more than the table:
// a base exists, 2 to 12 runs, at least one run changed, and both sides have runs (bars or a line all at zero
// would only repeat "all removed" or "all new").


const MAX_RUNS = 12;
/** Three significant digits, plain decimal notation (mermaid reads numbers, not "1.2e-3"). */
function plain(value) {
    if (value === 0)
        return '0';
    const decimals = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
    const fixed = value.toFixed(Math.min(decimals, 9));
    return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}
function runChart(comparison) {
    const rows = comparison.runs;
    if (!comparison.base || rows.length < 2 || rows.length > MAX_RUNS || rows.every((row) => row.change === 'unchanged'))
        return undefined;
    if (rows.every((row) => !row.head) || rows.every((row) => !row.base))
        return undefined;
    const base = rows.map((row) => (row.base ? (0,run_total/* runTotalKg */.U)(row.base) : 0));
    const head = rows.map((row) => (row.head ? (0,run_total/* runTotalKg */.U)(row.head) : 0));
    const largest = Math.max(...base, ...head);
    if (!(largest > 0))
        return undefined;
    // Grams when every run is under a kilogram, tonnes from a tonne up, so the axis reads in whole units.
    const [unit, scale] = largest < 1 ? ['g', 1000] : largest >= 1000 ? ['t', 1 / 1000] : ['kg', 1];
    const values = (list) => `[${list.map((kg) => plain(kg * scale)).join(', ')}]`;
    const chart = [
        '```mermaid',
        'xychart-beta',
        `  title "CO2e per run (${unit}): bars = this PR, line = base"`,
        `  x-axis [${rows.map((row) => `"${(0,report_escape/* mermaidLabel */._b)(row.id)}"`).join(', ')}]`,
        `  y-axis "${unit} CO2e"`,
        `  bar ${values(head)}`,
        `  line ${values(base)}`,
        '```',
    ].join('\n');
    return `<details><summary>📊 Chart: CO2e per run, this PR against base</summary>\n\n${chart}\n\n</details>`;
}

;// CONCATENATED MODULE: ./build/action/outputs.js
/** Six significant digits: as much as any estimate here can claim, and stable across platforms. */
function outputNumber(value) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return '';
    return String(Number(value.toPrecision(6)));
}
/** `budgetError`: the budget in force is unknown (base unreadable, or the run could not finish): status `error`. */
function stepOutputs(comparison, reportJsonPath, budgetError = false) {
    return {
        'co2e-kg': outputNumber(comparison?.head.total.co2eKg.value),
        'energy-kwh': outputNumber(comparison?.head.total.energyKwh.value),
        'base-co2e-kg': outputNumber(comparison?.base?.total.co2eKg.value),
        'delta-co2e-kg': comparison?.base ? outputNumber(comparison.delta.co2eKg) : '',
        'delta-percent': comparison?.base ? outputNumber(comparison.delta.percent) : '',
        'budget-status': budgetError ? 'error' : (comparison?.budget.status ?? 'none'),
        'report-json': reportJsonPath,
    };
}

;// CONCATENATED MODULE: ./build/github/truncate.js
// Keep markdown under a GitHub size limit, cutting at a line, closing what the cut left open, and saying so visibly.

/** Issue and PR comment bodies: GitHub answers 422 above this. */
const COMMENT_LIMIT_CHARS = 65_536;
/** Check run output.summary and output.text. */
const CHECK_SUMMARY_LIMIT_CHARS = 65_535;
function truncationNotice(limitChars, fullReportUrl) {
    const where = fullReportUrl
        ? `the [job summary of this workflow run](${fullReportUrl})`
        : "this workflow run's job summary";
    return `> [!WARNING]\n> This report was cut to stay under GitHub's ${(0,format/* formatWhole */.$X)(limitChars)}-character limit. The full report is in ${where}.`;
}
function closers(kept) {
    let out = '';
    const fences = (kept.match(/^\s*```/gm) ?? []).length;
    if (fences % 2 === 1)
        out += '```\n';
    const opened = (kept.match(/<details\b/gi) ?? []).length;
    const closed = (kept.match(/<\/details>/gi) ?? []).length;
    out += '</details>\n'.repeat(Math.max(0, opened - closed));
    return out;
}
/** Lengths are UTF-16 code units, never fewer than GitHub's character count, so staying under is safe. */
function truncateMarkdown(markdown, limitChars, notice) {
    if (markdown.length <= limitChars)
        return { text: markdown, truncated: false };
    // Room for closing tags: at most one fence plus every open <details>.
    const openDetails = (markdown.match(/<details\b/gi) ?? []).length;
    const reserve = notice.length + 8 + '```\n'.length + openDetails * '</details>\n'.length;
    let cut = Math.max(0, limitChars - reserve);
    const newline = markdown.lastIndexOf('\n', cut);
    if (newline > 0)
        cut = newline;
    // Never split a surrogate pair.
    const code = markdown.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    const kept = markdown.slice(0, cut).replace(/\s+$/, '');
    const text = `${kept}\n${closers(kept)}\n${notice}\n`;
    return { text, truncated: true };
}

;// CONCATENATED MODULE: ./build/github/checks.js

const CONCLUSION = {
    pass: 'success',
    warn: 'neutral',
    fail: 'failure',
    neutral: 'neutral',
};
const STATE = {
    pass: 'success',
    warn: 'success',
    fail: 'failure',
    neutral: 'success',
};
/** GitHub rejects longer commit status descriptions. */
const STATUS_DESCRIPTION_MAX_CHARS = 140;
function permissionDenied(error) {
    const status = error.status;
    return status === 403 || status === 404;
}
async function publishVerdict(client, target, report) {
    try {
        const { data } = await client.rest.checks.create({
            owner: target.owner,
            repo: target.repo,
            name: target.name,
            head_sha: target.headSha,
            status: 'completed',
            conclusion: CONCLUSION[report.verdict],
            ...(report.detailsUrl ? { details_url: report.detailsUrl } : {}),
            output: {
                title: report.title.slice(0, 255),
                summary: truncateMarkdown(report.summary, CHECK_SUMMARY_LIMIT_CHARS, truncationNotice(CHECK_SUMMARY_LIMIT_CHARS, report.detailsUrl)).text,
            },
        });
        return { kind: 'check-run', id: data.id, url: data.html_url ?? '' };
    }
    catch (error) {
        if (!permissionDenied(error))
            throw error;
    }
    const description = report.title.length > STATUS_DESCRIPTION_MAX_CHARS
        ? `${report.title.slice(0, STATUS_DESCRIPTION_MAX_CHARS - 1)}…`
        : report.title;
    const { data } = await client.rest.repos.createCommitStatus({
        owner: target.owner,
        repo: target.repo,
        sha: target.headSha,
        state: STATE[report.verdict],
        context: target.name,
        description,
        ...(report.detailsUrl ? { target_url: report.detailsUrl } : {}),
    });
    return { kind: 'status', id: data.id };
}

;// CONCATENATED MODULE: ./build/github/identity.js
const UNKNOWN_IDENTITY = { known: false, login: '', type: 'Bot' };
const botLogin = (login) => (login.toLowerCase().endsWith('[bot]') ? login : `${login}[bot]`);
/** GraphQL `viewer` works for user and installation tokens alike (bots without "[bot]"); REST /user for user tokens. */
async function resolveIdentity(client) {
    try {
        const answer = await client.graphql('query { viewer { login __typename } }');
        const login = answer.viewer?.login;
        if (typeof login === 'string' && login) {
            const type = answer.viewer.__typename === 'Bot' || login.endsWith('[bot]') ? 'Bot' : 'User';
            return { known: true, login: type === 'Bot' ? botLogin(login) : login, type };
        }
    }
    catch {
        // fall through to REST
    }
    try {
        const { data } = await client.rest.users.getAuthenticated();
        const type = data.type === 'Bot' ? 'Bot' : 'User';
        return { known: true, login: type === 'Bot' ? botLogin(data.login) : data.login, type };
    }
    catch {
        return UNKNOWN_IDENTITY;
    }
}
function isAuthoredBy(user, identity) {
    if (!user || typeof user.login !== 'string')
        return false;
    const isBot = user.type === 'Bot' || (user.type === undefined && user.login.endsWith('[bot]'));
    if (!identity.known)
        return isBot;
    if (identity.type === 'Bot')
        return isBot && user.login.toLowerCase() === identity.login.toLowerCase();
    return !isBot && user.login.toLowerCase() === identity.login.toLowerCase();
}

;// CONCATENATED MODULE: ./build/github/comments.js

function commentMarker(key) {
    const safe = key
        .trim()
        .replace(/[^A-Za-z0-9._/@:-]+/g, '-')
        .replace(/-{2,}/g, '-') || 'default';
    return `<!-- ml-carbon:report key=${safe} -->`;
}
function withMarker(body, key) {
    return `${commentMarker(key)}\n${body}`;
}
const normalized = (body) => body.replace(/\r\n/g, '\n').trim();
/** Our comments for this key, oldest first. A human comment that pastes the marker is never returned. */
async function findOwnComments(client, target, identity) {
    const marker = commentMarker(target.key);
    const all = await client.paginate(client.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    return all
        .filter((comment) => (comment.body ?? '').split('\n', 1)[0]?.trim() === marker && isAuthoredBy(comment.user, identity))
        .map((comment) => ({ id: comment.id, body: comment.body ?? '', url: comment.html_url }))
        .sort((a, b) => a.id - b.id);
}
async function deleteQuietly(client, target, id) {
    try {
        await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: id });
        return true;
    }
    catch (error) {
        // Another run may have deleted it already.
        if (error.status === 404)
            return false;
        throw error;
    }
}
async function keepOldest(client, target, own, body, createdId) {
    const [keep, ...extra] = own;
    const deletedIds = [];
    for (const duplicate of extra)
        if (await deleteQuietly(client, target, duplicate.id))
            deletedIds.push(duplicate.id);
    if (normalized(keep.body) === normalized(body)) {
        return { action: keep.id === createdId ? 'created' : 'unchanged', id: keep.id, url: keep.url, deletedIds };
    }
    try {
        const { data } = await client.rest.issues.updateComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: keep.id,
            body,
        });
        return { action: 'updated', id: data.id, url: data.html_url, deletedIds };
    }
    catch (error) {
        // Deleted between the listing and the edit (by a person, or a racing run): the report must still be posted.
        if (error.status !== 404)
            throw error;
        const created = await createComment(client, target, body);
        return { ...created, deletedIds };
    }
}
/** `body` must already carry the marker (see withMarker). */
async function upsertComment(client, target, body, identity) {
    const existing = await findOwnComments(client, target, identity);
    if (existing.length)
        return keepOldest(client, target, existing, body);
    const created = await createComment(client, target, body);
    // Re-check: a run racing with this one may have created its own comment meanwhile. The oldest one wins.
    const after = await findOwnComments(client, target, identity);
    if (after.length <= 1)
        return created;
    return keepOldest(client, target, after, body, created.id);
}
async function createComment(client, target, body) {
    const { data } = await client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body,
    });
    return { action: 'created', id: data.id, url: data.html_url, deletedIds: [] };
}

;// CONCATENATED MODULE: ./build/action/publish.js
// Posting to the PR and the commit. Every failure here is a warning with a hint, never the step's failure; the
// warning names the HTTP status, never the server's text (see api-error.ts).





const FORK_HINT = 'A pull request from a fork gets a read-only token, and new repositories default to read-only tokens: grant `pull-requests: write` ' +
    '(and `checks: write` for the check run), or use the two-workflow `workflow_run` set-up from the docs. The full report is in the job summary.';
/** The comment body: keyed marker, report cut to GitHub's limit with a pointer to the job summary. */
function commentBody(markdown, key, runUrl) {
    const markerLength = withMarker('', key).length;
    const fitted = truncateMarkdown(markdown, COMMENT_LIMIT_CHARS - markerLength, truncationNotice(COMMENT_LIMIT_CHARS, runUrl));
    return { body: withMarker(fitted.text, key), truncated: fitted.truncated };
}
async function publishComment(client, log, target, body, mode) {
    try {
        if (mode === 'new') {
            const created = await createComment(client, target, body);
            log.info(`ml-carbon: posted comment ${created.url}`);
            return created.url;
        }
        const identity = await resolveIdentity(client);
        const result = await upsertComment(client, target, body, identity);
        log.info(`ml-carbon: comment ${result.action} (${result.url})${result.deletedIds.length ? `, removed ${result.deletedIds.length} duplicate(s)` : ''}`);
        return result.url;
    }
    catch (error) {
        const status = error.status;
        log.warning(`ml-carbon could not comment on #${target.issueNumber}: ${(0,api_error/* describeApiError */.g)(error)}.${status === 403 || status === 404 ? ` ${FORK_HINT}` : ' The full report is in the job summary.'}`);
        return undefined;
    }
}
async function publishCheck(client, log, target, report) {
    try {
        const published = await publishVerdict(client, { ...target, name: 'ml-carbon' }, report);
        log.info(published.kind === 'check-run'
            ? `ml-carbon: check run ${published.url}`
            : 'ml-carbon: checks not permitted; set a commit status instead');
    }
    catch (error) {
        log.warning(`ml-carbon could not set a check run or commit status on ${target.headSha.slice(0, 7)}: ${(0,api_error/* describeApiError */.g)(error)}. Grant \`checks: write\` or \`statuses: write\`; the step's exit code still carries the verdict.`);
    }
}

;// CONCATENATED MODULE: ./build/github/pulls.js
async function findPull(client, repo, by) {
    if (by.number !== undefined) {
        const { data } = await client.rest.pulls.get({ ...repo, pull_number: by.number });
        return {
            number: data.number,
            headSha: data.head.sha,
            baseSha: data.base.sha,
            baseRef: data.base.ref,
            headRepo: data.head.repo?.full_name,
        };
    }
    const open = await client.paginate(client.rest.pulls.list, { ...repo, state: 'open', per_page: 100 });
    const match = open.find((pull) => pull.head.sha === by.headSha);
    return (match && {
        number: match.number,
        headSha: match.head.sha,
        baseSha: match.base.sha,
        baseRef: match.base.ref,
        headRepo: match.head.repo?.full_name,
    });
}
/** A branch or tag name (or a full SHA) to a commit SHA through the git refs API. */
async function resolveRemoteRef(client, repo, ref) {
    if (/^[0-9a-f]{40}$/i.test(ref))
        return ref.toLowerCase();
    const name = ref.replace(/^refs\//, '');
    const candidates = name.startsWith('heads/') || name.startsWith('tags/') ? [name] : [`heads/${name}`, `tags/${name}`];
    for (const candidate of candidates) {
        try {
            const { data } = await client.rest.git.getRef({ ...repo, ref: candidate });
            return data.object.sha;
        }
        catch (error) {
            if (error.status !== 404)
                throw error;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/action/resolve-target.js


/** Events whose base is known only from the event file. */
const EVENTS_WITH_BASE = new Set(['pull_request', 'pull_request_target', 'workflow_run', 'push']);
async function resolveTarget(client, target, eventProblem, log) {
    if (eventProblem && EVENTS_WITH_BASE.has(target.event))
        return { target: { ...target, canComment: false }, problems: { baseProblem: eventProblem } };
    if (!target.needsPullLookup)
        return { target, problems: {} };
    if (!client)
        return {
            target: { ...target, canComment: false },
            problems: { baseProblem: 'the pull request could not be looked up without a github-token' },
        };
    try {
        const pull = await findPull(client, { owner: target.owner, repo: target.repo }, { number: target.prNumber, headSha: target.headSha });
        if (!pull) {
            log(`no open pull request has head ${target.headSha.slice(0, 7)}; reporting without a comment`);
            return { target: { ...target, canComment: false }, problems: { noPull: true } };
        }
        return {
            target: {
                ...target,
                prNumber: pull.number,
                baseSha: pull.baseSha,
                baseRef: pull.baseRef,
                isFork: pull.headRepo !== `${target.owner}/${target.repo}`,
            },
            problems: {},
        };
    }
    catch (error) {
        return {
            target: { ...target, canComment: target.prNumber !== undefined },
            problems: { baseProblem: `the pull request could not be looked up: ${(0,api_error/* describeApiError */.g)(error)}` },
        };
    }
}

// EXTERNAL MODULE: ./build/action/runner-env.js
var runner_env = __webpack_require__(2067);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/files/git.js
var git = __webpack_require__(4160);
// EXTERNAL MODULE: ./build/logs/log-path.js
var log_path = __webpack_require__(1770);
;// CONCATENATED MODULE: ./build/files/resolve-log-path.js
// Shell side: the on-disk path of a log, refusing paths (and symlinks) that leave the repository.
// Synchronous: node:fs/promises is a module of its own that the CLI would otherwise compile at every start.



/**
 * Resolves `logPath` (as written in the manifest, relative to `manifestDir`) inside `repoRoot`. Absolute paths,
 * `..` escapes and symlinks whose target lies outside the repository are refused with an InputProblem. A path that
 * does not exist is returned as is; reading it reports the missing file.
 */
async function resolveLogPath(repoRoot, manifestDir, logPath, manifestFile = 'ml-carbon.yml') {
    const root = external_node_path_.resolve(repoRoot);
    const relativeDir = external_node_path_.relative(root, external_node_path_.resolve(root, manifestDir)).split(external_node_path_.sep).join('/');
    const checked = (0,log_path/* checkLogPath */.E)(manifestFile, relativeDir, logPath);
    if (!checked.ok)
        return checked;
    const absolutePath = external_node_path_.join(root, ...checked.repoPath.split('/'));
    let realRoot;
    let realTarget;
    try {
        realRoot = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        realRoot = root;
    }
    try {
        realTarget = (0,external_node_fs_.realpathSync)(absolutePath);
    }
    catch {
        return { ok: true, absolutePath };
    }
    const inside = external_node_path_.relative(realRoot, realTarget);
    if (inside === '' || inside.startsWith('..') || external_node_path_.isAbsolute(inside)) {
        return {
            ok: false,
            problem: {
                file: manifestFile,
                message: `log path "${logPath}" is a symlink to ${realTarget}, outside the repository`,
                hint: 'logs must live in the repository; commit the file itself instead of a link',
                severity: 'error',
            },
        };
    }
    return { ok: true, absolutePath };
}

;// CONCATENATED MODULE: ./build/files/local.js
// A FileReader over the local file system, rooted at a folder, and the CLI's view of a manifest named on the command
// line: its repository (the git top-level of its folder) and its path inside it, whatever the current directory.
// Synchronous reads: node:fs/promises is a module of its own that the CLI would otherwise compile at every start.



function realOrSame(target) {
    try {
        return (0,external_node_fs_.realpathSync)(target);
    }
    catch {
        return target;
    }
}
function inside(root, target) {
    const relative = external_node_path_.relative(root, target);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_.isAbsolute(relative));
}
/** readText reads whole files (manifests, config.json); past this size only the start is read, which every reader
 * then refuses as too large, so a 2 GB "manifest" never lands in memory. Logs are streamed instead. */
const READ_TEXT_MAX_BYTES = 16 * 1024 * 1024;
async function readStart(full) {
    if ((0,external_node_fs_.statSync)(full).size <= READ_TEXT_MAX_BYTES)
        return (0,external_node_fs_.readFileSync)(full, 'utf8');
    const handle = (0,external_node_fs_.openSync)(full, 'r');
    try {
        const buffer = Buffer.alloc(READ_TEXT_MAX_BYTES);
        const bytesRead = (0,external_node_fs_.readSync)(handle, buffer, 0, READ_TEXT_MAX_BYTES, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(handle);
    }
}
const FOLDER_REFUSAL = 'it is a folder, not a file';
function localFiles(root = process.cwd()) {
    const realRoot = realOrSame(external_node_path_.resolve(root));
    /** A regular file whose real location is inside the root (a symlink may not lead out of the repository). */
    const readable = (repoPath) => {
        const full = external_node_path_.resolve(root, repoPath);
        if (!(0,external_node_fs_.existsSync)(full) || !(0,external_node_fs_.statSync)(full).isFile())
            return undefined;
        return inside(realRoot, realOrSame(full)) ? full : undefined;
    };
    return {
        async readText(repoPath) {
            const full = readable(repoPath);
            return full ? readStart(full) : undefined;
        },
        /** Paths (or symlinks) whose target lies outside the root are refused, without reading them. */
        async refuse(repoPath) {
            const full = external_node_path_.resolve(root, repoPath);
            if ((0,external_node_fs_.existsSync)(full) && (0,external_node_fs_.statSync)(full).isDirectory())
                return FOLDER_REFUSAL;
            const resolved = await resolveLogPath(root, '.', repoPath);
            if (resolved.ok)
                return undefined;
            return /symlink/.test(resolved.problem.message)
                ? 'it is a symlink to a file outside the repository'
                : resolved.problem.message;
        },
        openStream(repoPath) {
            const full = readable(repoPath);
            return full ? (0,external_node_fs_.createReadStream)(full) : undefined;
        },
    };
}
/**
 * The git top-level holding `folder`, or the folder itself outside git. Real paths, so symlinked prefixes agree.
 * Found the way git finds it: the nearest folder upwards with a `.git` entry (a folder, or the file of a worktree or
 * submodule). Looked up on disk rather than by running git, which would cost every command a process.
 */
function repositoryRoot(folder) {
    const real = realOrSame(folder);
    for (let current = real;;) {
        if (existsSync(path.join(current, '.git')))
            return current;
        const parent = path.dirname(current);
        if (parent === current)
            return real;
        current = parent;
    }
}
/**
 * A manifest named on the command line (relative to `cwd`, or absolute): log paths in it are relative to it and may
 * not leave its repository, so the same manifest gives the same report from any current directory.
 */
function localManifest(cwd, manifestPath) {
    const absolute = path.resolve(cwd, manifestPath);
    const folder = realOrSame(path.dirname(absolute));
    const root = repositoryRoot(folder);
    const relative = path
        .relative(root, path.join(folder, path.basename(absolute)))
        .split(path.sep)
        .join('/');
    return { manifestPaths: [relative], files: localFiles(root), root };
}

;// CONCATENATED MODULE: ./build/action/file-listing.js
// Repository file listings for manifest globs: the workspace on disk, or a commit in the local git history.



const SKIP = new Set(['.git', 'node_modules']);
const MAX_FILES = 100_000;
function workspaceListing(root) {
    const out = [];
    const walk = (folder, prefix) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (out.length >= MAX_FILES)
                return;
            if (entry.isDirectory() && !SKIP.has(entry.name))
                walk((0,external_node_path_.join)(folder, entry.name), `${prefix}${entry.name}/`);
            else if (entry.isFile())
                out.push(`${prefix}${entry.name}`);
        }
    };
    walk(root, '');
    return out;
}
async function commitListing(repoDir, sha) {
    if (!(0,git/* hasCommit */.QE)(repoDir, sha))
        return undefined;
    const text = await (0,git/* gitOutput */.oM)(repoDir, ['ls-tree', '-r', '--name-only', '-z', sha]);
    return text?.split('\0').filter(Boolean);
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
;// CONCATENATED MODULE: ./build/action/manifest-paths.js
// Manifest inputs (paths or globs, relative to working-directory) -> repository-relative manifest paths.


function isGlob(pattern) {
    return /[*?[{]/.test(pattern);
}
/** `**` crosses folders, `*` and `?` do not, `{a,b}` alternates, `[...]` is a character class (picomatch). */
function globToRegExp(pattern) {
    return picomatch.makeRe(pattern, { dot: true });
}
/** `listing` holds every repository-relative file path, or is undefined when none can be had (e.g. API-only commit). */
function resolveManifests(patterns, workingDirectory, listing) {
    const paths = new Set();
    const unmatched = [];
    const unexpanded = [];
    for (const pattern of patterns) {
        const full = external_node_path_.posix
            .normalize(external_node_path_.posix.join(workingDirectory.replace(/\\/g, '/'), pattern.replace(/\\/g, '/')))
            .replace(/^\.\//, '');
        if (!isGlob(pattern)) {
            paths.add(full);
            continue;
        }
        if (!listing) {
            unexpanded.push(pattern);
            continue;
        }
        const regex = globToRegExp(full);
        const matches = listing.filter((path) => regex.test(path));
        if (!matches.length)
            unmatched.push(pattern);
        for (const match of matches)
            paths.add(match);
    }
    return { paths: [...paths].sort(), unmatched, unexpanded };
}

;// CONCATENATED MODULE: ./build/action/sources.js
// Head and base sources for the pipeline: which commits, read from where (workspace, local git, the API), and which
// manifest paths on each side. The base is one of three states, and only "ready" lets the gate judge a budget:
//   none        the event has no base (a push creating a branch, workflow_dispatch): the head's budget is in force;
//   ready       the base branch tip was read (with or without a manifest on it);
//   unreadable  there should be a base but it could not be read: the budget in force is unknown, the gate fails closed.










/** More manifests than this on one side is an error: each costs a request through the API and a parse. */
const MAX_MANIFESTS = 50;
const sources_short = (sha) => sha.slice(0, 7);
function via(files) {
    return files.source === 'git' ? 'local git' : 'the API';
}
async function listingOf(access, sha, files, patterns) {
    if (!patterns.some(isGlob))
        return undefined;
    return files.listing ?? (await commitListing(access.repoDir, sha));
}
/** Manifest paths in the workspace that are symlinks leading out of it are refused (their content is never read). */
function refuseEscapingManifests(workspace, paths) {
    const problems = [];
    let root;
    try {
        root = (0,external_node_fs_.realpathSync)(workspace);
    }
    catch {
        root = (0,external_node_path_.resolve)(workspace);
    }
    const kept = paths.filter((path) => {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(workspace, path));
        }
        catch {
            return true; // absent: the pipeline reports it
        }
        const inside = (0,external_node_path_.relative)(root, real);
        if (inside && !inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside))
            return true;
        problems.push({
            file: path,
            severity: 'error',
            message: 'the manifest is a symlink to a file outside the repository and was not read',
            hint: 'commit the manifest itself, not a link to it',
        });
        return false;
    });
    return { kept, problems };
}
function capManifests(paths, side) {
    if (paths.length <= MAX_MANIFESTS)
        return { paths };
    return {
        paths: paths.slice(0, MAX_MANIFESTS),
        problem: `${paths.length} manifests matched on ${side}; at most ${MAX_MANIFESTS} are read`,
    };
}
async function resolveOverride(access, ref) {
    const local = await (0,git/* resolveLocalRef */.hp)(access.repoDir, ref);
    if (local)
        return { ref, sha: local };
    if (!access.client)
        return {
            problem: `base-ref \`${ref}\` is not in the checkout, and ${access.noClientReason ?? 'there is no token'}`,
        };
    try {
        const sha = await resolveRemoteRef(access.client, access.repo, ref);
        return sha ? { ref, sha } : { problem: `base-ref \`${ref}\` names no branch, tag or commit` };
    }
    catch (error) {
        return { problem: `base-ref \`${ref}\` could not be resolved: ${(0,api_error/* describeApiError */.g)(error)}` };
    }
}
async function headSource(access, target, inputs, workspace, notes, warnings) {
    const fromCommit = target.headSource === 'commit';
    const commit = fromCommit ? await (0,base_files/* openCommit */.Cg)(access, target.headSha) : undefined;
    const listing = commit
        ? await listingOf(access, target.headSha, commit, inputs.manifests)
        : workspaceListing(workspace);
    const resolved = resolveManifests(inputs.manifests, inputs.workingDirectory, listing);
    for (const pattern of resolved.unmatched)
        warnings.push(`\`${pattern}\` matched no file`);
    for (const pattern of resolved.unexpanded)
        warnings.push(`\`${pattern}\` is a glob, but the head commit could not be listed; give plain paths`);
    const problems = [];
    const capped = capManifests(resolved.paths, 'the head');
    if (capped.problem)
        problems.push({
            file: 'workflow',
            path: 'with.manifest',
            severity: 'error',
            message: capped.problem,
            hint: 'narrow the glob, or run the action once per group of packages with its own comment-key',
        });
    let paths = capped.paths;
    if (!commit) {
        const refused = refuseEscapingManifests(workspace, paths);
        paths = refused.kept;
        problems.push(...refused.problems);
    }
    notes.push(`head files read from ${commit ? `commit ${sources_short(target.headSha)} via ${via(commit)}` : 'the workspace'}`);
    const listHead = async () => commit ? (commit.listing ?? (await commitListing(access.repoDir, target.headSha))) : workspaceListing(workspace);
    return {
        head: { manifestPaths: paths, files: commit ? commit.files : localFiles(workspace) },
        problems,
        listHead,
    };
}
/** At most this many files the PR deletes are looked at for a budget left behind (each may cost a request). */
const MAX_LEFT_BEHIND_CANDIDATES = 20;
/**
 * Manifests with a budget that the base tip has and the PR deletes or moves. On `pull_request` the workflow, and so
 * the `manifest` input, is the PR's own: moving the manifest and pointing the input at the new path must not leave
 * the base's budget behind. Only YAML files the head lacks are read, and only those with top-level `runs:` and
 * `budget:` count.
 */
async function budgetsLeftBehind(access, sha, tip, known, listHead) {
    const tipListing = tip.listing ?? (await commitListing(access.repoDir, sha));
    if (!tipListing)
        return [];
    const headListing = await listHead();
    if (!headListing)
        return [];
    const atHead = new Set(headListing);
    const skip = new Set(known);
    const candidates = tipListing
        .filter((path) => /\.ya?ml$/i.test(path) && !/(^|\/)node_modules\//.test(path))
        .filter((path) => !atHead.has(path) && !skip.has(path))
        .slice(0, MAX_LEFT_BEHIND_CANDIDATES);
    const found = [];
    for (const path of candidates) {
        const text = await tip.files.readText(path);
        if (text && /^runs\s*:/m.test(text) && /^budget\s*:/m.test(text))
            found.push(path);
    }
    return found;
}
async function baseSides(access, choice, inputs, headPaths, notes, warnings, listHead) {
    const open = async (sha) => {
        const files = await (0,base_files/* openCommit */.Cg)(access, sha);
        const listing = await listingOf(access, sha, files, inputs.manifests);
        // Manifests that only exist on base (deleted by the PR) are compared too, when the commit can be listed.
        const own = resolveManifests(inputs.manifests, inputs.workingDirectory, listing).paths;
        const all = [...new Set([...headPaths, ...own])].sort();
        return { files, paths: all };
    };
    const compared = await open(choice.sha);
    notes.push(`base files read from commit ${sources_short(choice.sha)} via ${via(compared.files)}`);
    const opened = choice.budgetSha === choice.sha ? compared : await open(choice.budgetSha);
    if (opened !== compared)
        notes.push(`budget read from the base branch tip ${sources_short(choice.budgetSha)} via ${via(opened.files)}`);
    const leftBehind = await budgetsLeftBehind(access, choice.budgetSha, opened.files, opened.paths, listHead);
    for (const path of leftBehind)
        notes.push(`the PR deletes or moves \`${path}\`; its budget on the base branch tip stays in force`);
    warnings.push(...leftBehind.map((path) => `this PR deletes or moves \`${path}\`: its budget on the base branch stays in force`));
    const tip = leftBehind.length ? { ...opened, paths: [...opened.paths, ...leftBehind].sort() } : opened;
    const capped = capManifests(tip.paths, `the base commit ${sources_short(choice.budgetSha)}`);
    if (capped.problem)
        return { kind: 'unreadable', reason: `${capped.problem}, so its budget is not fully known` };
    const source = { manifestPaths: capManifests(compared.paths, 'the base').paths, files: compared.files.files };
    const budgetSource = opened === compared && tip === opened ? source : { manifestPaths: capped.paths, files: tip.files.files };
    return { kind: 'ready', choice, source, budgetSource };
}
async function buildSources(access, target, targetProblems, inputs, workspace, workflowPath) {
    const notes = [];
    const warnings = [];
    const { head, problems: headProblems, listHead, } = await headSource(access, target, inputs, workspace, notes, warnings);
    const result = (base) => ({ head, headProblems, base, notes, warnings });
    if (targetProblems.baseProblem)
        return result({ kind: 'unreadable', reason: targetProblems.baseProblem });
    const facts = await (0,git/* checkoutFacts */.yC)(workspace, target.baseSha, target.headSha);
    let override;
    if (inputs.baseRef) {
        const resolved = await resolveOverride(access, inputs.baseRef);
        if ('problem' in resolved)
            return result({ kind: 'unreadable', reason: resolved.problem });
        // The PR's own commits cannot hold the budget that judges it.
        const prCommits = [target.headSha, target.event === 'pull_request' ? facts.head : undefined];
        if ((0,action_event/* expectsPullBase */.jU)(target.event) && prCommits.includes(resolved.sha))
            return result({
                kind: 'unreadable',
                reason: `base-ref \`${inputs.baseRef}\` is the pull request's own commit ${sources_short(resolved.sha)}, which cannot hold the budget that judges it`,
            });
        override = resolved;
    }
    const choice = (0,action_event/* chooseBase */.bf)(target, {
        workspaceHead: facts.head,
        workspaceParents: facts.parents,
        mergeBase: facts.mergeBase,
        override,
    });
    if (!choice) {
        if ((0,action_event/* expectsPullBase */.jU)(target.event) && !targetProblems.noPull)
            return result({ kind: 'unreadable', reason: `the \`${target.event}\` event names no base commit` });
        return result({
            kind: 'none',
            why: targetProblems.noPull
                ? `no open pull request has head ${sources_short(target.headSha)}`
                : `\`${target.event}\` event without a base commit; set \`base-ref\` to compare`,
        });
    }
    try {
        const base = await baseSides(access, choice, inputs, head.manifestPaths, notes, warnings, listHead);
        if (base.kind === 'ready' && target.event === 'pull_request' && workflowPath) {
            const before = await base.budgetSource.files.readText(workflowPath);
            const after = await head.files.readText(workflowPath);
            if (before !== after)
                warnings.push(`this PR ${before === undefined ? 'adds' : 'changes'} \`${workflowPath}\`, the workflow running this check: on \`pull_request\` its inputs (budget overrides, \`mode\`, \`base-ref\`, \`manifest\`) are the PR's own, so review that change before trusting the verdict, or run the gate from \`pull_request_target\` or \`workflow_run\``);
        }
        return result(base);
    }
    catch (error) {
        if (error instanceof base_files/* CommitUnreadable */.BZ)
            return result({ kind: 'unreadable', reason: error.message });
        throw error;
    }
}

// EXTERNAL MODULE: ./build/action/workflow-commands.js
var workflow_commands = __webpack_require__(1721);
;// CONCATENATED MODULE: ./build/action/step-report.js
// What the step leaves on the runner whatever happens: outputs, the job summary and the JSON report file.




/** The job summary accepts up to 1 MiB; stay clear of it. */
const SUMMARY_LIMIT_CHARS = 1_000_000;
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        workflow_commands/* setOutput */.uH(name, value);
}
/** Outputs of a run that could not produce an analysis: empty figures, budget-status error. */
function setErrorOutputs() {
    setOutputs(stepOutputs(undefined, '', true));
}
async function writeSummary(markdown) {
    try {
        const text = markdown.length > SUMMARY_LIMIT_CHARS
            ? `${markdown.slice(0, SUMMARY_LIMIT_CHARS)}\n\n(report cut at 1 MB; the JSON report has everything)\n`
            : markdown;
        workflow_commands/* appendSummary */.fe(text);
    }
    catch (error) {
        workflow_commands/* warning */.$e(`ml-carbon could not write the job summary: ${error.message}`);
    }
}
function writeJsonReport(env, key, analysis) {
    const folder = (0,external_node_path_.join)(env.runnerTemp, 'ml-carbon');
    const path = (0,external_node_path_.join)(folder, `report-${key.replace(/[^A-Za-z0-9._-]+/g, '-')}.json`);
    try {
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(analysis?.json ?? null, null, 2)}\n`);
        return path;
    }
    catch (error) {
        workflow_commands/* warning */.$e(`ml-carbon could not write the JSON report to ${path}: ${error.message}`);
        return '';
    }
}

;// CONCATENATED MODULE: ./build/action/main.js


















const log = { info: (message) => workflow_commands/* info */.pq(message), warning: (message) => workflow_commands/* warning */.$e(message) };
/** Runs the action; whatever goes wrong, the outputs and the job summary are written and the step says why it failed. */
async function run(started) {
    try {
        await runAction(started);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setErrorOutputs();
        await writeSummary(`### 🌱 ml-carbon could not finish\n\n${message}\n`);
        workflow_commands/* setFailed */.C1(`ml-carbon failed: ${message}`);
    }
}
async function runAction(started) {
    const { env } = started;
    const parsed = parseInputs((name) => (0,input_names/* inputFromEnv */.yj)(process.env, name));
    const inputs = parsed.inputs;
    if (!inputs)
        return reportInvalidInputs(parsed.problems);
    // The entry counted the time limit from the start by the same rules; a new one is a guard, never expected.
    const deadline = started.deadline?.totalMs === inputs.timeLimitMs ? started.deadline : new github_deadline/* Deadline */.B(inputs.timeLimitMs);
    const backstop = armBackstop(inputs, deadline);
    try {
        await runWithin(env, inputs, deadline, started.listings);
    }
    finally {
        clearTimeout(backstop);
        deadline.dispose();
    }
}
async function reportInvalidInputs(problems) {
    for (const problem of problems)
        workflow_commands/* error */.z3((0,errors/* formatProblem */.V)(problem));
    setOutputs(stepOutputs(undefined, ''));
    await writeSummary(['### 🌱 ml-carbon: invalid inputs', '', '```text', ...problems.map(errors/* formatProblem */.V), '```', ''].join('\n'));
    workflow_commands/* setFailed */.C1('ml-carbon: invalid action inputs (see above)');
}
/**
 * The time limit aborts every API request; this timer covers the rest (a hung git process, a file system that stops
 * answering). Past the limit plus a grace period it writes the error outputs and ends the process.
 */
function armBackstop(inputs, deadline) {
    const graceMs = Math.max(5000, Math.min(30_000, inputs.timeLimitMs / 10));
    const timer = setTimeout(() => {
        const message = `ml-carbon did not finish within its time limit of ${Math.round(deadline.totalMs / 1000)} s (input \`time-limit-seconds\`)`;
        setErrorOutputs();
        void writeSummary(`### 🌱 ml-carbon could not finish\n\n${message}.\n`).finally(() => {
            if (inputs.mode === 'gate')
                workflow_commands/* setFailed */.C1(message);
            else
                workflow_commands/* warning */.$e(message);
            process.exit(process.exitCode ?? 0);
        });
    }, inputs.timeLimitMs + graceMs);
    timer.unref();
    return timer;
}
function apiAccess(env, inputs, deadline, listings) {
    const [owner = '', repo = ''] = env.repository.split('/');
    const base = { repo: { owner, repo }, repoDir: env.workspace, listings };
    if (env.repositoryProblem)
        return { ...base, noClientReason: `${env.repositoryProblem}, so the API is not asked` };
    if (!inputs.githubToken)
        return { ...base, noClientReason: 'no github-token was given (a secret is not passed to a fork PR)' };
    const client = createClient({
        token: inputs.githubToken,
        baseUrl: env.apiUrl,
        retry: {
            deadline,
            requestTimeoutMs: inputs.requestTimeoutMs,
            ...(env.retryBaseMs === undefined ? {} : { baseDelayMs: env.retryBaseMs }),
        },
        log: (message) => workflow_commands/* info */.pq(message),
    });
    return { ...base, client };
}
async function runWithin(env, inputs, deadline, listings) {
    const access = apiAccess(env, inputs, deadline, listings);
    if (access.noClientReason)
        workflow_commands/* warning */.$e(`ml-carbon: ${access.noClientReason}; the report goes to the job summary only`);
    if (env.eventProblem)
        workflow_commands/* warning */.$e(`ml-carbon: ${env.eventProblem}`);
    const resolved = await resolveTarget(access.client, (0,action_event/* targetFromEvent */.El)({ eventName: env.eventName, payload: env.payload, repository: env.repository, sha: env.sha }, { prNumber: inputs.prNumber, headSha: inputs.headSha }), env.eventProblem, (message) => workflow_commands/* info */.pq(`ml-carbon: ${message}`));
    const target = resolved.target;
    let settled;
    try {
        const sources = await buildSources(access, target, resolved.problems, inputs, env.workspace, env.workflowPath);
        for (const note of sources.notes)
            workflow_commands/* info */.pq(`ml-carbon: ${note}`);
        for (const warning of sources.warnings)
            workflow_commands/* warning */.$e(`ml-carbon: ${warning}`);
        settled = await analyzeSources(sources, target, {
            budgetOverride: {
                totalCo2eKg: inputs.maxCo2eKg,
                maxIncreasePercent: inputs.maxIncreasePercent,
                warnIncreasePercent: inputs.warnIncreasePercent,
            },
            extraSections: chartSection,
        });
    }
    catch (error) {
        if (error instanceof HeadUnreadable)
            return headUnreadable(inputs, error.message);
        if (error instanceof base_files/* CommitUnreadable */.BZ)
            return headUnreadable(inputs, new HeadUnreadable(error.message).message);
        throw error;
    }
    const decision = await report(env, inputs, settled);
    if (access.client)
        await publish(access.client, env, inputs, target, settled, decision);
    if (inputs.badge)
        await badge(env, inputs, target, settled);
    if (decision.failure)
        workflow_commands/* setFailed */.C1(decision.failure);
    else if (settled.baseError)
        workflow_commands/* warning */.$e(`ml-carbon: ${decision.title} (${settled.baseError})`);
    else
        workflow_commands/* info */.pq(`ml-carbon: ${decision.title}`);
}
async function headUnreadable(inputs, reason) {
    setErrorOutputs();
    await writeSummary(`### 🌱 ml-carbon could not finish\n\n${reason}.\n`);
    if (inputs.mode === 'gate')
        workflow_commands/* setFailed */.C1(`ml-carbon: ${reason}`);
    else
        workflow_commands/* warning */.$e(`ml-carbon: ${reason}`);
}
/** Outputs, annotations, JSON report and job summary; returns the verdict. */
async function report(env, inputs, settled) {
    const { analysis, baseError } = settled;
    const reportPath = writeJsonReport(env, inputs.commentKey, analysis);
    const inputErrors = analysis.problems.filter((problem) => problem.severity === 'error').length;
    // With errors in the head's input the budget was not checked on the whole head: `error`, never `pass`.
    setOutputs(stepOutputs(analysis.comparison, reportPath, baseError !== undefined || inputErrors > 0));
    for (const problem of analysis.problems)
        (problem.severity === 'error' ? workflow_commands/* error */.z3 : workflow_commands/* warning */.$e)((0,errors/* formatProblem */.V)(problem));
    await writeSummary(analysis.fullMarkdown);
    return decide(analysis.comparison, {
        mode: inputs.mode,
        failOnBudget: inputs.failOnBudget,
        inputErrors,
        baseError,
        onBaseError: inputs.onBaseError,
    });
}
async function publish(client, env, inputs, target, settled, decision) {
    const markdown = settled.analysis.markdown;
    const detailsUrl = (0,runner_env/* runUrl */.V)(env);
    if (target.canComment && target.prNumber !== undefined && inputs.comment !== 'off') {
        const { body, truncated } = commentBody(markdown, inputs.commentKey, detailsUrl);
        if (truncated)
            workflow_commands/* info */.pq('ml-carbon: the comment was cut to 65,536 characters; the job summary has the full report');
        const posted = await publishComment(client, log, { owner: target.owner, repo: target.repo, issueNumber: target.prNumber, key: inputs.commentKey }, body, inputs.comment);
        if (posted === undefined)
            await writeSummary(`> [!NOTE]\n> The PR comment could not be posted (a fork PR's token is read-only; the log's warning says why). This summary is the report.\n`);
    }
    if (target.headSha && /^[0-9a-f]{40}$/i.test(target.headSha)) {
        await publishCheck(client, log, { owner: target.owner, repo: target.repo, headSha: target.headSha }, { verdict: decision.verdict, title: decision.title, summary: markdown, detailsUrl });
    }
}
/** A failed badge push is a warning: the gate's verdict does not depend on it. */
async function badge(env, inputs, target, settled) {
    const estimate = settled.analysis.head.estimate;
    if (!estimate)
        return;
    if (!isDefaultBranchPush(env.eventName, env.payload)) {
        workflow_commands/* info */.pq('ml-carbon: `badge` publishes only on pushes to the default branch');
        return;
    }
    const repository = env.payload.repository;
    try {
        // Loaded here only: the badge renderer's font tables cost start-up on every other run.
        const { publishFromAction } = await __webpack_require__.e(/* import() */ 481).then(__webpack_require__.bind(__webpack_require__, 4481));
        const result = await publishFromAction({
            estimate,
            repoDir: env.workspace,
            sha: target.headSha,
            branch: inputs.badgeBranch,
            defaultBranch: typeof repository?.default_branch === 'string' ? repository.default_branch : undefined,
            figure: inputs.badgeFigure,
            grades: inputs.badgeGrades,
            budgetKg: settled.analysis.comparison.budget.limits.totalCo2eKg,
            repository: env.repository,
            timeoutMs: Math.max(1000, Math.min(120_000, inputs.timeLimitMs)),
        });
        for (const problem of result.problems)
            workflow_commands/* warning */.$e((0,errors/* formatProblem */.V)(problem));
        if (result.published)
            workflow_commands/* info */.pq(`ml-carbon: badge "${result.published.badge.message}" published to branch \`${result.published.branch}\``);
    }
    catch (error) {
        workflow_commands/* warning */.$e(`ml-carbon could not publish the badge to \`${inputs.badgeBranch}\`: ${redactUrls(error.message).slice(0, 300)}. The report and the gate are not affected; check that the job has \`contents: write\`.`);
    }
}
/** git can name a remote URL with credentials in it (https://x-access-token:TOKEN@host/...). */
function redactUrls(text) {
    return text.replace(/\/\/[^/@\s]+@/g, '//***@');
}
/** The base-vs-head chart, where it helps a reader more than the table. */
function chartSection(comparison) {
    const chart = runChart(comparison);
    return chart ? [chart] : [];
}


/***/ }),

/***/ 9970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ runTotalKg)
/* harmony export */ });
/** Training plus serving CO2e of a run, central value. */
const runTotalKg = (run) => run.co2eKg.value + (run.inference?.co2eKg.value ?? 0);


/***/ }),

/***/ 9473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatProblem)
/* harmony export */ });
/* unused harmony export InputError */
// Problems with user input are values until the edge decides how to show them.
function formatProblem(problem) {
    const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
    const field = problem.path ? ` ${problem.path}:` : '';
    const hint = problem.hint ? ` (${problem.hint})` : '';
    return `${where}:${field} ${problem.message}${hint}`;
}
/** Thrown at the edge when input is unusable; carries every problem found, not only the first. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.problems = problems;
        this.name = 'InputError';
    }
}


/***/ }),

/***/ 1770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkLogPath)
/* harmony export */ });
/* harmony import */ var node_path_posix__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Where a manifest's log path points, checked without touching the file system: relative, inside the repository.

/**
 * The repository-relative POSIX path of a log named in a manifest, or a problem when the path is absolute or
 * climbs out of the repository. `manifestDir` is the manifest's folder relative to the repository root ('' or '.'
 * for the root). Backslashes count as separators so Windows-style paths are judged the same way.
 */
function checkLogPath(manifestFile, manifestDir, logPath, field) {
    const refuse = (message, hint) => ({
        ok: false,
        problem: { file: manifestFile, ...(field ? { path: field } : {}), message, hint, severity: 'error' },
    });
    const written = logPath.trim();
    if (written === '')
        return refuse('log path is empty', 'give a path relative to the manifest, e.g. logs/emissions.csv');
    if (written.includes('\0'))
        return refuse('log path contains a NUL character', 'give a plain relative path');
    const slashed = written.replace(/\\/g, '/');
    if (slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed) || slashed.startsWith('~')) {
        return refuse(`log path "${logPath}" is absolute`, 'logs must live in the repository: give a path relative to the manifest');
    }
    const joined = node_path_posix__WEBPACK_IMPORTED_MODULE_0__.normalize(node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join(manifestDir.replace(/\\/g, '/') || '.', slashed));
    if (joined === '..' || joined.startsWith('../')) {
        return refuse(`log path "${logPath}" leaves the repository`, 'logs must live in the repository; ".." may not climb above its root');
    }
    if (joined === '.' || slashed.endsWith('/'))
        return refuse(`log path "${logPath}" names a folder, not a file`, 'name the log file itself, e.g. logs/emissions.csv');
    return { ok: true, repoPath: joined };
}


/***/ }),

/***/ 9924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ prose),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   qy: () => (/* binding */ proseCell),
/* harmony export */   xK: () => (/* binding */ xmlText)
/* harmony export */ });
/* unused harmony exports MAX_INLINE_CHARS, plain, htmlText */
// The one escaping layer for text the bot did not write (run ids, paths, locations, accelerator names, YAML keys,
// log content in messages), by the context it lands in. Whatever the input, the rendered comment gains no tag, link,
// mention, heading, table cell or marker from it; code contexts keep the text as it was, on one line.
/** GitHub mentions and team mentions start at an @ followed by a name character; a zero-width space breaks that. */
const ZERO_WIDTH_SPACE = '\u200B';
/** Longest user string shown inline; longer ones are cut with an ellipsis (the JSON report keeps them whole). */
const MAX_INLINE_CHARS = 200;
/**
 * Bidirectional embeddings, overrides and isolates: one in a run id would reorder the figures after it on screen
 * ("Trojan Source"). Right-to-left letters themselves are kept.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
function oneLine(text) {
    // Line and paragraph separators, and the C0/C1 controls, would break a line or hide text.
    return (text
        .replace(/\r\n?|[\n\u2028\u2029\u0085]/g, ' ')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
        .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '�')
        .replace(BIDI_CONTROLS, '�'));
}
function capped(text, max = MAX_INLINE_CHARS) {
    const chars = [...text];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
function longestRun(text, char) {
    let longest = 0;
    let current = 0;
    for (const c of text) {
        current = c === char ? current + 1 : 0;
        longest = Math.max(longest, current);
    }
    return longest;
}
function codeSpan(text) {
    const fence = '`'.repeat(longestRun(text, '`') + 1);
    // A space on each side keeps a leading or trailing backtick out of the fence; CommonMark strips one of each.
    const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** User text as inline code in running text (not in a table: use `codeCell`). */
function code(text) {
    const line = capped(oneLine(text));
    return line.trim() === '' ? codeSpan(`"${line}"`) : codeSpan(line);
}
/**
 * User text as inline code inside a GFM table cell: a `|` ends the cell even inside a code span unless escaped, and
 * GitHub removes the backslash before rendering the span.
 */
function codeCell(text) {
    // A backslash right before a pipe would escape the escape: a zero-width space keeps them apart.
    return code(text.replace(/\\(?=\|)/g, `\\${ZERO_WIDTH_SPACE}`)).replace(/\|/g, '\\|');
}
/** Lines of user text as a fenced code block: the fence is longer than any backtick run inside. */
function codeBlock(lines, info = 'text') {
    const body = lines.map((line) => line.replace(/\r\n?/g, '\n').replace(BIDI_CONTROLS, '�')).join('\n');
    const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
    return `${fence}${info}\n${body}\n${fence}`;
}
/** Prose escaping without the line-start rule: no HTML, link, autolink, entity or mention. */
function inlineProse(text) {
    return oneLine(text)
        .trimStart()
        .replace(/\\/g, '\\\\')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([[\]])/g, '\\$1')
        .replace(/:\/\//g, ':\\//')
        .replace(/www\./gi, (match) => `${match.slice(0, 3)}\\.`)
        .replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}
/**
 * Prose that may carry user text (notes and messages composed by other layers): one line, no HTML, no link or image
 * syntax, no autolink, no entity, no mention. Emphasis and code spans the bot wrote keep working.
 */
function prose(text) {
    return neutralizeLineStart(inlineProse(text));
}
/**
 * Prose may start a line (a list item): a heading, list, quote, fence or rule marker there is escaped. A single
 * backtick or tilde starts a code span or nothing, so it stays (a note may open with `a code span`).
 */
function neutralizeLineStart(text) {
    return text
        .replace(/^(\d+)([.)])/, '$1\\$2')
        .replace(/^(`{3,}|~{3,})/, (fence) => `\\${fence}`)
        .replace(/^[#\-+*=_>|]/, (char) => `\\${char}`);
}
/**
 * Prose inside a table cell: as `prose`, and `|` does not end the cell; at most `max` characters of `text`. A cell
 * holds inline content only, so no line-start rule is needed ("42.1 h" stays as it is).
 */
function proseCell(text, max = Number.POSITIVE_INFINITY) {
    return inlineProse(capped(text, max)).replace(/\|/g, '\\|');
}
/**
 * User text as plain text, every markdown punctuation character escaped, for places where code formatting would be
 * wrong (a summary line, a label). Safe in table cells.
 */
function plain(text) {
    return capped(oneLine(text))
        .replace(/[\\`*_{}[\]()#+\-.!|<>~&:"'=$%^;,?/]/g, (char) => char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : `\\${char}`)
        .replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}
/** Text inside raw HTML (a `<summary>`) or an attribute value: entities for the five HTML specials, no mention. */
function htmlText(text) {
    return capped(oneLine(text))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
}
const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or an attribute value in an SVG or XHTML document the project writes (badge, history chart, dashboard). */
function xmlText(text) {
    return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}
/**
 * A label inside a mermaid chart's double quotes: mermaid has no escape for `"`, reads `#...;` as an entity and
 * renders some labels as HTML, so only a safe set of characters is kept (others become `_`).
 */
function mermaidLabel(text, max = 40) {
    return capped(oneLine(text), max).replace(/[^\p{L}\p{N} _.:/+=()-]/gu, '_');
}


/***/ }),

/***/ 4722:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ formatWhole),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   BG: () => (/* binding */ formatHours),
/* harmony export */   Fj: () => (/* binding */ formatKgLike),
/* harmony export */   KC: () => (/* binding */ formatKg),
/* harmony export */   Lu: () => (/* binding */ formatRange),
/* harmony export */   MK: () => (/* binding */ NBSP),
/* harmony export */   Y7: () => (/* binding */ significantFiguresFor),
/* harmony export */   Yz: () => (/* binding */ formatSignedKg),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   c3: () => (/* binding */ formatKwh),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   zU: () => (/* binding */ formatNumberOfRange)
/* harmony export */ });
/* unused harmony exports MINUS, roundSignificant, formatSignificant, formatKgSpan, formatKgOfRange, noWrap */
// The one number formatter for people: significant figures, thousands separators, a unit on every figure that scales
// (g/kg/t…, Wh/kWh/MWh…), U+2212 for every minus sign. Never throws: any finite number, ±Infinity and NaN have a text.
// Values use a plain space between number and unit; renderers that can wrap (markdown, terminal text) pass each value
// through `noWrap` so "−538 kg" never breaks across lines.
const MINUS = '\u2212';
const NBSP = '\u00a0';
/** Deltas smaller than a microgram are float noise, not a change. */
const ZERO_KG = 1e-9;
/** Outside 1e-4 ≤ |x| < 1e15 a plain decimal gets unreadable; write a power of ten instead. */
const PLAIN_MIN = 1e-4;
const PLAIN_MAX = 1e15;
const SUPERSCRIPT = {
    '-': '⁻',
    '0': '⁰',
    '1': '¹',
    '2': '²',
    '3': '³',
    '4': '⁴',
    '5': '⁵',
    '6': '⁶',
    '7': '⁷',
    '8': '⁸',
    '9': '⁹',
};
/** `value` rounded to `figures` significant figures (1..21). Zero and non-finite values come back unchanged. */
function roundSignificant(value, figures = 3) {
    if (value === 0 || !Number.isFinite(value))
        return value;
    return Number(value.toPrecision(Math.min(21, Math.max(1, Math.round(figures)))));
}
/** "1234567.5" -> "1,234,567.5"; the input is a plain non-negative decimal. */
function groupThousands(decimal) {
    const [whole, fraction] = decimal.split('.');
    let grouped = '';
    for (let index = 0; index < whole.length; index++) {
        if (index > 0 && (whole.length - index) % 3 === 0)
            grouped += ',';
        grouped += whole[index];
    }
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
/** A plain decimal string of a finite number with no exponent (String() switches to "1e-7" below 1e-6). */
function plainDecimal(magnitude) {
    const text = String(magnitude);
    if (!text.includes('e'))
        return text;
    const [mantissa, exponentText] = text.split('e');
    const exponent = Number(exponentText);
    const digits = mantissa.replace('.', '');
    const pointAt = mantissa.indexOf('.') === -1 ? mantissa.length : mantissa.indexOf('.');
    const position = pointAt + exponent;
    if (position <= 0)
        return `0.${'0'.repeat(-position)}${digits}`;
    if (position >= digits.length)
        return digits + '0'.repeat(position - digits.length);
    return `${digits.slice(0, position)}.${digits.slice(position)}`;
}
/**
 * A number for people, `figures` significant figures, no unit: "1,230", "0.0123", "−4.5", "2.5 × 10¹⁸", "∞", "n/a".
 * The sign uses U+2212.
 */
function formatSignificant(value, figures = 3) {
    if (Number.isNaN(value))
        return 'n/a';
    if (value === Infinity)
        return '∞';
    if (value === -Infinity)
        return `${MINUS}∞`;
    if (value === 0)
        return '0';
    const sign = value < 0 ? MINUS : '';
    const magnitude = Math.abs(value);
    if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX)
        return sign + groupThousands(plainDecimal(roundSignificant(magnitude, figures)));
    // toExponential rounds mantissa and exponent together, also at the edges of the double range.
    const [mantissa, power] = magnitude.toExponential(Math.min(20, Math.max(0, Math.round(figures) - 1))).split('e');
    const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    const superscript = [...String(Number(power))].map((character) => SUPERSCRIPT[character] ?? character).join('');
    return `${sign}${trimmed} × 10${superscript}`;
}
/**
 * Significant figures a central value deserves given its low/high range: the digit place of the half-width, within
 * min..max.
 */
function significantFiguresFor(range, max = 3, min = 1) {
    const value = Math.abs(range.value);
    const halfWidth = Math.abs(range.high - range.low) / 2;
    if (!Number.isFinite(value) || !Number.isFinite(halfWidth) || value === 0 || halfWidth === 0)
        return max;
    const digits = Math.floor(Math.log10(value)) - Math.floor(Math.log10(halfWidth)) + 1;
    return Math.min(max, Math.max(min, digits));
}
const MASS_UNITS = [
    { symbol: 'g', size: 1e-3 },
    { symbol: 'kg', size: 1 },
    { symbol: 't', size: 1e3 },
    { symbol: 'kt', size: 1e6 },
    { symbol: 'Mt', size: 1e9 },
    { symbol: 'Gt', size: 1e12 },
];
const ENERGY_UNITS = [
    { symbol: 'Wh', size: 1e-3 },
    { symbol: 'kWh', size: 1 },
    { symbol: 'MWh', size: 1e3 },
    { symbol: 'GWh', size: 1e6 },
    { symbol: 'TWh', size: 1e9 },
];
/** The largest unit in which the rounded value is at least 1 (the smallest unit below that). */
function unitFor(rounded, units) {
    const magnitude = Math.abs(rounded);
    let chosen = units[0];
    for (const unit of units)
        if (magnitude >= unit.size * (1 - 1e-12))
            chosen = unit;
    return chosen;
}
/** `baseUnit` names zero and non-finite values. */
function formatScaled(value, units, figures, baseUnit) {
    if (!Number.isFinite(value))
        return `${formatSignificant(value)} ${baseUnit}`;
    const rounded = roundSignificant(value, figures);
    if (rounded === 0)
        return `0 ${baseUnit}`;
    // Rounding the largest doubles up overflows to Infinity; scale those unrounded.
    const basis = Number.isFinite(rounded) ? rounded : value;
    const unit = unitFor(basis, units);
    return `${formatSignificant(basis / unit.size, figures)} ${unit.symbol}`;
}
/** "500 g", "12.3 kg", "1.23 t", "4.5 Mt": three significant figures unless told. */
function formatKg(kg, figures = 3) {
    return formatScaled(kg, MASS_UNITS, figures, 'kg');
}
/**
 * A mass in the unit another figure is shown in, so two figures that are compared read alike: a 1,500 kg budget
 * beside a 163 kg total reads "1,500 kg", not "1.5 t". Falls back to `formatKg` when the reference cannot pick a unit
 * or the two figures are three orders of magnitude or more apart ("1.5 t" beside "163 g").
 */
function formatKgLike(kg, referenceKg, figures = 3) {
    const reference = roundSignificant(Math.abs(referenceKg), figures);
    if (!Number.isFinite(kg) || !Number.isFinite(reference) || reference === 0)
        return formatKg(kg, figures);
    const ratio = Math.abs(kg) / reference;
    if (ratio >= 1000 || ratio <= 0.001)
        return formatKg(kg, figures);
    const unit = unitFor(reference, MASS_UNITS);
    const scaled = kg / unit.size;
    const wholeDigits = Math.max(1, Math.floor(Math.log10(Math.abs(scaled) || 1)) + 1);
    return `${formatSignificant(scaled, Math.max(figures, Math.min(wholeDigits, 15)))} ${unit.symbol}`;
}
/** "5 Wh", "12.3 kWh", "1.23 MWh". */
function formatKwh(kwh, figures = 3) {
    return formatScaled(kwh, ENERGY_UNITS, figures, 'kWh');
}
function formatHours(hours, figures = 3) {
    return `${formatSignificant(hours, figures)} h`;
}
function formatNumber(value, figures = 3) {
    return formatSignificant(value, figures);
}
/** "+46%", "−3.1%", "0%": two significant figures, always signed. */
function formatPercent(percent, figures = 2) {
    const text = formatSignificant(percent, figures);
    return `${percent > 0 && text !== '0' ? '+' : ''}${text}%`;
}
/**
 * A change in mass, always signed: "+41.8 kg", "−3 kg", "±0 g". `scaleKg` (e.g. the figure the change is about) picks
 * the unit of a zero change, so a gram-sized run reads "±0 g", not "±0 kg".
 */
function formatSignedKg(kg, scaleKg) {
    if (Number.isNaN(kg))
        return 'n/a';
    if (Math.abs(kg) < ZERO_KG || roundSignificant(kg, 3) === 0) {
        const reference = Math.abs(scaleKg ?? 1);
        const unit = Number.isFinite(reference) && reference > 0 ? unitFor(reference, MASS_UNITS) : MASS_UNITS[1];
        return `±0 ${unit.symbol}`;
    }
    return `${kg > 0 ? '+' : MINUS}${formatKg(Math.abs(kg))}`;
}
/** "1.2 – 3.4 t": each end formatted by `unit`. */
function formatRange(quantity, unit) {
    return `${unit(quantity.low)} – ${unit(quantity.high)}`;
}
/**
 * A whole number with thousands separators: "1,234", "−12,000". Written out rather than `toLocaleString('en-US')`,
 * whose first call loads Intl's number formatting (about 15 ms, paid on every action run that prints a count).
 */
function formatWhole(value) {
    if (!Number.isFinite(value))
        return String(value);
    const rounded = Math.round(value);
    return `${rounded < 0 ? MINUS : ''}${groupThousands(String(Math.abs(rounded)))}`;
}
/** Counts of parameters, tokens, samples: 350M, 15B, 1.2T. */
function formatCount(count) {
    const magnitude = Math.abs(count);
    if (magnitude >= 1e12)
        return `${formatSignificant(count / 1e12)}T`;
    if (magnitude >= 1e9)
        return `${formatSignificant(count / 1e9)}B`;
    if (magnitude >= 1e6)
        return `${formatSignificant(count / 1e6)}M`;
    if (magnitude >= 1e3)
        return `${formatSignificant(count / 1e3)}K`;
    return formatSignificant(count);
}
/**
 * A range in one unit where both ends fit it: "80–220 kg", "1.2–3.4 t"; "800 g – 1.2 kg" otherwise. Two significant
 * figures: the ends of a range are themselves uncertain.
 */
function formatKgSpan(range, figures = 2) {
    const low = roundSignificant(range.low, figures);
    const high = roundSignificant(range.high, figures);
    if (!Number.isFinite(low) || !Number.isFinite(high) || high <= 0 || low < 0)
        return formatRange(range, (kg) => formatKg(kg, figures));
    const unit = unitFor(high, MASS_UNITS);
    if (low !== 0 && low / unit.size < 0.1)
        return formatRange(range, (kg) => formatKg(kg, figures));
    return `${formatSignificant(low / unit.size, figures)}–${formatSignificant(high / unit.size, figures)} ${unit.symbol}`;
}
/**
 * A central value with the figures its range supports, two at least so rows still add up to their total by eye:
 * 22.6 kg in 12–32 kg reads "23 kg", 105.4 kg in 100–110 kg "105 kg".
 */
function formatKgOfRange(range) {
    return formatKg(range.value, significantFiguresFor(range, 3, 2));
}
/** Any quantity derived from an uncertain central value (e.g. km driven), rounded as its range allows. */
function formatNumberOfRange(value, range) {
    return formatSignificant(value, significantFiguresFor(range));
}
/** One value that must not wrap: its spaces become U+00A0. For markdown and terminal renderers. */
function noWrap(text) {
    return text.replaceAll(' ', NBSP);
}


/***/ }),

/***/ 8639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
// Did-you-mean suggestions for names the user mistyped.
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}
/** Candidates closest to `input`, best first; only those within a distance that still looks like a typo. */
function closest(input, candidates, limit = 3, normalize = (s) => s.toLowerCase()) {
    const wanted = normalize(input);
    const scored = candidates.map((candidate) => {
        const name = normalize(candidate);
        const distance = name.includes(wanted) || wanted.includes(name)
            ? Math.abs(name.length - wanted.length) / 2
            : editDistance(wanted, name);
        return { candidate, distance };
    });
    const tolerance = Math.max(2, Math.ceil(wanted.length / 3));
    return scored
        .filter((entry) => entry.distance <= tolerance)
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, limit)
        .map((entry) => entry.candidate);
}
function didYouMean(input, candidates, normalize) {
    const found = closest(input, candidates, 3, normalize);
    return found.length ? `did you mean ${found.map((name) => `"${name}"`).join(' or ')}?` : undefined;
}


/***/ })

};

export const id = 579;
export const ids = [579];
export const modules = {

/***/ 5579:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderEstimateMarkdown: () => (/* binding */ renderEstimateMarkdown)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(735);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4722);
/* harmony import */ var _estimate_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2751);
// `ml-carbon estimate --format markdown`: the estimate view as GitHub markdown (no comparison, no base).



/** Table cells cannot hold a raw pipe or newline. */
const cell = (text) => (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .noWrap */ .oA)(text.replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' '));
function table(view) {
    const footer = (view.footer ?? []).map((row) => row.map((text) => (text ? `**${cell(text)}**` : '')));
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)([view.header, ...view.rows.map((row) => row.map(cell)), ...footer], {
        align: view.align,
        alignDelimiters: false,
    });
}
const CHECK_MARK = { pass: '✅', warn: '⚠️', fail: '❌' };
function renderEstimateMarkdown(comparison) {
    const view = (0,_estimate_view_js__WEBPACK_IMPORTED_MODULE_1__/* .estimateView */ .CV)(comparison);
    const sections = [
        `### 🌱 ml-carbon estimate: ${view.headline.map(_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .noWrap */ .oA).join(' · ')}`,
        `Manifest: \`${view.manifest.replaceAll('`', "'")}\``,
        table(view.runs),
        view.budget
            ? [
                `**Budget** (from ${view.budget.authority}):`,
                '',
                ...view.budget.checks.map((check) => `- ${CHECK_MARK[check.status]} ${check.message}`),
            ].join('\n')
            : '',
        view.savings.length ? ['**Biggest savings**', '', ...view.savings.map((line) => `- ${line}`)].join('\n') : '',
        view.notes.length ? ['**Notes**', '', ...view.notes.map((line) => `- ${line}`)].join('\n') : '',
    ];
    return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}


/***/ }),

/***/ 2751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ estimateView),
/* harmony export */   E: () => (/* binding */ BUDGET_WORDS),
/* harmony export */   sW: () => (/* binding */ runFigure)
/* harmony export */ });
/* harmony import */ var _compare_run_total_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9970);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4722);
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
        (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatHours */ .BG)(run.acceleratorHours.value),
        (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKwh */ .c3)(run.energyKwh.value),
        `${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKgOfRange */ .oK)(kg)}${run.basis === 'measured' ? ' †' : ''}`,
        (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKgSpan */ .Q$)(kg),
        ...(withServing
            ? [run.inference ? `${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKgOfRange */ .oK)(run.inference.co2eKg)} / ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(run.inference.days)} d` : '—']
            : []),
    ];
}
function notesOf(runs) {
    const byNote = new Map();
    for (const run of runs)
        for (const note of run.notes)
            byNote.set(note, [...(byNote.get(note) ?? []), run.id]);
    return [...byNote].map(([note, ids]) => `${note} (${ids.join(', ')})`);
}
function savingsOf(runs) {
    return runs
        .flatMap((run) => (run.advice ?? []).map((advice) => ({ run: run.id, advice })))
        .filter(({ advice }) => advice.savingCo2eKg > 0)
        .sort((a, b) => b.advice.savingCo2eKg - a.advice.savingCo2eKg)
        .slice(0, SAVINGS_SHOWN)
        .map(({ run, advice }) => `${run}: ${advice.title}: saves ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKg */ .KC)(advice.savingCo2eKg)} (${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(-advice.savingPercent)}), ${advice.effort} effort`);
}
function estimateView(comparison) {
    const estimate = comparison.head;
    const runs = estimate.runs;
    const total = estimate.total;
    const withServing = runs.some((run) => run.inference);
    const budget = comparison.budget;
    const headline = [
        `${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKgOfRange */ .oK)(total.co2eKg)} CO2e (${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKgSpan */ .Q$)(total.co2eKg)})`,
        `${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKwh */ .c3)(total.energyKwh.value)} of facility energy`,
    ];
    if (withServing)
        headline.push(`training ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKgOfRange */ .oK)(total.trainingCo2eKg)}, serving ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKgOfRange */ .oK)(total.inferenceCo2eKg)}`);
    if (budget.status !== 'none')
        headline.push(BUDGET_WORDS[budget.status]);
    const totalRow = [
        'Total',
        '',
        (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatHours */ .BG)(runs.reduce((sum, run) => sum + run.acceleratorHours.value, 0)),
        (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKwh */ .c3)(total.energyKwh.value),
        (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKgOfRange */ .oK)(total.trainingCo2eKg),
        (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKgSpan */ .Q$)(total.trainingCo2eKg),
        ...(withServing ? [(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKgOfRange */ .oK)(total.inferenceCo2eKg)] : []),
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
const runFigure = (run) => (run ? (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKg */ .KC)((0,_compare_run_total_js__WEBPACK_IMPORTED_MODULE_1__/* .runTotalKg */ .U)(run)) : '—');


/***/ })

};

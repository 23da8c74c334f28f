export const id = 920;
export const ids = [920];
export const modules = {

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


/***/ }),

/***/ 3920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TEXT_WIDTH: () => (/* binding */ TEXT_WIDTH),
/* harmony export */   renderComparisonText: () => (/* binding */ renderComparisonText),
/* harmony export */   renderEstimateText: () => (/* binding */ renderEstimateText),
/* harmony export */   renderTable: () => (/* binding */ renderTable),
/* harmony export */   wrap: () => (/* binding */ wrap)
/* harmony export */ });
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4722);
/* harmony import */ var _estimate_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2751);


const TEXT_WIDTH = 100;
const GAP = '  ';
const MIN_SHRUNK_COLUMN = 8;
const length = (text) => [...text].length;
function clip(text, width) {
    const characters = [...text];
    return characters.length <= width ? text : `${characters.slice(0, width - 1).join('')}…`;
}
function pad(text, width, align) {
    const fill = ' '.repeat(Math.max(0, width - length(text)));
    return align === 'r' ? fill + text : text + fill;
}
/** Left-aligned columns give up width (widest first, ending in "…") until the table fits. */
function columnWidths(table, width) {
    const all = [table.header, ...table.rows, ...(table.footer ?? [])];
    const widths = table.header.map((_, column) => Math.max(...all.map((row) => length(row[column] ?? ''))));
    let excess = widths.reduce((sum, value) => sum + value, 0) + GAP.length * (widths.length - 1) - width;
    const order = table.shrink ?? table.align.flatMap((align, column) => (align === 'l' ? [column] : []));
    for (const column of order) {
        if (excess <= 0)
            break;
        const cut = Math.min(excess, Math.max(0, widths[column] - MIN_SHRUNK_COLUMN));
        widths[column] -= cut;
        excess -= cut;
    }
    return widths;
}
function renderTable(table, width = TEXT_WIDTH) {
    const widths = columnWidths(table, width);
    const line = (row) => row
        .map((cell, column) => pad(clip(cell, widths[column]), widths[column], table.align[column] ?? 'l'))
        .join(GAP)
        .trimEnd();
    const rule = widths.map((value) => '─'.repeat(value)).join(GAP);
    return [
        line(table.header),
        rule,
        ...table.rows.map(line),
        ...(table.footer?.length ? [rule, ...table.footer.map(line)] : []),
    ];
}
/** Word-wraps at `width`; values joined by U+00A0 never break, and print with a plain space. */
function wrap(text, width = TEXT_WIDTH, indent = '') {
    const lines = [];
    let current = '';
    for (const word of text.split(' ')) {
        if (current && length(current) + 1 + length(word) > width) {
            lines.push(current);
            current = indent + word;
        }
        else
            current = current ? `${current} ${word}` : word;
    }
    if (current)
        lines.push(current);
    return lines.map((line) => line.replaceAll(_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .NBSP */ .MK, ' '));
}
/** Markdown-flavored text from the shared view (inline code) reads plainly in a terminal. */
const plain = (text) => text.replaceAll('`', '');
/** `prefix` on the first line, as many spaces on the next ones. */
function hanging(prefix, text) {
    const indent = ' '.repeat(length(prefix));
    return wrap(plain(text), TEXT_WIDTH - indent.length).map((line, index) => (index ? indent : prefix) + line);
}
const bullets = (items) => items.flatMap((item) => hanging('  - ', item));
const CHECK_MARK = { pass: '  ok    ', warn: '  warn  ', fail: '  FAIL  ' };
const checkLines = (checks) => checks.flatMap((check) => hanging(CHECK_MARK[check.status], check.message));
function section(title, lines) {
    return lines.length ? ['', title, ...lines] : [];
}
/** `ml-carbon estimate` on a terminal. */
function renderEstimateText(comparison) {
    const view = (0,_estimate_view_js__WEBPACK_IMPORTED_MODULE_1__/* .estimateView */ .CV)(comparison);
    const lines = [
        ...wrap(`ml-carbon estimate · ${view.manifest}`),
        ...wrap(view.headline.map(_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .noWrap */ .oA).join(' · ')),
        '',
        ...renderTable(view.runs),
        ...(view.budget ? section(`Budget (from ${view.budget.authority}):`, checkLines(view.budget.checks)) : []),
        ...section('Biggest savings:', bullets(view.savings)),
        ...section('Notes:', bullets(view.notes)),
    ];
    return `${lines.join('\n')}\n`;
}
const CHANGE_WORDS = {
    added: 'added',
    removed: 'removed',
    renamed: 'renamed',
    changed: 'changed',
    unchanged: 'unchanged',
};
function changeCell(row) {
    if (row.change === 'unchanged' || row.change === 'renamed')
        return '—';
    const percent = row.deltaPercent === null || row.change === 'removed' ? '' : ` (${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(row.deltaPercent)})`;
    return `${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedKg */ .Yz)(row.deltaCo2eKg, row.base?.co2eKg.value ?? row.head?.co2eKg.value)}${percent}`;
}
const RULE_NAMES = {
    totalCo2eKg: 'total_co2e_kg',
    perRunCo2eKg: 'per_run_co2e_kg',
    maxIncreasePercent: 'max_increase_percent',
    warnIncreasePercent: 'warn_increase_percent',
};
function limitText(rule, value) {
    if (value === undefined)
        return 'unset';
    return rule === 'totalCo2eKg' || rule === 'perRunCo2eKg' ? (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKg */ .KC)(value) : `${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(value)}`;
}
function budgetChangeLine(change) {
    const raises = change.to === undefined || (change.from !== undefined && change.to > change.from) ? 'raises' : 'changes';
    return `this PR ${raises} ${RULE_NAMES[change.rule]} from ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .noWrap */ .oA)(limitText(change.rule, change.from))} to ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .noWrap */ .oA)(limitText(change.rule, change.to))}; the base branch's budget stays in force`;
}
/** `ml-carbon compare` on a terminal. */
function renderComparisonText(comparison) {
    const { base, head, budget } = comparison;
    const headline = [`head ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKgOfRange */ .oK)(head.total.co2eKg)} CO2e`];
    if (base) {
        const percent = comparison.delta.percent === null ? '' : ` (${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(comparison.delta.percent)})`;
        headline.push(`${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedKg */ .Yz)(comparison.delta.co2eKg, base.total.co2eKg.value)}${percent} vs base`);
    }
    else
        headline.push('no base manifest: every run is new');
    if (budget.status !== 'none')
        headline.push(_estimate_view_js__WEBPACK_IMPORTED_MODULE_1__/* .BUDGET_WORDS */ .E[budget.status]);
    const table = {
        header: ['Run', 'Base', 'Head', 'Change', ''],
        align: ['l', 'r', 'r', 'r', 'l'],
        rows: comparison.runs.map((row) => [
            row.id,
            (0,_estimate_view_js__WEBPACK_IMPORTED_MODULE_1__/* .runFigure */ .sW)(row.base),
            (0,_estimate_view_js__WEBPACK_IMPORTED_MODULE_1__/* .runFigure */ .sW)(row.head),
            changeCell(row),
            row.change === 'renamed' ? `renamed from ${row.previousId}` : CHANGE_WORDS[row.change],
        ]),
        footer: [
            [
                'Total',
                base ? (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKg */ .KC)(base.total.co2eKg.value) : '—',
                (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKg */ .KC)(head.total.co2eKg.value),
                base ? (0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSignedKg */ .Yz)(comparison.delta.co2eKg, base.total.co2eKg.value) : '',
                '',
            ],
        ],
    };
    const authority = { base: "the base branch's manifest", head: "the head's manifest", override: 'the limits given' };
    const lines = [
        ...wrap(`ml-carbon compare · ${base?.manifest ?? '(no base)'} → ${head.manifest}`),
        ...wrap(headline.map(_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .noWrap */ .oA).join(' · ')),
        ...wrap(`head range ${(0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .noWrap */ .oA)((0,_util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRange */ .Lu)(head.total.co2eKg, _util_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKg */ .KC))} CO2e`),
        '',
        ...renderTable(table),
        ...(budget.status !== 'none' && budget.authority !== 'none'
            ? section(`Budget (from ${authority[budget.authority]}, judged on central values):`, checkLines(budget.checks))
            : []),
        ...section('Budget changes:', bullets(budget.changes.map(budgetChangeLine))),
    ];
    return `${lines.join('\n')}\n`;
}


/***/ })

};

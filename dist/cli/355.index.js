export const id = 355;
export const ids = [355];
export const modules = {

/***/ 7355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   estimateCommand: () => (/* binding */ estimateCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _files_local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6871);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1580);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9665);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3192);
/* harmony import */ var _output_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(170);
// `ml-carbon estimate`: the energy and CO2e of every run in one manifest (an estimate, not a comparison).






const USAGE = 'ml-carbon estimate [manifest] [--format text|markdown|json] [--json] [--fail-on-budget]';
const estimateCommand = {
    name: 'estimate',
    usage: USAGE,
    summary: 'estimate the energy and CO2e of every run in a manifest (default ./ml-carbon.yml)',
    options: [..._output_format_js__WEBPACK_IMPORTED_MODULE_5__/* .FORMAT_HELP */ .e0, ['--fail-on-budget', "exit 1 when the manifest's own budget is exceeded"]],
    async run(args, io) {
        let parsed;
        try {
            parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
                args,
                allowPositionals: true,
                options: { ..._output_format_js__WEBPACK_IMPORTED_MODULE_5__/* .FORMAT_OPTIONS */ .hd, 'fail-on-budget': { type: 'boolean', default: false } },
            });
        }
        catch (error) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${error.message}\nusage: ${USAGE}`);
        }
        if (parsed.positionals.length > 1)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`too many arguments\nusage: ${USAGE}`);
        const format = (0,_output_format_js__WEBPACK_IMPORTED_MODULE_5__/* .chooseFormat */ .H8)(parsed.values, io, USAGE);
        const manifestPath = parsed.positionals[0] ?? 'ml-carbon.yml';
        const analysis = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .analyze */ .n)({ head: (0,_files_local_js__WEBPACK_IMPORTED_MODULE_1__/* .localManifest */ .hy)(io.cwd, manifestPath) });
        (0,_output_format_js__WEBPACK_IMPORTED_MODULE_5__/* .printProblems */ .Mr)(io, analysis.problems);
        const estimate = analysis.head.estimate;
        if (estimate) {
            if (format === 'json')
                io.stdout((0,_output_format_js__WEBPACK_IMPORTED_MODULE_5__/* .json */ .Pq)((0,_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .estimateJson */ .z)(estimate, analysis.problems)));
            else if (format === 'text')
                io.stdout((await __webpack_require__.e(/* import() */ 920).then(__webpack_require__.bind(__webpack_require__, 3920))).renderEstimateText(analysis.comparison));
            else
                io.stdout((await __webpack_require__.e(/* import() */ 579).then(__webpack_require__.bind(__webpack_require__, 5579))).renderEstimateMarkdown(analysis.comparison));
        }
        if (analysis.hasErrors)
            return _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.invalidInput;
        const over = analysis.comparison.budget.status === 'fail';
        if (over && parsed.values['fail-on-budget'])
            return _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.budgetExceeded;
        return _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.ok;
    },
};


/***/ }),

/***/ 170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ chooseFormat),
/* harmony export */   Mr: () => (/* binding */ printProblems),
/* harmony export */   Pq: () => (/* binding */ json),
/* harmony export */   e0: () => (/* binding */ FORMAT_HELP),
/* harmony export */   hd: () => (/* binding */ FORMAT_OPTIONS)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3192);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
// --format text|markdown|json (and --json, its alias for scripts): text on a terminal, markdown when piped.


const FORMATS = ['text', 'markdown', 'json'];
const FORMAT_OPTIONS = {
    format: { type: 'string' },
    json: { type: 'boolean', default: false },
};
const FORMAT_HELP = [
    ['--format text|markdown|json', 'text on a terminal (aligned columns), markdown when piped'],
    ['--json', 'same as --format json (the JSON contract)'],
];
function chooseFormat(values, io, usage) {
    const asked = values.format;
    if (asked !== undefined && !FORMATS.includes(asked))
        throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`--format must be one of ${FORMATS.join(', ')}, not "${asked}"\nusage: ${usage}`);
    if (values.json && asked !== undefined && asked !== 'json')
        throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`--json and --format ${asked} contradict each other\nusage: ${usage}`);
    if (values.json)
        return 'json';
    return asked ?? (io.isTty ? 'text' : 'markdown');
}
function printProblems(io, problems) {
    for (const problem of problems)
        io.stderr(`${problem.severity}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .V)(problem)}\n`);
}
const json = (value) => `${JSON.stringify(value)}\n`;


/***/ })

};

export const id = 770;
export const ids = [770];
export const modules = {

/***/ 770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var _files_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6871);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1580);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3192);
/* harmony import */ var _output_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(170);
// `ml-carbon compare`: base manifest vs head manifest, with the budget verdict; exit 1 when the budget is exceeded.







const USAGE = 'ml-carbon compare <base-manifest> <head-manifest> [--format text|markdown|json] [--json]';
const isFile = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false })?.isFile() ?? false;
const compareCommand = {
    name: 'compare',
    usage: USAGE,
    summary: 'compare two manifests (base branch vs pull request) and judge the budget; exit 1 when it is exceeded',
    options: _output_format_js__WEBPACK_IMPORTED_MODULE_6__/* .FORMAT_HELP */ .e0,
    async run(args, io) {
        let parsed;
        try {
            parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args, allowPositionals: true, options: _output_format_js__WEBPACK_IMPORTED_MODULE_6__/* .FORMAT_OPTIONS */ .hd });
        }
        catch (error) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`${error.message}\nusage: ${USAGE}`);
        }
        const paths = parsed.positionals;
        if (paths.length !== 2)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`compare needs a base and a head manifest\nusage: ${USAGE}`);
        const format = (0,_output_format_js__WEBPACK_IMPORTED_MODULE_6__/* .chooseFormat */ .H8)(parsed.values, io, USAGE);
        // A path typed on the command line that does not exist is a mistake, not "no manifest on the base branch".
        const missing = paths.filter((path) => !isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path)));
        if (missing.length) {
            for (const path of missing)
                io.stderr(`error: ${path}: no such file\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.invalidInput;
        }
        // Each manifest is read in its own repository, paths relative to it, whatever the current directory.
        const analysis = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .analyze */ .n)({ base: (0,_files_local_js__WEBPACK_IMPORTED_MODULE_3__/* .localManifest */ .hy)(io.cwd, paths[0]), head: (0,_files_local_js__WEBPACK_IMPORTED_MODULE_3__/* .localManifest */ .hy)(io.cwd, paths[1]) });
        (0,_output_format_js__WEBPACK_IMPORTED_MODULE_6__/* .printProblems */ .Mr)(io, [...analysis.problems, ...(analysis.base?.problems ?? [])]);
        if (format === 'json')
            io.stdout((0,_output_format_js__WEBPACK_IMPORTED_MODULE_6__/* .json */ .Pq)(analysis.json));
        else if (format === 'text')
            io.stdout((await __webpack_require__.e(/* import() */ 920).then(__webpack_require__.bind(__webpack_require__, 3920))).renderComparisonText(analysis.comparison));
        else
            io.stdout(analysis.markdown);
        // Locally, a refused input on either side makes the comparison untrustworthy: exit 2 for the base too.
        const baseHasErrors = analysis.base?.problems.some((problem) => problem.severity === 'error') ?? false;
        if (analysis.hasErrors || baseHasErrors)
            return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.invalidInput;
        return analysis.comparison.budget.status === 'fail' ? _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.budgetExceeded : _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
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

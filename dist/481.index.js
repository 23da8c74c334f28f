export const id = 481;
export const ids = [481];
export const modules = {

/***/ 4481:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishFromAction: () => (/* binding */ publishFromAction)
});

// UNUSED EXPORTS: branchProblems, protectedBranchProblems, shouldPublishBadge

// EXTERNAL MODULE: ./build/util/suggest.js
var suggest = __webpack_require__(8639);
;// CONCATENATED MODULE: ./build/badge/figure.js

const BADGE_FIGURES = ['training', 'training-and-inference', 'max-run'];
const DAYS_PER_YEAR = 365;
const FIGURE_LABELS = {
    training: 'training CO2e',
    'training-and-inference': 'CO2e training + 1y serving',
    'max-run': 'largest run CO2e',
};
const ZERO = { value: 0, low: 0, high: 0 };
/** Ranges are added end to end (low with low, high with high): the runs share the same uncertain defaults. */
function addRanges(a, b) {
    return { value: a.value + b.value, low: a.low + b.low, high: a.high + b.high };
}
function scaleRange(range, factor) {
    return { value: range.value * factor, low: range.low * factor, high: range.high * factor };
}
/** A run's figure: its training CO2e, plus one year of its serving when the figure asks for it. */
function runFigure(run, figure) {
    const serving = figure === 'training-and-inference' && run.inference
        ? scaleRange(run.inference.perDay.co2eKg, DAYS_PER_YEAR)
        : ZERO;
    return { id: run.id, basis: run.basis, co2eKg: addRanges(run.co2eKg, serving) };
}
function combinedBasis(runs) {
    const bases = new Set(runs.map((run) => run.basis));
    const [first] = bases;
    if (first === undefined)
        return 'estimated';
    return bases.size === 1 ? first : 'mixed';
}
function repositoryFigure(estimate, figure = 'training') {
    const runs = estimate.runs.map((run) => runFigure(run, figure));
    if (figure === 'max-run') {
        const largest = runs.reduce((best, run) => (!best || run.co2eKg.value > best.co2eKg.value ? run : best), undefined);
        return { figure, co2eKg: largest?.co2eKg ?? ZERO, basis: largest?.basis ?? 'estimated', runs };
    }
    return {
        figure,
        co2eKg: runs.reduce((sum, run) => addRanges(sum, run.co2eKg), ZERO),
        basis: combinedBasis(runs),
        runs,
    };
}
/** Read the figure named by a user (CLI flag or action input); a did-you-mean when it is not one we know. */
function parseBadgeFigure(text, file = 'badge-figure') {
    const wanted = (text ?? '').trim().toLowerCase();
    if (!wanted)
        return { figure: 'training', problems: [] };
    const aliases = {
        total: 'training',
        'training+inference': 'training-and-inference',
        'per-run-max': 'max-run',
    };
    const figure = BADGE_FIGURES.includes(wanted) ? wanted : aliases[wanted];
    if (figure)
        return { figure, problems: [] };
    const hint = (0,suggest/* didYouMean */.au)(wanted, BADGE_FIGURES) ?? `expected one of ${BADGE_FIGURES.join(', ')}`;
    return { problems: [{ file, message: `unknown badge figure "${text}"`, hint, severity: 'error' }] };
}

;// CONCATENATED MODULE: ./build/data/badge-grades.js
const STRUBELL_2019 = {
    source: 'Strubell, Ganesh & McCallum, "Energy and Policy Considerations for Deep Learning in NLP", ACL 2019, Table 1',
    year: 2019,
    url: 'https://aclanthology.org/P19-1355/',
};
/** Everyday footprints the thresholds are read against, in kg CO2e. */
const EVERYDAY_FOOTPRINTS_KG = {
    // 1,984 lbs x 0.4536 kg/lb = 900 kg
    flightNySf: { value: 900, ...STRUBELL_2019 },
    // 11,023 lbs x 0.4536 = 5,000 kg (world average, one year)
    personYear: { value: 5_000, ...STRUBELL_2019 },
    // 126,000 lbs x 0.4536 = 57,150 kg (average car including fuel, one lifetime)
    carLifetime: { value: 57_150, ...STRUBELL_2019 },
};
/**
 * A: up to 10 kg, about 1% of one passenger's New York-San Francisco round trip (900 kg).
 * B: up to 100 kg, about a tenth of that flight.
 * C: up to 1 t, about that flight.
 * D: up to 10 t, about two years of an average person's footprint (5 t a year).
 * E: up to 100 t, about two cars over their whole lifetime, fuel included (57 t each).
 * F: above 100 t.
 */
const DEFAULT_GRADE_THRESHOLDS = {
    value: [
        { grade: 'A', maxKg: 10, color: 'brightgreen' },
        { grade: 'B', maxKg: 100, color: 'green' },
        { grade: 'C', maxKg: 1_000, color: 'yellowgreen' },
        { grade: 'D', maxKg: 10_000, color: 'yellow' },
        { grade: 'E', maxKg: 100_000, color: 'orange' },
        { grade: 'F', color: 'red' },
    ],
    source: `ml-carbon convention: decades of kg CO2e read against everyday footprints from ${STRUBELL_2019.source}`,
    year: 2019,
};

;// CONCATENATED MODULE: ./build/badge/grades.js
// Grade a repository figure against thresholds, and read user-written thresholds ("A:10kg,B:100kg,...,F").

/** The first grade whose maximum the central value does not exceed; the last grade catches the rest. */
function gradeFor(co2eKg, thresholds = DEFAULT_GRADE_THRESHOLDS.value) {
    const found = thresholds.find((threshold) => threshold.maxKg === undefined || co2eKg <= threshold.maxKg);
    return found ?? thresholds[thresholds.length - 1] ?? { grade: '?', color: 'lightgrey' };
}
const UNIT_KG = { g: 0.001, kg: 1, t: 1000 };
const ITEM = /^([A-Za-z0-9+-]{1,12})(?::(?:([0-9]*\.?[0-9]+(?:e[0-9]+)?)\s*(g|kg|t)?)?(?::(#?[A-Za-z0-9]+))?)?$/;
const EXAMPLE = 'A:10kg,B:100kg,C:1t,D:10t,E:100t,F (GRADE:MAX[:COLOUR], the last grade without MAX)';
/** Parse "GRADE:MAX[unit][:COLOUR]" items separated by commas; MAX in kg unless g or t follows. */
function parseGradeThresholds(text, file = 'badge-grades') {
    const problems = [];
    const items = text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
    const thresholds = [];
    const defaultColors = DEFAULT_GRADE_THRESHOLDS.value.map((threshold) => threshold.color);
    items.forEach((item, index) => {
        const match = ITEM.exec(item);
        if (!match) {
            problems.push({
                file,
                column: index + 1,
                path: `grades[${index}]`,
                message: `cannot read grade "${item}"`,
                hint: `expected ${EXAMPLE}`,
                severity: 'error',
            });
            return;
        }
        const [, grade, amount, unit, color] = match;
        const maxKg = amount === undefined ? undefined : Number(amount) * UNIT_KG[unit ?? 'kg'];
        thresholds.push({
            grade: grade,
            maxKg,
            color: color ?? defaultColors[Math.min(index, defaultColors.length - 1)],
        });
    });
    thresholds.forEach((threshold, index) => {
        const isLast = index === thresholds.length - 1;
        if (!isLast && threshold.maxKg === undefined) {
            problems.push({
                file,
                path: `grades[${index}]`,
                message: `grade "${threshold.grade}" has no maximum but is not the last`,
                hint: `only the last grade may be open-ended: ${EXAMPLE}`,
                severity: 'error',
            });
        }
        const previous = thresholds[index - 1]?.maxKg;
        if (threshold.maxKg !== undefined && previous !== undefined && threshold.maxKg <= previous) {
            problems.push({
                file,
                path: `grades[${index}]`,
                message: `grade "${threshold.grade}" maximum ${threshold.maxKg} kg is not above the previous ${previous} kg`,
                hint: 'list grades from the smallest footprint to the largest',
                severity: 'error',
            });
        }
    });
    if (items.length === 0)
        problems.push({ file, message: 'no grades given', hint: `expected ${EXAMPLE}`, severity: 'error' });
    return problems.some((problem) => problem.severity === 'error') ? { problems } : { thresholds, problems };
}

// EXTERNAL MODULE: ./build/util/format.js
var format = __webpack_require__(4722);
;// CONCATENATED MODULE: ./build/badge/precision.js

/** Significant figures the range justifies, capped to 1..2. */
function significantFigures(range) {
    return (0,format/* significantFiguresFor */.Y7)(range, 2) >= 2 ? 2 : 1;
}
/** `value` at `figures` significant figures; non-finite values become 0 (a model card needs a number). */
function roundToSignificant(value, figures) {
    return Number.isFinite(value) ? roundSignificant(value, figures) : 0;
}
/** "42 kg", "500 g", "1.2 t", "11 kt": the report's units, at the figures the range supports. */
function formatCo2e(range) {
    return (0,format/* formatKg */.KC)(Math.max(0, range.value), significantFigures(range));
}

;// CONCATENATED MODULE: ./build/data/badge-colors.js
const BADGE_COLORS = {
    value: {
        brightgreen: '#3a9d23',
        green: '#6b9e1f',
        yellowgreen: '#a3a635',
        yellow: '#e0b414',
        orange: '#f07c2a',
        red: '#d9453b',
        blue: '#1f78c1',
        lightgrey: '#9e9e9e',
        grey: '#5a5a5a',
        success: '#3a9d23',
        important: '#f07c2a',
        critical: '#d9453b',
        informational: '#1f78c1',
        inactive: '#9e9e9e',
    },
    source: 'ml-carbon palette for the colour names of shields.io badges (names: shields.io endpoint badge documentation)',
    year: 2026,
    url: 'https://shields.io/badges/endpoint-badge',
};
/** The label side of the badge. */
const BADGE_LABEL_COLOR = '#555555';

;// CONCATENATED MODULE: ./build/data/badge-font.generated.js
const DEJAVU_SANS = {
    family: 'DejaVu Sans',
    fontVersion: "Version 2.37",
    source: 'DejaVu Sans Book, advance widths from the hmtx table (font units), mapped through the cmap table',
    url: 'https://dejavu-fonts.github.io/',
    year: 2016,
    unitsPerEm: 2048,
    averageAdvance: 1223,
    ranges: [
        [0x20, [651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716]],
        [0xa0, [651, 821, 1303, 1303, 1303, 1303, 690, 1024, 1024, 2048, 965, 1253, 1716, 739, 2048, 1024, 1024, 1716, 821, 821, 1024, 1303, 1303, 651, 1024, 821, 965, 1253, 1985, 1985, 1985, 1087, 1401, 1401, 1401, 1401, 1401, 1401, 1995, 1430, 1294, 1294, 1294, 1294, 604, 604, 604, 604, 1587, 1532, 1612, 1612, 1612, 1612, 1612, 1716, 1612, 1499, 1499, 1499, 1499, 1251, 1239, 1290, 1255, 1255, 1255, 1255, 1255, 1255, 2011, 1126, 1260, 1260, 1260, 1260, 569, 569, 569, 569, 1253, 1298, 1253, 1253, 1253, 1253, 1253, 1716, 1253, 1298, 1298, 1298, 1298, 1212, 1300, 1212]],
        [0x2013, [1024, 2048]],
        [0x2018, [651, 651]],
        [0x201c, [1061, 1061]],
        [0x2022, [1208]],
        [0x2026, [2048]],
        [0x2080, [821, 821, 821, 821, 821, 821, 821, 821, 821, 821]],
        [0x2191, [1716, 1716, 1716]],
        [0x2212, [1716]],
        [0x2248, [1716]],
        [0x2264, [1716, 1716]],
    ],
};

;// CONCATENATED MODULE: ./build/data/badge-font.js


// EXTERNAL MODULE: ./build/report/escape.js
var report_escape = __webpack_require__(9924);
;// CONCATENATED MODULE: ./build/badge/svg-badge.js
// A flat badge as a self-contained SVG: a grey label box and a coloured message box, 20 px high, text in an 11 px sans
// font. Text widths come from DejaVu Sans' own advance widths (src/data/badge-font.ts); every text also carries
// that width as textLength, so a viewer without DejaVu Sans still fits it into the same box.



const BADGE_FONT_SIZE_PX = 11;
const HEIGHT_PX = 20;
/** Space on each side of a text inside its box. */
const PADDING_PX = 6;
const WHITE = '#ffffff';
const DARK_TEXT = '#1b1b1b';
const FALLBACK_COLOR = BADGE_COLORS.value.lightgrey;
const advances = new Map();
for (const [first, widths] of DEJAVU_SANS.ranges) {
    for (const [index, width] of widths.entries())
        advances.set(first + index, width);
}
/** Width in px of `text` set in DejaVu Sans at `sizePx`; characters outside the table count as the ASCII mean. */
function textWidthPx(text, sizePx = BADGE_FONT_SIZE_PX) {
    let units = 0;
    for (const char of text)
        units += advances.get(char.codePointAt(0)) ?? DEJAVU_SANS.averageAdvance;
    return (units * sizePx) / DEJAVU_SANS.unitsPerEm;
}
/** Control characters, the two non-characters, and unpaired surrogates. */
const NOT_IN_XML = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML forbids are what this replaces
/[\u0000-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * One line of text XML 1.0 can hold: line breaks and tabs become spaces, other control characters and unpaired
 * surrogates (which no XML parser accepts) become U+FFFD.
 */
function badgeText(text) {
    const oneLine = text.replace(/[\t\n\r]+/g, ' ');
    return oneLine.replace(NOT_IN_XML, '\uFFFD');
}
/** A shields.io colour name, a hex colour with or without `#`, or a CSS colour keyword; anything else is light grey. */
function badgeColor(color) {
    const name = color.trim().toLowerCase();
    if (Object.hasOwn(BADGE_COLORS.value, name))
        return BADGE_COLORS.value[name];
    const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(name)?.[1];
    if (hex)
        return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
    return /^[a-z]{3,30}$/.test(name) ? name : FALLBACK_COLOR;
}
/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex) {
    const channel = (at) => {
        const value = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
        return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
const contrast = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
/** White or near-black, whichever contrasts more with the background; white on a keyword colour of unknown shade. */
function textColorOn(background) {
    if (!/^#[0-9a-f]{6}$/.test(background))
        return WHITE;
    const back = luminance(background);
    return contrast(back, luminance(WHITE)) >= contrast(back, luminance(DARK_TEXT)) ? WHITE : DARK_TEXT;
}
const px = (value) => String(Math.round(value * 10) / 10);
function textElement(text, centerX, background) {
    const width = px(textWidthPx(text));
    const fill = textColorOn(background);
    const body = (0,report_escape/* xmlText */.xK)(text);
    // A faint shadow under white text keeps it legible on the lighter shades.
    const shadow = fill === WHITE
        ? `<text x="${px(centerX)}" y="15" fill="#010101" fill-opacity=".3" textLength="${width}" lengthAdjust="spacingAndGlyphs" aria-hidden="true">${body}</text>`
        : '';
    return `${shadow}<text x="${px(centerX)}" y="14" fill="${fill}" textLength="${width}" lengthAdjust="spacingAndGlyphs">${body}</text>`;
}
function renderFlatBadge(badge) {
    const label = badgeText(badge.label);
    const message = badgeText(badge.message);
    const color = badgeColor(badge.color);
    const labelBox = Math.round(textWidthPx(label)) + 2 * PADDING_PX;
    const messageBox = Math.round(textWidthPx(message)) + 2 * PADDING_PX;
    const width = labelBox + messageBox;
    const title = (0,report_escape/* xmlText */.xK)(`${label}: ${message}`);
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT_PX}" viewBox="0 0 ${width} ${HEIGHT_PX}" role="img" aria-label="${title}">`,
        `<title>${title}</title>`,
        '<linearGradient id="shine" x2="0" y2="100%"><stop offset="0" stop-color="#bbbbbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
        `<clipPath id="round"><rect width="${width}" height="${HEIGHT_PX}" rx="3"/></clipPath>`,
        '<g clip-path="url(#round)">',
        `<rect width="${labelBox}" height="${HEIGHT_PX}" fill="${BADGE_LABEL_COLOR}"/>`,
        `<rect x="${labelBox}" width="${messageBox}" height="${HEIGHT_PX}" fill="${color}"/>`,
        `<rect width="${width}" height="${HEIGHT_PX}" fill="url(#shine)"/>`,
        '</g>',
        `<g text-anchor="middle" font-family="${DEJAVU_SANS.family},Verdana,Geneva,sans-serif" font-size="${BADGE_FONT_SIZE_PX}">`,
        textElement(label, labelBox / 2, BADGE_LABEL_COLOR),
        textElement(message, labelBox + messageBox / 2, color),
        '</g>',
        '</svg>',
    ].join('');
}

;// CONCATENATED MODULE: ./build/badge/badge.js
// The badge itself: label, message and colour, as a shields.io endpoint document and as a self-contained SVG.





function badgeFor(figure, thresholds = DEFAULT_GRADE_THRESHOLDS.value, label) {
    const grade = gradeFor(figure.co2eKg.value, thresholds);
    const measured = figure.basis === 'measured' ? ' (measured)' : '';
    return {
        label: label ?? FIGURE_LABELS[figure.figure],
        message: `${formatCo2e(figure.co2eKg)}${measured}`,
        color: grade.color,
        grade: grade.grade,
    };
}
function shieldsEndpoint(badge) {
    return { schemaVersion: 1, label: badge.label, message: badge.message, color: badge.color };
}
function badgeSvg(badge) {
    return renderFlatBadge(badge);
}

;// CONCATENATED MODULE: ./build/badge/history-chart.js


const WIDTH = 960;
const HEIGHT = 440;
const MARGIN = { left: 78, right: 24, top: 24, bottom: 72 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const TOTAL_COLOR = '#1f2937';
const BUDGET_COLOR = '#dc2626';
const RUN_COLORS = ['#2563eb', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#9333ea'];
function runColor(index) {
    return RUN_COLORS[index % RUN_COLORS.length] ?? '#2563eb';
}
/** Run ids in the order they first appear, so colours stay put as history grows. */
function runIds(history) {
    const ids = [];
    for (const entry of history.entries)
        for (const run of entry.runs)
            if (!ids.includes(run.id))
                ids.push(run.id);
    return ids;
}
/** A round axis step (1, 2 or 5 x 10^n) giving about five ticks up to `max`. */
function niceStep(max) {
    if (!(max > 0))
        return 1;
    const rough = max / 5;
    const power = 10 ** Math.floor(Math.log10(rough));
    const scaled = rough / power;
    return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}
function yAxisMax(history) {
    const values = history.entries.flatMap((entry) => [
        entry.co2eKg.high,
        entry.co2eKg.value,
        entry.budgetKg ?? 0,
        ...entry.runs.map((run) => run.co2eKg.value),
    ]);
    const max = Math.max(0, ...values);
    const step = niceStep(max);
    return Math.max(step, Math.ceil(max / step) * step);
}
function tickLabel(kg, inTonnes) {
    const value = inTonnes ? kg / 1000 : kg;
    return Number(value.toPrecision(6)).toLocaleString('en-US', { maximumFractionDigits: 3 });
}
function shortDate(iso) {
    return iso.slice(0, 10);
}
function pointTitle(entry, what, range, basis) {
    return `${entry.sha.slice(0, 7)} ${shortDate(entry.date)}: ${what} ${formatCo2e(range)} (${formatCo2e({ ...range, value: range.low })}–${formatCo2e({ ...range, value: range.high })}), ${basis}`;
}
function point(x, y, radius, color, basis, attributes, title) {
    const fill = basis === 'measured' ? color : basis === 'mixed' ? `${color}80` : '#ffffff';
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius}" fill="${fill}" stroke="${color}" stroke-width="2" data-basis="${basis}" ${attributes}><title>${(0,report_escape/* xmlText */.xK)(title)}</title></circle>`;
}
/** Split a series at commits where it has no value, so a run that disappears leaves a gap. */
function segments(points) {
    const paths = [];
    let current = [];
    for (const at of [...points, undefined]) {
        if (at)
            current.push(`${at[0].toFixed(1)},${at[1].toFixed(1)}`);
        else if (current.length) {
            paths.push(current.join(' '));
            current = [];
        }
    }
    return paths;
}
function renderChart(history) {
    const entries = history.entries;
    const yMax = yAxisMax(history);
    const inTonnes = yMax >= 2000;
    const step = niceStep(yMax);
    const x = (index) => MARGIN.left + ((index + 0.5) * PLOT_WIDTH) / Math.max(1, entries.length);
    const y = (kg) => MARGIN.top + PLOT_HEIGHT - (Math.max(0, kg) / yMax) * PLOT_HEIGHT;
    const parts = [];
    // Points shrink as commits crowd the axis, so a long history stays legible.
    const slot = PLOT_WIDTH / Math.max(1, entries.length);
    const totalRadius = Math.min(5.5, Math.max(2.5, slot / 4));
    const runRadius = Math.min(3.5, Math.max(1.5, slot / 6));
    for (let tick = 0; tick <= yMax + step / 1e6; tick += step) {
        parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" class="grid"/>`);
        parts.push(`<text x="${MARGIN.left - 8}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end" class="tick">${tickLabel(tick, inTonnes)}</text>`);
    }
    parts.push(`<text transform="translate(18 ${MARGIN.top + PLOT_HEIGHT / 2}) rotate(-90)" text-anchor="middle" class="axis-title">CO2e (${inTonnes ? 't' : 'kg'})</text>`);
    const labelEvery = Math.max(1, Math.ceil(entries.length / 12));
    entries.forEach((entry, index) => {
        // Counted from the newest commit, so the latest is always labelled and the labels never crowd.
        if ((entries.length - 1 - index) % labelEvery !== 0)
            return;
        parts.push(`<text x="${x(index).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle" class="tick sha">${(0,report_escape/* xmlText */.xK)(entry.sha.slice(0, 7))}</text>`);
        parts.push(`<text x="${x(index).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 34}" text-anchor="middle" class="tick">${(0,report_escape/* xmlText */.xK)(shortDate(entry.date))}</text>`);
    });
    const band = [
        ...entries.map((entry, index) => `${x(index).toFixed(1)},${y(entry.co2eKg.high).toFixed(1)}`),
        ...entries.map((entry, index) => `${x(index).toFixed(1)},${y(entry.co2eKg.low).toFixed(1)}`).reverse(),
    ];
    if (entries.length > 1)
        parts.push(`<polygon points="${band.join(' ')}" class="band" data-series="range"/>`);
    else if (entries.length === 1 && entries[0])
        parts.push(`<line x1="${x(0)}" x2="${x(0)}" y1="${y(entries[0].co2eKg.low).toFixed(1)}" y2="${y(entries[0].co2eKg.high).toFixed(1)}" class="range-bar" data-series="range"/>`);
    // The budget holds from one commit to the next, so it is drawn as steps spanning each commit's slot.
    const halfSlot = slot / 2;
    const budgetSteps = entries.map((entry, index) => entry.budgetKg === undefined ? undefined : [x(index), y(entry.budgetKg)]);
    for (const path of segments(budgetSteps)) {
        const steps = path.split(' ').flatMap((pair) => {
            const [px, py] = pair.split(',').map(Number);
            return [`${(px - halfSlot).toFixed(1)},${py.toFixed(1)}`, `${(px + halfSlot).toFixed(1)},${py.toFixed(1)}`];
        });
        parts.push(`<polyline points="${steps.join(' ')}" fill="none" stroke="${BUDGET_COLOR}" stroke-width="2" stroke-dasharray="8 5" data-series="budget"/>`);
    }
    runIds(history).forEach((id, runIndex) => {
        const color = runColor(runIndex);
        const series = entries.map((entry, index) => {
            const run = entry.runs.find((candidate) => candidate.id === id);
            return run ? [x(index), y(run.co2eKg.value)] : undefined;
        });
        for (const path of segments(series))
            parts.push(`<polyline points="${path}" fill="none" stroke="${color}" stroke-width="1.5" data-series="run" data-run="${(0,report_escape/* xmlText */.xK)(id)}"/>`);
        entries.forEach((entry, index) => {
            const run = entry.runs.find((candidate) => candidate.id === id);
            if (run)
                parts.push(point(x(index), y(run.co2eKg.value), runRadius, color, run.basis, `data-series="run" data-run="${(0,report_escape/* xmlText */.xK)(id)}" data-sha="${entry.sha}"`, pointTitle(entry, id, run.co2eKg, run.basis)));
        });
    });
    for (const path of segments(entries.map((entry, index) => [x(index), y(entry.co2eKg.value)]))) {
        parts.push(`<polyline points="${path}" fill="none" stroke="${TOTAL_COLOR}" stroke-width="3" data-series="total"/>`);
    }
    entries.forEach((entry, index) => {
        parts.push(point(x(index), y(entry.co2eKg.value), totalRadius, TOTAL_COLOR, entry.basis, `data-series="total" data-sha="${entry.sha}" data-kg="${entry.co2eKg.value}"`, pointTitle(entry, 'total', entry.co2eKg, entry.basis)));
    });
    parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + PLOT_HEIGHT}" class="axis"/>`);
    parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${MARGIN.top + PLOT_HEIGHT}" y2="${MARGIN.top + PLOT_HEIGHT}" class="axis"/>`);
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="CO2e per commit" id="chart">${parts.join('')}</svg>`;
}

;// CONCATENATED MODULE: ./build/badge/dashboard.js
// The history page: one self-contained HTML file (inline CSS and SVG, no script, no network) that reads the same
// from file:// and from GitHub Pages.




const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827;background:#fff;margin:0;padding:24px;max-width:1040px}
h1{font-size:22px;margin:0 0 4px}p.sub{color:#4b5563;margin:0 0 16px}
svg#chart{width:100%;height:auto;border:1px solid #e5e7eb;border-radius:6px}
.grid{stroke:#f3f4f6}.axis{stroke:#9ca3af}.tick{font-size:11px;fill:#4b5563}.sha{font-family:ui-monospace,monospace}
.axis-title{font-size:12px;fill:#374151}.band{fill:${TOTAL_COLOR};fill-opacity:.10;stroke:none}.range-bar{stroke:${TOTAL_COLOR};stroke-opacity:.3;stroke-width:8}
ul.legend{list-style:none;padding:0;margin:10px 0 18px;display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px}
ul.legend span.swatch{display:inline-block;width:18px;height:0;border-top:3px solid;vertical-align:middle;margin-right:6px}
ul.legend span.dot{display:inline-block;width:9px;height:9px;border-radius:50%;border:2px solid ${TOTAL_COLOR};vertical-align:middle;margin-right:6px}
table{border-collapse:collapse;font-size:13px}th,td{padding:4px 10px;border-bottom:1px solid #e5e7eb;text-align:left}td.num{text-align:right}
code{font-family:ui-monospace,monospace}
`;
function legend(history) {
    const items = [
        `<li><span class="swatch" style="border-color:${TOTAL_COLOR}"></span>total (shaded: low–high range)</li>`,
        ...runIds(history).map((id, index) => `<li><span class="swatch" style="border-color:${runColor(index)};border-top-width:2px"></span>run <code>${(0,report_escape/* xmlText */.xK)(id)}</code></li>`),
        `<li><span class="swatch" style="border-color:${BUDGET_COLOR};border-top-style:dashed"></span>budget</li>`,
        `<li><span class="dot" style="background:${TOTAL_COLOR}"></span>measured</li>`,
        `<li><span class="dot" style="background:${TOTAL_COLOR}80"></span>mixed (some runs measured)</li>`,
        `<li><span class="dot"></span>estimated</li>`,
    ];
    return `<ul class="legend">${items.join('')}</ul>`;
}
function table(history) {
    const rows = [...history.entries].reverse().map((entry) => {
        const runs = entry.runs
            .map((run) => `<code>${(0,report_escape/* xmlText */.xK)(run.id)}</code> ${formatCo2e(run.co2eKg)}${run.basis === 'measured' ? ' (measured)' : ''}`)
            .join(', ');
        const budget = entry.budgetKg === undefined
            ? ''
            : formatCo2e({ value: entry.budgetKg, low: entry.budgetKg, high: entry.budgetKg });
        return `<tr><td>${(0,report_escape/* xmlText */.xK)(entry.date.slice(0, 10))}</td><td><code>${(0,report_escape/* xmlText */.xK)(entry.sha.slice(0, 7))}</code></td><td class="num">${formatCo2e(entry.co2eKg)}</td><td>${(0,report_escape/* xmlText */.xK)(entry.grade)}</td><td>${entry.basis}</td><td class="num">${budget}</td><td>${runs}</td></tr>`;
    });
    return `<table><thead><tr><th>date</th><th>commit</th><th>CO2e</th><th>grade</th><th>basis</th><th>budget</th><th>runs</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function renderDashboard(history, options = {}) {
    const title = `ml-carbon${options.repository ? `: ${options.repository}` : ''}`;
    const latest = history.entries[history.entries.length - 1];
    const subtitle = latest
        ? `${FIGURE_LABELS[latest.figure]} per commit on the default branch; latest ${formatCo2e(latest.co2eKg)} (grade ${(0,report_escape/* xmlText */.xK)(latest.grade)}, ${latest.basis}) at <code>${(0,report_escape/* xmlText */.xK)(latest.sha.slice(0, 7))}</code>.`
        : 'No history yet: the first push to the default branch with the badge enabled starts it.';
    const body = history.entries.length ? `${renderChart(history)}${legend(history)}${table(history)}` : '';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${(0,report_escape/* xmlText */.xK)(title)}</title><style>${STYLE}</style></head>
<body><h1>${(0,report_escape/* xmlText */.xK)(title)}</h1><p class="sub">${subtitle}</p>
${body}
</body></html>
`;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(6723);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

;// CONCATENATED MODULE: ./build/badge/history.js
// The badge branch's history.json: one entry per commit of the default branch, oldest first.


const RangeSchema = schemas/* object */.Ikc({
    value: schemas/* number */.aig().nonnegative(),
    low: schemas/* number */.aig().nonnegative(),
    high: schemas/* number */.aig().nonnegative(),
});
const BasisSchema = schemas/* enum */.k5n(['estimated', 'measured']);
const HistoryEntrySchema = schemas/* object */.Ikc({
    sha: schemas/* string */.YjP().regex(/^[0-9a-f]{7,64}$/, 'a git commit id in hex'),
    /** ISO 8601 date of the commit. */
    date: datetime({ offset: true }),
    figure: schemas/* enum */.k5n(BADGE_FIGURES),
    co2eKg: RangeSchema,
    basis: schemas/* enum */.k5n(['estimated', 'measured', 'mixed']),
    grade: schemas/* string */.YjP(),
    runs: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), basis: BasisSchema, co2eKg: RangeSchema })),
    /** The manifest's total budget at that commit, kg CO2e. */
    budgetKg: schemas/* number */.aig().nonnegative().optional(),
});
const HistorySchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    entries: schemas/* array */.YOg(HistoryEntrySchema),
});
const HISTORY_FILE = 'history.json';
function emptyHistory() {
    return { schemaVersion: 1, entries: [] };
}
function historyEntry(figure, commit) {
    const entry = {
        sha: commit.sha,
        date: commit.date,
        figure: figure.figure,
        co2eKg: figure.co2eKg,
        basis: figure.basis,
        grade: commit.grade,
        runs: figure.runs.map((run) => ({ id: run.id, basis: run.basis, co2eKg: run.co2eKg })),
    };
    if (commit.budgetKg !== undefined)
        entry.budgetKg = commit.budgetKg;
    return entry;
}
/**
 * Add an entry in commit-date order (at the end, normally); an entry for the same commit is replaced where it stood,
 * so re-runs do not duplicate and a slow job that publishes an older commit after a newer one still lands in place.
 */
function appendEntry(history, entry) {
    const index = history.entries.findIndex((existing) => existing.sha === entry.sha);
    if (index !== -1)
        return { schemaVersion: 1, entries: history.entries.map((existing, at) => (at === index ? entry : existing)) };
    const time = Date.parse(entry.date);
    let at = history.entries.length;
    while (at > 0 && Date.parse(history.entries[at - 1].date) > time)
        at--;
    return { schemaVersion: 1, entries: [...history.entries.slice(0, at), entry, ...history.entries.slice(at)] };
}
/** Read a history file; an unreadable one yields an empty history and a warning, so publishing never stops on it. */
function parseHistory(text, file = HISTORY_FILE) {
    if (text === undefined || text.trim() === '')
        return { history: emptyHistory(), problems: [] };
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return {
            history: emptyHistory(),
            problems: [
                {
                    file,
                    message: `is not JSON: ${error.message}`,
                    hint: 'the history restarts from this commit',
                    severity: 'warning',
                },
            ],
        };
    }
    const parsed = HistorySchema.safeParse(data);
    if (parsed.success)
        return { history: parsed.data, problems: [] };
    // Keep the entries that still read, so one bad entry does not erase the rest.
    const entries = Array.isArray(data?.entries)
        ? data.entries
        : [];
    const kept = entries.flatMap((entry) => {
        const one = HistoryEntrySchema.safeParse(entry);
        return one.success ? [one.data] : [];
    });
    const problems = parsed.error.issues.slice(0, 5).map((issue) => ({
        file,
        path: issue.path.map(String).join('.'),
        message: issue.message,
        hint: `dropped ${entries.length - kept.length} unreadable entr${entries.length - kept.length === 1 ? 'y' : 'ies'}`,
        severity: 'warning',
    }));
    return { history: { schemaVersion: 1, entries: kept }, problems };
}
function serializeHistory(history) {
    return `${JSON.stringify(history, null, 2)}\n`;
}
/** Problems with a commit id or date before they go into the history (where they would be unreadable later). */
function commitProblems(commit, file) {
    const problems = [];
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

;// CONCATENATED MODULE: ./build/badge/files.js
// Everything the badge branch (or `ml-carbon badge --out`) holds, built from an estimate and the previous history.





const BADGE_FILES = {
    endpoint: 'badge.json',
    svg: 'badge.svg',
    history: HISTORY_FILE,
    dashboard: 'index.html',
    noJekyll: '.nojekyll',
};
/** Pure: the badge files after appending this commit to `previousHistoryText` (the branch's history.json, if any). */
function buildBadgeFiles(inputs, previousHistoryText) {
    const figure = repositoryFigure(inputs.estimate, inputs.figure ?? 'training');
    const badge = badgeFor(figure, inputs.thresholds ?? DEFAULT_GRADE_THRESHOLDS.value, inputs.label);
    const previous = parseHistory(previousHistoryText);
    const entry = historyEntry(figure, { ...inputs.commit, grade: badge.grade, budgetKg: inputs.budgetKg });
    const history = appendEntry(previous.history, entry);
    const files = {
        [BADGE_FILES.endpoint]: `${JSON.stringify(shieldsEndpoint(badge), null, 2)}\n`,
        [BADGE_FILES.svg]: `${badgeSvg(badge)}\n`,
        [BADGE_FILES.history]: serializeHistory(history),
        [BADGE_FILES.dashboard]: renderDashboard(history, { repository: inputs.repository }),
        // Pages serves the files as they are, without a Jekyll build.
        [BADGE_FILES.noJekyll]: '',
    };
    return { badge, history, files, problems: previous.problems };
}

// EXTERNAL MODULE: ./build/files/git.js
var git = __webpack_require__(4160);
;// CONCATENATED MODULE: ./build/badge/git-publisher.js
// Shell: writes the badge files as a new commit on a dedicated branch of a remote with git plumbing only
// (hash-object, mktree, commit-tree, push), so the checked-out work tree, index and HEAD are never touched.



/** Network steps (ls-remote, fetch, push) are given this long unless the caller says otherwise. */
const NETWORK_TIMEOUT_MS = 120_000;
function git_publisher_git(repoDir, args, input, env) {
    return (0,git/* git */.$Y)(repoDir, args, { input, env });
}
function network(repoDir, args, timeoutMs) {
    return (0,git/* git */.$Y)(repoDir, args, { timeoutMs });
}
const ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
const REJECTED = /\[rejected\]|\[remote rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info/i;
function tipRef(branch) {
    return `refs/ml-carbon-publish/${branch}`;
}
/** Fetch the branch tip into a private ref; undefined when the remote has no such branch yet. */
async function fetchTip(repoDir, remote, branch, timeoutMs) {
    const listed = await network(repoDir, ['ls-remote', '--heads', remote, `refs/heads/${branch}`], timeoutMs);
    if (!listed.stdout.trim())
        return undefined;
    await network(repoDir, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:${tipRef(branch)}`], timeoutMs);
    return (await git_publisher_git(repoDir, ['rev-parse', '--verify', `${tipRef(branch)}^{commit}`])).stdout.trim();
}
async function readHistory(repoDir, tip) {
    if (!tip)
        return undefined;
    try {
        return (await git_publisher_git(repoDir, ['cat-file', 'blob', `${tip}:${HISTORY_FILE}`])).stdout;
    }
    catch {
        return undefined;
    }
}
/** Tree of the tip with our files written over it; other files on the branch (CNAME, notes) are kept. */
async function buildTree(repoDir, tip, files) {
    const entries = new Map();
    if (tip) {
        const listing = (await git_publisher_git(repoDir, ['ls-tree', '-z', tip])).stdout;
        for (const line of listing.split('\0').filter(Boolean))
            entries.set(line.slice(line.indexOf('\t') + 1), line);
    }
    for (const [name, content] of Object.entries(files)) {
        const blob = (await git_publisher_git(repoDir, ['hash-object', '-w', '--stdin'], content)).stdout.trim();
        entries.set(name, `100644 blob ${blob}\t${name}`);
    }
    const input = [...entries.values()].map((line) => `${line}\0`).join('');
    return (await git_publisher_git(repoDir, ['mktree', '-z'], input)).stdout.trim();
}
async function commitTree(repoDir, tree, parent, message, identity) {
    const env = {
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
    };
    const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'];
    return (await git_publisher_git(repoDir, args, message, env)).stdout.trim();
}
function pause(milliseconds) {
    return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
/**
 * Commit the files on top of the branch tip and push without force. When another push got there first the
 * attempt starts again from the new tip, so `makeFiles` sees (and re-appends to) the history that push wrote.
 */
async function publishToBranch(options) {
    const remote = options.remote ?? 'origin';
    const branch = options.branch ?? 'ml-carbon';
    const maxAttempts = options.maxAttempts ?? 6;
    const timeoutMs = options.networkTimeoutMs ?? NETWORK_TIMEOUT_MS;
    for (let attempt = 1;; attempt++) {
        const tip = await fetchTip(options.repoDir, remote, branch, timeoutMs);
        const files = options.makeFiles(await readHistory(options.repoDir, tip));
        const tree = await buildTree(options.repoDir, tip, files);
        const commit = await commitTree(options.repoDir, tree, tip, options.message, options.author ?? ACTIONS_BOT);
        await options.beforePush?.(attempt);
        try {
            await network(options.repoDir, ['push', '--quiet', '--no-verify', remote, `${commit}:refs/heads/${branch}`], timeoutMs);
            return { branch, commit, attempts: attempt, created: tip === undefined };
        }
        catch (error) {
            const rejected = error instanceof git/* GitError */.XS && REJECTED.test(error.stderr);
            if (!rejected || attempt >= maxAttempts)
                throw error;
            // Someone else updated the branch between our fetch and push: back off a little and rebuild on their tip.
            await pause(50 * attempt + Math.floor(Math.random() * 100));
        }
    }
}

;// CONCATENATED MODULE: ./build/badge/urls.js
// Where a repository's badge files live once published, and the markdown that shows them.
function badgeUrls(repository, branch = 'ml-carbon') {
    const [owner = '', name = ''] = repository.split('/');
    const raw = `https://raw.githubusercontent.com/${owner}/${name}/${encodeURIComponent(branch)}`;
    const endpointJson = `${raw}/badge.json`;
    return {
        endpointJson,
        shields: `https://img.shields.io/endpoint?url=${encodeURIComponent(endpointJson)}`,
        svg: `${raw}/badge.svg`,
        dashboard: `https://${owner.toLowerCase()}.github.io/${name}/`,
    };
}

;// CONCATENATED MODULE: ./build/badge/action-publish.js







/** The rules of `git check-ref-format --branch` that a typed name can break. */
function branchProblems(branch, file = 'input badge-branch') {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: git refuses control characters in ref names
    const broken = /[\s~^:?*[\\\x00-\x1f\x7f]|\.\.|@\{|^[-/.]|\/\.|\/\/|[/.]$|\.lock$/.test(branch) || branch === '@';
    return broken
        ? [
            {
                file,
                message: `"${branch}" is not a valid branch name`,
                hint: 'use letters, digits, "-", "_" and "/", e.g. ml-carbon',
                severity: 'error',
            },
        ]
        : [];
}
/** Branches that hold code or releases by convention: badge commits never go there. */
const PROTECTED_BRANCHES = new Set([
    'main',
    'master',
    'trunk',
    'develop',
    'development',
    'production',
    'staging',
    'head',
]);
const PROTECTED_PREFIXES = ['release/', 'releases/', 'hotfix/', 'refs/'];
/** The badge branch may be neither the default branch nor a conventionally protected one. */
function protectedBranchProblems(branch, defaultBranch, file = 'input badge-branch') {
    const name = branch.toLowerCase();
    const why = defaultBranch !== undefined && name === defaultBranch.toLowerCase()
        ? 'it is the default branch'
        : PROTECTED_BRANCHES.has(name) || PROTECTED_PREFIXES.some((prefix) => name.startsWith(prefix))
            ? 'branches of that name hold code or releases'
            : undefined;
    return why
        ? [
            {
                file,
                message: `badge-branch "${branch}" is refused: ${why}, and the badge commits would land on it`,
                hint: 'use a branch of its own, e.g. ml-carbon (the default)',
                severity: 'error',
            },
        ]
        : [];
}
async function publishFromAction(inputs) {
    // Unset action inputs arrive as empty strings.
    const branch = inputs.branch?.trim() || 'ml-carbon';
    const figure = parseBadgeFigure(inputs.figure, 'input badge-figure');
    const grades = inputs.grades?.trim()
        ? parseGradeThresholds(inputs.grades, 'input badge-grades')
        : { thresholds: undefined, problems: [] };
    const problems = [
        ...branchProblems(branch),
        ...protectedBranchProblems(branch, inputs.defaultBranch),
        ...figure.problems,
        ...grades.problems,
    ];
    if (problems.some((problem) => problem.severity === 'error'))
        return { problems };
    const commit = { sha: inputs.sha, date: inputs.date ?? (await (0,git/* readCommit */.kN)(inputs.repoDir, inputs.sha)).date };
    const badCommit = commitProblems(commit, 'GITHUB_SHA');
    if (badCommit.length)
        return { problems: [...problems, ...badCommit] };
    let badge;
    // Only the last attempt's history problems count: a retry re-reads the history.
    let historyProblems = [];
    const result = await publishToBranch({
        repoDir: inputs.repoDir,
        remote: inputs.remote,
        branch,
        ...(inputs.timeoutMs ? { networkTimeoutMs: inputs.timeoutMs } : {}),
        message: `ml-carbon: badge and history for ${inputs.sha.slice(0, 12)}`,
        makeFiles: (previous) => {
            const built = buildBadgeFiles({
                estimate: inputs.estimate,
                commit,
                figure: figure.figure,
                thresholds: grades.thresholds,
                budgetKg: inputs.budgetKg,
                repository: inputs.repository,
            }, previous);
            badge = built.badge;
            historyProblems = built.problems;
            return built.files;
        },
    });
    const urls = inputs.repository ? badgeUrls(inputs.repository, result.branch) : undefined;
    return { published: { ...result, badge: badge, urls }, problems: [...problems, ...historyProblems] };
}


/***/ })

};

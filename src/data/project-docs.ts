/** ml-carbon's own methodology, where its assumptions and calibration are written up (the action's repository). */
export const METHODOLOGY_DOC_URL = 'https://github.com/ml-carbon/ml-carbon/blob/main/docs/methodology.md';

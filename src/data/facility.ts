// PUE defaults by kind of facility (`facility:` in the manifest), used when the run gives no `pue` and the
// location names no cloud provider whose fleet PUE is known (src/data/defaults.ts PUE).
import type { SourcedRange } from './types.js';

/** Where the run happens: sets the PUE default when `pue` is not given (a workstation has no facility overhead). */
export const FACILITIES = ['cloud', 'colocation', 'on-prem', 'workstation'] as const;
export type Facility = (typeof FACILITIES)[number];

const AWS_SUSTAINABILITY = 'https://sustainability.aboutamazon.com/products-services/aws-cloud';
const UPTIME_2024 =
  'https://uptimeinstitute.com/resources/research-and-reports/uptime-institute-global-data-center-survey-results-2024';

export const FACILITY_PUE: Record<Facility, SourcedRange & { label: string }> = {
  cloud: {
    label: 'a public cloud data centre (provider not named)',
    value: 1.25,
    low: 1.08,
    high: 1.4,
    source:
      'IDC public-cloud industry average PUE 1.25, as cited by AWS (2025); low end Meta/Google fleets ~1.08-1.10 (DatacenterDynamics 2024)',
    year: 2025,
    url: AWS_SUSTAINABILITY,
  },
  colocation: {
    label: 'a colocation data centre',
    value: 1.56,
    low: 1.3,
    high: 1.8,
    source: 'Uptime Institute Global Data Center Survey 2024 average PUE 1.56 (colocation and enterprise sites)',
    year: 2024,
    url: UPTIME_2024,
  },
  'on-prem': {
    label: 'an on-premises server room',
    value: 1.63,
    low: 1.3,
    high: 2,
    source: 'IDC on-premises enterprise average PUE 1.63, as cited by AWS (2025); Uptime Institute 2024 average 1.56',
    year: 2025,
    url: AWS_SUSTAINABILITY,
  },
  workstation: {
    label: 'a workstation (no data-centre facility)',
    value: 1,
    low: 1,
    high: 1.1,
    source:
      'A desk-side or home machine has no data-centre cooling or power distribution: PUE 1 by definition (CodeCarbon also defaults to 1.0); up to 1.1 for an air-conditioned room (ml-carbon assumption)',
    year: 2024,
    url: 'https://mlco2.github.io/codecarbon/methodology.html',
  },
};

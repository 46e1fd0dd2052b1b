// Board job ids from URLs, for every board: lets structured data and the CLI give a job the same
// id the board reader gives it ("linkedin:3940018826", "nhs-jobs:C9177-25-0366").

import { glassdoorJobId } from './glassdoor';
import { indeedJobId } from './indeed';
import { jobbermanJobId } from './jobberman';
import { linkedinJobId } from './linkedin';
import { nhsJobId } from './nhs-jobs';
import { reedJobId } from './reed';
import { seekJobId } from './seek';

const JOB_ID_FROM_URL: ReadonlyArray<(url: URL) => string | undefined> = [
  linkedinJobId,
  indeedJobId,
  nhsJobId,
  reedJobId,
  seekJobId,
  glassdoorJobId,
  jobbermanJobId,
];

/** The board's own job id for a job URL, or undefined for other URLs. */
export function jobIdFromUrl(href: string | URL): string | undefined {
  let url: URL;
  try {
    url = typeof href === 'string' ? new URL(href) : href;
  } catch {
    return undefined;
  }
  for (const idOf of JOB_ID_FROM_URL) {
    const id = idOf(url);
    if (id) return id;
  }
  return undefined;
}

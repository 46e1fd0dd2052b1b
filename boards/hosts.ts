// Where the content script runs by default: the supported boards' sites, as match patterns.
// Whole sites, not just job paths: the boards are single-page apps (LinkedIn's feed → Jobs is a
// pushState), so the script must already be there; it stays idle until a reader's `matches(url)`
// accepts the address. tests/unit/boards/hosts.test.ts keeps these consistent with the readers.

/** Indeed's country sites on their own domains; the rest are <country>.indeed.com. */
const INDEED_DOMAINS = [
  'indeed.com', 'indeed.co.uk', 'indeed.fr', 'indeed.de', 'indeed.nl', 'indeed.ch', 'indeed.es', 'indeed.it',
  'indeed.ie', 'indeed.ca', 'indeed.com.au', 'indeed.co.in', 'indeed.co.za', 'indeed.com.br', 'indeed.com.mx',
  'indeed.jp', 'indeed.com.sg', 'indeed.ae', 'indeed.pt', 'indeed.be',
];

const GLASSDOOR_DOMAINS = [
  'glassdoor.com', 'glassdoor.co.uk', 'glassdoor.fr', 'glassdoor.de', 'glassdoor.ca', 'glassdoor.com.au',
  'glassdoor.co.in', 'glassdoor.ie', 'glassdoor.nl', 'glassdoor.be', 'glassdoor.ch', 'glassdoor.at',
  'glassdoor.es', 'glassdoor.it', 'glassdoor.com.br', 'glassdoor.com.mx', 'glassdoor.co.nz', 'glassdoor.sg',
];

const site = (domain: string) => `*://*.${domain}/*`;

/** Board id → the match patterns of its sites. */
export const BOARD_HOSTS: Record<string, string[]> = {
  linkedin: [site('linkedin.com')],
  indeed: INDEED_DOMAINS.map(site),
  'nhs-jobs': [site('jobs.nhs.uk')],
  reed: [site('reed.co.uk')],
  seek: [site('seek.com.au'), site('seek.co.nz')],
  glassdoor: GLASSDOOR_DOMAINS.map(site),
  jobberman: [site('jobberman.com'), site('jobberman.com.gh')],
};

/** Every board pattern, for the manifest and for excluding boards from the any-site script. */
export const BOARD_MATCHES: string[] = Object.values(BOARD_HOSTS).flat();

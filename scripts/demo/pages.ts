// The demo's pages (all under tests/fixtures, listed in tests/fixtures/demo/index.html).

export const DEMO_INDEX = '/demo/index.html';

export const DEMO_PAGES = [
  ...['linkedin', 'indeed', 'nhs-jobs', 'reed', 'seek', 'glassdoor', 'jobberman'].flatMap((board) => [`/boards/${board}/list.html`, `/boards/${board}/detail.html`]),
  '/boards/generic/jsonld.html',
  '/boards/generic/microdata.html',
  '/boards/generic/cards.html',
  '/spa/linkedin.html',
  '/pages/broken-linkedin.html',
  '/pages/non-health.html',
];

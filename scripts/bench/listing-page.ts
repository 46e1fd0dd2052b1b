// A LinkedIn-like search page for the benchmark: N health job cards (signed-in two-pane markup,
// the first job open in the detail pane) and a page function that appends more cards, as infinite
// scroll does. Pure: returns HTML.

const TITLES = ['Registered Nurse', 'Staff Nurse – Acute Medicine', 'Healthcare Assistant', 'Senior Carer', 'Midwife', 'ICU Nurse', 'Care Assistant – Nights', 'Mental Health Nurse (RMN)', 'Support Worker', 'Theatre Nurse'];
const EMPLOYERS = ['Thornfield Care Recruitment Ltd', 'Kestrel Vale NHS Foundation Trust', 'Amberlea Homecare', 'Crescent Gate Medical Staffing', 'Meadowbank Care Group', 'Harbour Vale Healthcare'];
const PLACES = ['Birmingham, England, United Kingdom', 'Leeds, England, United Kingdom', 'Riyadh, Saudi Arabia', 'Porto, Portugal', 'Bristol, England, United Kingdom'];
const SNIPPETS = [
  'Visa sponsorship available. No fees are charged to candidates.',
  'Nigerian nurses wanted: interviews in Lagos and Abuja. Registration fee £450.',
  'Band 5, £29,970 – £36,483 a year. Preceptorship and study leave.',
  'Passports kept by the agency for safekeeping. Apply on WhatsApp.',
  'Relocation package, 12-week supported induction.',
];

const JOB_BASE = 4_100_000_000;

/** Card i, with `__ID__` and `__N__` left for the page to fill when `template` is set. */
export function cardHtml(i: number, template = false): string {
  const id = template ? '__ID__' : String(JOB_BASE + i);
  const n = template ? '__N__' : String(i + 1);
  const title = `${TITLES[i % TITLES.length]} ${n}`;
  return `<li class="ember-view jobs-search-results__list-item occludable-update scaffold-layout__list-item" data-occludable-job-id="${id}">
  <div class="job-card-container relative job-card-list job-card-container--clickable${i === 0 && !template ? ' jobs-search-results-list__list-item--active' : ''}" data-job-id="${id}">
    <div class="artdeco-entity-lockup artdeco-entity-lockup--size-4">
      <div class="artdeco-entity-lockup__title"><a class="job-card-container__link job-card-list__title--link" href="/jobs/view/${id}/" aria-label="${title}"><span aria-hidden="true"><strong>${title}</strong></span><span class="visually-hidden">${title}</span></a></div>
      <div class="artdeco-entity-lockup__subtitle"><span class="job-card-container__primary-description">${EMPLOYERS[i % EMPLOYERS.length]}</span></div>
      <div class="artdeco-entity-lockup__caption"><ul class="job-card-container__metadata-wrapper"><li class="job-card-container__metadata-item">${PLACES[i % PLACES.length]} (On-site)</li><li class="job-card-container__metadata-item">£${26 + (i % 9)}K/yr - £${32 + (i % 9)}K/yr</li></ul></div>
      <p class="job-card-container__snippet">${SNIPPETS[i % SNIPPETS.length]}</p>
    </div>
    <ul class="job-card-list__footer-wrapper"><li class="job-card-container__footer-item">Promoted</li><li class="job-card-container__apply-method">Easy Apply</li></ul>
  </div>
</li>`;
}

const DETAIL = `<div class="jobs-search__job-details--container">
  <div class="job-details-jobs-unified-top-card__container--two-pane">
    <div class="job-details-jobs-unified-top-card__company-name"><a href="#">${EMPLOYERS[0]}</a></div>
    <div class="job-details-jobs-unified-top-card__job-title"><h1><a href="/jobs/view/${JOB_BASE}/">${TITLES[0]} 1</a></h1></div>
    <div class="job-details-jobs-unified-top-card__primary-description-container"><span class="tvm__text">${PLACES[0]}</span></div>
  </div>
  <div id="job-details" class="jobs-box__html-content">
    <p>We are recruiting registered nurses for a 60-bed nursing home group in the West Midlands.</p>
    <p><strong>Nigerian nurses wanted!</strong> Interviews are held in Lagos and Abuja every month.</p>
    <ul><li>Salary £28,000 – £32,000 a year</li><li>Certificate of Sponsorship and visa support</li></ul>
    <p>A registration fee of £450 is payable before your interview is confirmed. Your passport will be kept by the employer for safekeeping during your first 12 months.</p>
    <p>To apply, send your CV on WhatsApp to +44 7700 900123.</p>
  </div>
</div>`;

/** The page; `window.appendCards(n)` adds n more cards at the end of the list. */
export function listingPage(cards: number): string {
  const list = Array.from({ length: cards }, (_, i) => cardHtml(i)).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Nurse jobs | LinkedIn</title>
<link rel="canonical" href="https://www.linkedin.com/jobs/search/?currentJobId=${JOB_BASE}&amp;keywords=nurse">
<style>body{font:14px/1.4 Arial,sans-serif;margin:0}main{display:grid;grid-template-columns:420px 1fr;gap:16px;padding:16px}ul{list-style:none;padding:0}.job-card-container{border:1px solid #ddd;border-radius:8px;padding:8px;margin:0 0 8px}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>
</head><body>
<main class="scaffold-layout__main">
<div class="scaffold-layout__list"><ul class="scaffold-layout__list-container">
${list}
</ul></div>
<div class="scaffold-layout__detail">${DETAIL}</div>
</main>
<script>
  // Infinite scroll: more cards at the end of the list, as the board's own script adds them.
  const TEMPLATES = ${JSON.stringify(Array.from({ length: 30 }, (_, i) => cardHtml(i, true)))};
  let next = ${cards};
  window.appendCards = (n) => {
    const html = [];
    for (let k = 0; k < n; k++, next++) html.push(TEMPLATES[next % TEMPLATES.length].replaceAll('__ID__', String(${JOB_BASE} + next)).replaceAll('__N__', String(next + 1)));
    document.querySelector('.scaffold-layout__list-container').insertAdjacentHTML('beforeend', html.join(''));
  };
</script>
</body></html>`;
}

// "About the rules": which WHO list edition we use and when it was checked, the instruments the
// findings cite (with links to their sources), and the rules version.

import { RULES_VERSION, instrumentList, ssl } from '../../../rules/data/index';
import { usePageEnv } from '../shared/page-env';

export function AboutRules() {
  const { t } = usePageEnv();
  return (
    <section aria-labelledby="about-heading" class="panel" data-testid="about-rules">
      <h2 id="about-heading">{t('about_heading')}</h2>
      <p>{t('about_version', { version: RULES_VERSION })}</p>
      <p>{t('about_ssl', { name: ssl.name, edition: ssl.edition, published: ssl.published, count: ssl.countries.length, checked: ssl.date })}</p>
      <h3>{t('about_sources')}</h3>
      <ul class="sources">
        {instrumentList.map((i) => (
          <li key={i.id}>
            {i.url ? <a href={i.url} target="_blank" rel="noreferrer noopener">{i.name}</a> : i.name}
            <span class="hint"> — {i.source}{i.date ? `, ${i.date}` : ''}</span>
          </li>
        ))}
      </ul>
      <p class="hint">{t('about_local')}</p>
    </section>
  );
}

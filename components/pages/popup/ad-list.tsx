// The current tab's health ads: each a button with its verdict (icon and word) and findings count.

import type { TabAd } from '../../../utils/messages';
import { usePageEnv } from '../shared/page-env';
import { VerdictTag } from '../shared/verdict';

export function AdList({ ads, onOpen }: { ads: TabAd[]; onOpen: (ad: TabAd) => void }) {
  const { t } = usePageEnv();
  return (
    <>
      <h2 id="ads-heading">{t('popup_ads_heading', { count: ads.length })}</h2>
      <ul class="ad-list" aria-labelledby="ads-heading">
        {ads.map((item) => (
          <li key={item.summary.id}>
            <button type="button" class="ad-row" onClick={() => onOpen(item)} data-ad-id={item.summary.id} data-verdict={item.summary.verdict}>
              <span class="ad-row-text">
                <span class="ad-title">{item.summary.title || item.ad.title || t('untitled_ad')}</span>
                {item.summary.employer ? <span class="ad-employer">{item.summary.employer}</span> : null}
              </span>
              <span class="ad-row-meta">
                <VerdictTag verdict={item.summary.verdict} />
                <span class="hint">{t('findings_count', { count: item.analysis.findings.length })}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

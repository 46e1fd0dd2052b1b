// The recruiter self-check: paste an ad (text or HTML) and see, as you type, each problem with the
// words that caused it, the clause it conflicts with, and how to fix the wording. The engine runs
// here in the page; nothing leaves the browser. Print gives a report with the rules version.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyze } from '../../../rules/analyze';
import { RULES_VERSION } from '../../../rules/data/index';
import type { Analysis } from '../../../rules/schema';
import { countryList, countryName } from '../../i18n/country-names';
import { CountrySelect } from '../shared/country-select';
import { usePageEnv } from '../shared/page-env';
import { PageFindings } from '../shared/page-findings';
import { ResidenceNote } from '../shared/residence-note';
import { SaveEvidenceButton } from '../shared/save-evidence';
import { VerdictTag, verdictKey } from '../shared/verdict';
import { readCheckerInput, withDestination } from './ad-input';
import { CHECKER_EXAMPLES } from './examples';
import { HighlightedText } from './highlighted-text';
import { takePrefill } from './prefill';

export const DEBOUNCE_MS = 250;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function CheckerApp() {
  const { t, locale } = usePageEnv();
  const [text, setText] = useState('');
  const [destination, setDestination] = useState('');
  const [pick, setPick] = useState(0);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const debounced = useDebounced(text, DEBOUNCE_MS);

  useEffect(() => {
    takePrefill().then((prefill) => {
      if (prefill) {
        setText(prefill);
        textarea.current?.focus();
      }
    }, () => undefined);
  }, []);

  const input = useMemo(() => readCheckerInput(debounced), [debounced]);
  const ad = input.ads[Math.min(pick, input.ads.length - 1)];
  const analysis: Analysis | null = useMemo(() => (ad ? analyze(withDestination(ad, destination)) : null), [ad, destination]);
  const detected = useMemo(() => (ad && !ad.country ? analyze(ad).destination : ad?.country ?? null), [ad]);
  const today = new Date().toLocaleDateString(locale);

  return (
    <main class="checker">
      <header>
        <h1>{t('checker_heading')}</h1>
        <p>{t('checker_intro')}</p>
        <p class="print-only">{t('checker_print_header', { date: today, version: RULES_VERSION })}</p>
      </header>
      <ResidenceNote targets={analysis?.targets} />

      <section class="no-print" aria-labelledby="examples-heading">
        <h2 id="examples-heading">{t('checker_examples')}</h2>
        <ul class="row examples">
          {CHECKER_EXAMPLES.map((example) => (
            <li key={example.id}>
              <button type="button" lang={example.lang} data-example={example.id} onClick={() => { setText(example.text); setPick(0); setDestination(''); }}>
                {t(`example_${example.id}`)}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section class="no-print" aria-labelledby="input-heading">
        <h2 id="input-heading">{t('checker_your_ad')}</h2>
        <div class="field">
          <label for="ad-text">{t('checker_paste_label')}</label>
          <p id="ad-text-hint" class="hint">{t('checker_paste_hint')}</p>
          <textarea id="ad-text" ref={textarea} rows={12} value={text} aria-describedby="ad-text-hint" spellcheck={false}
            onInput={(e) => { setText((e.currentTarget as HTMLTextAreaElement).value); setPick(0); }} />
        </div>
        {input.ads.length > 1 ? (
          <div class="field">
            <label for="ad-pick">{t('checker_pick_ad', { count: input.ads.length })}</label>
            <select id="ad-pick" value={String(pick)} onChange={(e) => setPick(Number((e.currentTarget as HTMLSelectElement).value))}>
              {input.ads.map((a, i) => (
                <option key={a.id} value={String(i)}>{a.title ?? `${t('untitled_ad')} ${i + 1}`}</option>
              ))}
            </select>
          </div>
        ) : null}
        <div class="field">
          <label for="destination">{t('checker_destination_label')}</label>
          <p id="destination-hint" class="hint">
            {detected ? t('checker_destination_found', { country: countryName(detected, locale) }) : t('checker_destination_none')}
          </p>
          <CountrySelect id="destination" value={destination} describedBy="destination-hint" onChange={setDestination}
            emptyLabel={t('checker_destination_auto')} />
        </div>
      </section>

      <section aria-labelledby="result-heading" class="result">
        <h2 id="result-heading">{t('checker_result')}</h2>
        <div aria-live="polite" data-testid="checker-summary">
          {!analysis ? (
            <p class="muted">{t('checker_empty')}</p>
          ) : !analysis.health ? (
            <p>{t('checker_not_health')}</p>
          ) : (
            <>
              <p>
                <VerdictTag verdict={analysis.verdict} />{' '}
                {t('findings_count', { count: analysis.findings.length })}
              </p>
              <p>{t(`${verdictKey(analysis.verdict)}_long`)}</p>
              <p class="hint">
                {analysis.destination ? t('checker_job_in', { country: countryName(analysis.destination, locale) }) : t('checker_job_in_unknown')}
                {analysis.targets.length ? ` ${t('checker_recruits_from', { countries: countryList(analysis.targets, locale) })}` : ''}
              </p>
            </>
          )}
        </div>
        {analysis && analysis.health ? (
          <>
            <PageFindings analysis={analysis} advice="fix" basisOpen />
            <h3>{t('checker_marked_text')}</h3>
            <p class="hint no-print">{t('checker_marked_hint')}</p>
            <HighlightedText text={analysis.text} findings={analysis.findings} />
            <p class="hint">{t('rules_version_line', { version: analysis.rulesVersion })}</p>
            <div class="row no-print">
              <button type="button" onClick={() => window.print()} data-testid="print">
                <span aria-hidden="true">⎙</span> {t('checker_print')}
              </button>
              {ad ? <SaveEvidenceButton ad={withDestination(ad, destination)} analysis={analysis} url="checker" board="checker" origin="checker" /> : null}
            </div>
          </>
        ) : null}
      </section>
    </main>
  );
}

// What a finding rests on: instrument, article or section, and the source (opens in a new tab).

import type { Basis } from '../../rules/schema';
import type { Translate } from '../i18n/translate';

/** The basis of one finding, with source links opening in a new tab. */
export function BasisList({ basis, t }: { basis: readonly Basis[]; t: Translate }) {
  if (basis.length === 0) return null;
  return (
    <div class="rl-basis">
      <span class="rl-label">{t('overlay_basis')}</span>
      <ul>
        {basis.map((b) => (
          <li key={`${b.instrument}|${b.provision ?? ''}`}>
            {b.url ? (
              <a href={b.url} target="_blank" rel="noopener noreferrer">
                {b.instrument}
              </a>
            ) : (
              b.instrument
            )}
            {b.provision ? `, ${b.provision}` : ''}
            {b.note ? <span class="rl-note"> — {t(b.note)}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

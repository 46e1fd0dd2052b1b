// A finding's severity as an icon and a word (serious, warning, caution, info).

import type { Severity, Verdict } from '../../rules/schema';
import type { Translate } from '../i18n/translate';
import { VerdictIcon } from './verdict-icon';

const ICON: Record<Severity, Verdict> = { serious: 'concern', warning: 'concern', caution: 'caution', info: 'no-concern' };

/** The severity's icon and translated word. */
export function SeverityLabel({ severity, t }: { severity: Severity; t: Translate }) {
  return (
    <span class="rl-severity" data-severity={severity}>
      <VerdictIcon verdict={ICON[severity]} />
      <span>{t(`severity_${severity}`)}</span>
    </span>
  );
}

// A verdict as an icon and a word, never colour alone (the icon's shape differs per verdict: the
// same icons as on the job-board pages).

import '../../findings/findings.css';
import type { Verdict } from '../../../rules/schema';
import { VerdictIcon } from '../../findings/verdict-icon';
import { usePageEnv } from './page-env';

export function verdictKey(verdict: Verdict): string {
  return `verdict_${verdict.replace(/-/g, '_')}`;
}

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  const { t } = usePageEnv();
  return (
    <span class={`verdict verdict-${verdict}`} data-verdict={verdict}>
      <VerdictIcon verdict={verdict} />
      <span class="verdict-word">{t(verdictKey(verdict))}</span>
    </span>
  );
}

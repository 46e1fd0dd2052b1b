// The pasted ad, read-only, with the exact words behind each finding marked. Text nodes only.

import { useMemo } from 'preact/hooks';
import type { Finding } from '../../../rules/schema';
import { usePageEnv } from '../shared/page-env';
import { highlightRuns } from './highlight';

export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const { t } = usePageEnv();
  const runs = useMemo(() => highlightRuns(text, findings), [text, findings]);
  return (
    <div class="mirror" data-testid="mirror">
      {runs.map((run) =>
        run.rules.length ? (
          <mark key={run.start} data-highlight={run.rules.join(' ')} title={run.rules.map((r) => t(`rule_${r.replace(/-/g, '_')}_title`)).join(' · ')}>
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </div>
  );
}

// Marks the ads' evidence in the page with the CSS Custom Highlight API: the page's DOM is never
// changed. Skipped where the API is missing; cleared when the user turns highlights off. Ranges are
// kept per element until its findings change or the page replaces its text.

import type { Finding } from '../../rules/schema';
import { HIGHLIGHT_NAMES } from '../../components/overlay/highlight-style';
import { indexText, rangesOf } from './text-ranges';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface HighlightTarget {
  element: Element;
  findings: readonly Finding[];
  /** Changes when the findings change. */
  key: string;
}

interface Marked {
  key: string;
  concern: Range[];
  caution: Range[];
}

const live = (ranges: readonly Range[]) => ranges.every((r) => r.startContainer.isConnected && r.endContainer.isConnected);

export class HighlightPainter {
  private marked = new WeakMap<Element, Marked>();

  /** Does this element's marking need (re)computing? */
  stale({ element, key }: HighlightTarget): boolean {
    const marked = this.marked.get(element);
    return !marked || marked.key !== key || !live(marked.concern) || !live(marked.caution);
  }

  /** Finds the element's evidence in its text (one small task per element). */
  mark(target: HighlightTarget): void {
    const marked: Marked = { key: target.key, concern: [], caution: [] };
    const quoted = target.findings.filter((f) => f.severity !== 'info' && f.evidence.length > 0);
    if (quoted.length > 0 && target.element.isConnected) {
      const index = indexText(target.element);
      for (const finding of quoted) {
        const into = finding.severity === 'caution' ? marked.caution : marked.concern;
        for (const span of finding.evidence) into.push(...rangesOf(index, span.text));
      }
    }
    this.marked.set(target.element, marked);
  }

  /** Shows the marks of these elements (and only these); returns how many ranges. */
  show(targets: readonly HighlightTarget[]): number {
    if (!highlightsSupported()) return 0;
    const concern: Range[] = [];
    const caution: Range[] = [];
    for (const { element } of targets) {
      const marked = this.marked.get(element);
      if (!marked) continue;
      concern.push(...marked.concern);
      caution.push(...marked.caution);
    }
    for (const [name, ranges] of [[HIGHLIGHT_NAMES.concern, concern], [HIGHLIGHT_NAMES.caution, caution]] as const) {
      if (ranges.length > 0) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    }
    return concern.length + caution.length;
  }
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(HIGHLIGHT_NAMES.concern);
  CSS.highlights.delete(HIGHLIGHT_NAMES.caution);
}

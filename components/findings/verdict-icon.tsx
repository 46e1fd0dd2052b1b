// A verdict's shape, so it never rests on colour alone: concern ▲!, caution ●!, not enough data
// or unreadable ●?, no concern ●✓ (in a neutral colour: not a green "safe").

import type { Verdict } from '../../rules/schema';

export type ShownVerdict = Verdict | 'unreadable';

const MARKS: Record<ShownVerdict, string> = {
  concern: 'M8 1.5 15 14.5H1Z',
  caution: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Z',
  'not-enough-data': 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Z',
  'no-concern': 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Z',
  unreadable: 'M2 2h12v12H2Z',
};

const GLYPHS: Record<ShownVerdict, string> = {
  concern: 'M7.2 5.5h1.6v4.6H7.2ZM7.2 11.4h1.6V13H7.2Z',
  caution: 'M7.2 4h1.6v5.4H7.2ZM7.2 10.6h1.6v1.6H7.2Z',
  'not-enough-data': 'M6 6.2a2 2 0 1 1 2.8 1.8c-.5.3-.8.6-.8 1.2v.5H6.6v-.6c0-1 .5-1.6 1.2-2a.8.8 0 1 0-1.2-.9ZM6.6 10.8h1.6v1.6H6.6Z',
  'no-concern': 'M4.3 8.2 5.4 7.1l1.7 1.7 3.6-3.6 1.1 1.1-4.7 4.7Z',
  unreadable: 'M6 6.2a2 2 0 1 1 2.8 1.8c-.5.3-.8.6-.8 1.2v.5H6.6v-.6c0-1 .5-1.6 1.2-2a.8.8 0 1 0-1.2-.9ZM6.6 10.8h1.6v1.6H6.6Z',
};

const SVG = 'http://www.w3.org/2000/svg';

/** The same icon as a DOM element, for the badges (built without Preact: see overlay/dom.ts). */
export function verdictIconElement(doc: Document, verdict: ShownVerdict): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  for (const [name, value] of [['class', 'rl-icon'], ['data-icon', verdict], ['viewBox', '0 0 16 16'], ['width', '16'], ['height', '16'], ['aria-hidden', 'true'], ['focusable', 'false']]) svg.setAttribute(name!, value!);
  for (const [cls, d] of [['rl-icon-shape', MARKS[verdict]], ['rl-icon-mark', GLYPHS[verdict]]]) {
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('class', cls!);
    path.setAttribute('d', d!);
    svg.append(path);
  }
  return svg;
}

/** The verdict's icon; decorative (the word next to it carries the meaning). */
export function VerdictIcon({ verdict }: { verdict: ShownVerdict }) {
  return (
    <svg class="rl-icon" data-icon={verdict} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path class="rl-icon-shape" d={MARKS[verdict]} />
      <path class="rl-icon-mark" d={GLYPHS[verdict]} />
    </svg>
  );
}

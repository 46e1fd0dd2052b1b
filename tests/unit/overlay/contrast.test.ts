// The overlay sets its own colours, in light and dark schemes: every text pair meets WCAG AA
// (4.5:1) and every icon, outline and focus ring 3:1, whatever the page's colours.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS } from '../../../components/overlay/highlight-style';

const css = readFileSync('components/overlay/overlay.css', 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--rl-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = variables(css.slice(css.indexOf(':host {'), css.indexOf('}', css.indexOf(':host {'))));
const darkStart = css.indexOf(':host {', css.indexOf('prefers-color-scheme: dark'));
const dark = variables(css.slice(darkStart, css.indexOf('}', darkStart)));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT: Array<[string, string]> = [
  ['fg', 'bg'], ['muted', 'bg'], ['link', 'bg'], ['fg', 'card'], ['link', 'card'], ['fg', 'quote-bg'],
  ['concern-fg', 'concern-bg'], ['caution-fg', 'caution-bg'], ['neutral-fg', 'neutral-bg'], ['primary-fg', 'primary-bg'],
];
const GRAPHICS: Array<[string, string]> = [['concern-line', 'concern-bg'], ['caution-line', 'caution-bg'], ['neutral-line', 'neutral-bg'], ['focus', 'bg'], ['concern-line', 'bg']];

describe.each([['light', light], ['dark', dark]] as const)('%s scheme', (_name, vars) => {
  it('defines every colour it uses', () => {
    for (const [a, b] of [...TEXT, ...GRAPHICS]) {
      expect(vars[a], a).toMatch(/^#/);
      expect(vars[b], b).toMatch(/^#/);
    }
  });

  it.each(TEXT)('text %s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(GRAPHICS)('%s on %s is at least 3:1', (fg, bg) => {
    expect(contrast(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

describe('highlights in the page', () => {
  it('set both text and background colours, at least 4.5:1', () => {
    for (const rule of HIGHLIGHT_CSS.split('\n')) {
      const bg = /background-color: (#[0-9a-f]{6})/.exec(rule)?.[1];
      const fg = /[^-]color: (#[0-9a-f]{6})/.exec(rule)?.[1];
      expect(bg && fg, rule).toBeTruthy();
      expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(4.5);
      expect(rule).toMatch(/text-decoration: underline/);
    }
  });
});

// @vitest-environment happy-dom
// Evidence quotes are found in the page's own text nodes, across elements and line breaks, ignoring
// case and whitespace; the Ranges cover exactly the quoted words and the DOM is left as it was.
import { describe, expect, it } from 'vitest';
import { indexText, rangesOf } from '../../../entrypoints/content/text-ranges';

describe('rangesOf', () => {
  it('covers a quote split across elements and lines', () => {
    document.body.innerHTML = '<div id="ad"><p>A <b>registration\n   fee</b> of £450 is payable.</p><script>var fee = 1;</script></div>';
    const before = document.body.innerHTML;
    const root = document.getElementById('ad')!;
    const ranges = rangesOf(indexText(root), 'registration fee of £450');
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.toString().replace(/\s+/g, ' ')).toBe('registration fee of £450');
    expect(document.body.innerHTML).toBe(before);
  });

  it('finds every occurrence, ignores case, and skips scripts and our own hosts', () => {
    document.body.innerHTML = '<div id="ad"><p>WhatsApp only.</p><recruit-lens-overlay>whatsapp</recruit-lens-overlay><p>Send it on whatsapp</p><script>whatsapp()</script></div>';
    const ranges = rangesOf(indexText(document.getElementById('ad')!), 'WhatsApp');
    expect(ranges.map((r) => r.toString())).toEqual(['WhatsApp', 'whatsapp']);
  });

  it('finds nothing for a quote that is not there, or too short to mean anything', () => {
    document.body.innerHTML = '<div id="ad"><p>No fees are charged.</p></div>';
    const index = indexText(document.getElementById('ad')!);
    expect(rangesOf(index, 'passport will be kept')).toEqual([]);
    expect(rangesOf(index, 'No')).toEqual([]);
  });
});

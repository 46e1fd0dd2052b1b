// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { elementText, inlineText } from '../../../boards/dom-text';
import { readPage } from '../../../boards/index';
import { fixtureHtml } from './helpers';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('elementText', () => {
  it('puts block elements on lines and paragraphs apart, inline text together', () => {
    const root = mount('<div><h2>Staff Nurse</h2><p>Band 5, <b>£29,970</b> a year.</p><div>Leeds</div><div>Full time</div></div>');
    expect(elementText(root)).toBe('Staff Nurse\n\nBand 5, £29,970 a year.\n\nLeeds\nFull time');
  });

  it('makes bullets of list items, with nested lists indented', () => {
    const root = mount('<ul><li>Visa<ul><li>CoS paid</li><li>IHS paid</li></ul></li><li>Flights</li></ul>');
    expect(elementText(root)).toBe('• Visa\n  ◦ CoS paid\n  ◦ IHS paid\n• Flights');
  });

  it('does not bullet the element it reads', () => {
    const root = mount('<ul><li class="card"><h3>Carer</h3><p>Luton</p></li></ul>');
    expect(elementText(root.querySelector('li') as Element)).toBe('Carer\n\nLuton');
  });

  it('skips scripts, styles, noscript, templates, svg, hidden elements and our overlay', () => {
    const root = mount(
      '<p>Keep</p><script>var ad = "not text";</script><style>.x{}</style><noscript>Enable JS</noscript>' +
        '<template><p>tpl</p></template><svg><text>icon</text></svg><p hidden>gone</p><p style="display: none">gone too</p>' +
        '<recruit-lens-overlay><span>Caution: fee</span></recruit-lens-overlay><p>Also kept</p>',
    );
    expect(elementText(root)).toBe('Keep\n\nAlso kept');
  });

  it('keeps entities decoded and whitespace collapsed as the DOM has them', () => {
    const root = mount('<p>  Fish &amp; chips\n\n   &euro;12&nbsp;an hour </p>');
    expect(elementText(root)).toBe('Fish & chips €12 an hour');
  });

  it('reads very deep markup without overflowing the stack', () => {
    let el: Element = document.body;
    for (let i = 0; i < 5000; i++) {
      const child = document.createElement('div');
      el.appendChild(child);
      el = child;
    }
    el.textContent = 'deep text';
    expect(elementText(document.body)).toBe('deep text');
  });
});

describe('inlineText', () => {
  it('reads a label on one line without screen-reader duplicates', () => {
    const root = mount('<a><span aria-hidden="true"><strong>Registered Nurse</strong></span><span class="visually-hidden">Registered Nurse</span></a>');
    expect(inlineText(root.querySelector('a') as Element)).toBe('Registered Nurse');
  });
});

describe('readPage on the live DOM (content script)', () => {
  it('reads a board page in the global document the same way as a parsed one', () => {
    const html = fixtureHtml('linkedin/list.html');
    document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>\s*/i, '');
    const read = readPage(document, new URL('https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=registered%20nurse'));
    expect(read.status).toBe('ok');
    expect(read.ads.map((a) => `${a.kind}:${a.ad.id}`)).toEqual([
      'card:linkedin:4012345678',
      'card:linkedin:4012399120',
      'card:linkedin:4011873305',
      'card:linkedin:4013002417',
      'card:linkedin:4012755980',
      'detail:linkedin:4012345678',
    ]);
    for (const { element } of read.ads) expect(document.contains(element)).toBe(true);
  });
});

// @vitest-environment happy-dom
// Cards appended by infinite scroll are read on their own and traced back to the page's elements:
// the same ads a whole-page read finds for them. Anything that would differ asks for a full read.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../boards/index';
import { boardAddress, readAddedCards } from '../../../entrypoints/content/added-cards';
import { fixtureHtml } from '../boards/helpers';

const PAGE_URL = new URL('http://127.0.0.1:4178/boards/indeed/list.html');

function loadIndeedList(): { cards: Element[]; list: Element } {
  document.documentElement.innerHTML = fixtureHtml('indeed/list.html').replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  const cards = Array.from(document.querySelectorAll('#mosaic-provider-jobcards > ul > li'));
  return { cards, list: cards[0]!.parentElement! };
}

describe('readAddedCards', () => {
  it('reads appended cards as a whole-page read would, on the page\'s own elements', () => {
    const { cards, list } = loadIndeedList();
    const address = boardAddress(document, PAGE_URL);
    expect(address?.hostname).toBe('uk.indeed.com');
    const appended = cards.slice(0, 3).map((card, i) => {
      const copy = card.cloneNode(true) as Element;
      copy.innerHTML = copy.innerHTML.replaceAll(/[0-9a-f]{16}/g, (jk) => `${i}${jk.slice(1)}`);
      list.append(copy);
      return copy;
    });
    const ads = readAddedCards(appended, document, address!)!;
    expect(ads).toHaveLength(3);
    const whole = readPage(document, PAGE_URL).ads.filter((a) => appended.some((el) => el.contains(a.element)));
    expect(ads.map((a) => [a.kind, a.ad.id, a.ad.title])).toEqual(whole.map((a) => [a.kind, a.ad.id, a.ad.title]));
    expect(ads.map((a) => a.ad.description)).toEqual(whole.map((a) => a.ad.description));
    for (const [i, ad] of ads.entries()) {
      expect(ad.element).toBe(whole[i]!.element);
      expect(appended.some((el) => el.contains(ad.element))).toBe(true);
    }
  });

  it('finds nothing in additions that are not ads', () => {
    loadIndeedList();
    const spinner = document.body.appendChild(document.createElement('div'));
    spinner.textContent = 'Loading…';
    expect(readAddedCards([spinner], document, boardAddress(document, PAGE_URL)!)).toEqual([]);
  });

  it('asks for a full read when a detail pane is among the additions', () => {
    const { list } = loadIndeedList();
    const pane = document.querySelector('.jobsearch-RightPane, #jobsearch-ViewjobPaneWrapper, .jobsearch-ViewJobLayout');
    expect(pane).not.toBeNull();
    const copy = list.appendChild(pane!.cloneNode(true) as Element);
    expect(readAddedCards([copy], document, boardAddress(document, PAGE_URL)!)).toBeUndefined();
  });

  it('knows no board address for a page no board claims', () => {
    document.documentElement.innerHTML = '<head></head><body><p>Hello</p></body>';
    expect(boardAddress(document, new URL('https://example.org/jobs'))).toBeUndefined();
  });
});

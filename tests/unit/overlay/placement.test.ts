// @vitest-environment happy-dom
// A badge goes right after the ad's title, outside its link (a click on the badge never follows
// the link), or first in the card when the title can't be found.
import { describe, expect, it } from 'vitest';
import { placeHost, titleElement } from '../../../entrypoints/content/placement';

const host = () => document.createElement('recruit-lens-overlay');

describe('placement', () => {
  it('puts the badge after the link around the title', () => {
    document.body.innerHTML = '<li id="card"><h2 class="jobTitle"><a href="/x"><span title="Care Assistant">Care Assistant</span></a></h2><div>Meadowbank Care</div></li>';
    const card = document.getElementById('card')!;
    expect(titleElement(card, 'Care Assistant')?.tagName).toBe('H2');
    const badge = host();
    placeHost(card, 'Care Assistant', badge);
    expect(badge.previousElementSibling?.tagName).toBe('H2');
    expect(badge.closest('a')).toBeNull();
  });

  it('finds a title the board repeats for screen readers, and never climbs into a link', () => {
    document.body.innerHTML = '<li id="card"><div class="lockup__title"><a href="/jobs/view/1"><span aria-hidden="true"><strong>Staff Nurse</strong></span><span class="visually-hidden">Staff Nurse</span></a></div><div>Trust</div></li>';
    const card = document.getElementById('card')!;
    const badge = host();
    placeHost(card, 'Staff Nurse', badge);
    expect(badge.previousElementSibling?.className).toBe('lockup__title');
    expect(badge.closest('a')).toBeNull();
  });

  it('falls back to the start of the card', () => {
    document.body.innerHTML = '<div id="card"><p>Night carer needed</p></div>';
    const card = document.getElementById('card')!;
    const badge = host();
    placeHost(card, 'Something else', badge);
    expect(card.firstElementChild).toBe(badge);
  });
});

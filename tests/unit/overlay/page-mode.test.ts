// Where the content script works: supported boards (unless switched off), not the boards' other
// pages, other sites only with the any-site opt-in (structured data only), never a disabled site.
import { describe, expect, it } from 'vitest';
import { pageMode } from '../../../entrypoints/content/page-mode';
import { plainSettings } from '../../../utils/settings-plain';

const mode = (url: string, settings: object = {}, demo = false) => {
  const m = pageMode(new URL(url), plainSettings(settings), demo);
  return m.kind === 'board' ? `board:${m.board?.id ?? '?'}` : m.kind === 'off' ? `off:${m.status}` : m.kind;
};

describe('pageMode', () => {
  it('reads the boards', () => {
    expect(mode('https://www.linkedin.com/jobs/search/?currentJobId=1')).toBe('board:linkedin');
    expect(mode('https://uk.indeed.com/viewjob?jk=a44c0b9e1fd20d1a')).toBe('board:indeed');
  });

  it('stays idle on a board site page that is not a job page (ready for a pushState to one)', () => {
    expect(mode('https://www.linkedin.com/feed/')).toBe('off:not-supported');
    expect(mode('https://www.linkedin.com/feed/', { anySite: true })).toBe('off:not-supported');
  });

  it('respects switched-off boards and sites', () => {
    expect(mode('https://www.linkedin.com/jobs/view/3940018826/', { boards: { linkedin: false } })).toBe('off:disabled');
    expect(mode('https://www.reed.co.uk/jobs', { disabledSites: ['www.reed.co.uk'] })).toBe('off:disabled');
    expect(mode('https://careers.example.org/jobs/1', { anySite: true, disabledSites: ['careers.example.org'] })).toBe('off:disabled');
  });

  it('reads other sites only with the opt-in, and then only their structured data', () => {
    expect(mode('https://careers.example.org/jobs/1')).toBe('off:not-supported');
    expect(mode('https://careers.example.org/jobs/1', { anySite: true })).toBe('structured');
  });

  it('reads the local demo pages only in demo builds', () => {
    expect(mode('http://127.0.0.1:4178/boards/reed/list.html', {}, true)).toBe('board:?');
    expect(mode('http://127.0.0.1:4178/boards/reed/list.html', {}, false)).toBe('off:not-supported');
  });
});

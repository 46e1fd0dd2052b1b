// The content script's match patterns (boards/hosts.ts) must cover every page a board reader
// accepts, and each pattern must be a site where its reader accepts job pages.
import { MatchPattern } from 'wxt/utils/match-patterns';
import { describe, expect, it } from 'vitest';
import { BOARD_HOSTS, BOARD_MATCHES } from '../../../boards/hosts';
import { BOARDS } from '../../../boards/index';

/** Pages each reader accepts (from the readers' own URL tests, plus the country sites). */
const JOB_PAGES: Record<string, string[]> = {
  linkedin: [
    'https://www.linkedin.com/jobs/view/3940018826/',
    'https://uk.linkedin.com/jobs/view/staff-nurse-3940018826',
    'https://www.linkedin.com/jobs/search/?currentJobId=3940018826&keywords=nurse',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3940018826',
    'https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/3940018826',
  ],
  indeed: [
    'https://www.indeed.com/viewjob?jk=bf873f62104b48b5',
    'https://uk.indeed.com/jobs?q=care+assistant&vjk=5c8e21aa7f03d9b4',
    'https://au.indeed.com/q-aged-care-jobs.html',
    'https://www.indeed.fr/viewjob?jk=a44c0b9e1fd20d1a',
    'https://www.indeed.co.uk/viewjob?jk=a44c0b9e1fd20d1a',
    'https://m.indeed.com/viewjob?jk=a44c0b9e1fd20d1a',
  ],
  'nhs-jobs': [
    'https://www.jobs.nhs.uk/candidate/jobadvert/C9177-25-0366',
    'https://beta.jobs.nhs.uk/candidate/jobadvert/C9402-25-0198',
    'https://www.jobs.nhs.uk/candidate/search/results?keyword=nurse',
  ],
  reed: ['https://www.reed.co.uk/jobs/care-assistant/52507327', 'https://reed.co.uk/jobs'],
  seek: ['https://www.seek.com.au/job/78201133', 'https://www.seek.com.au/nurse-jobs', 'https://www.seek.co.nz/job/81234567'],
  glassdoor: [
    'https://www.glassdoor.co.uk/Job/london-nurse-jobs-SRCH_IL.0,6_IC2671300_KO7,12.htm',
    'https://www.glassdoor.com/job-listing/registered-nurse-acme-JV_IC1147401_KO0,16_KE17,21.htm?jl=1009123456789',
    'https://www.glassdoor.fr/Emploi/paris-infirmier-emplois-SRCH_IL.0,5_IS4540_KO6,15.htm',
    'https://www.glassdoor.com.au/Job/sydney-nurse-jobs-SRCH_IL.0,6.htm',
  ],
  jobberman: ['https://www.jobberman.com/listings/registered-nurse-lekki-3g8kdx', 'https://www.jobberman.com.gh/jobs'],
};

/** Paths that some reader accepts as a job page, to probe each pattern's site with. */
const PROBE_PATHS = [
  '/jobs/', '/jobs', '/viewjob?jk=a44c0b9e1fd20d1a', '/candidate/search/results', '/job/78201133',
  '/Job/nurse-jobs-SRCH_KO0,5.htm', '/Emploi/infirmier-emplois-SRCH_KO0,9.htm', '/listings/nurse-3g8kdx',
];

const covered = (patterns: string[], url: string) => patterns.some((p) => new MatchPattern(p).includes(url));

describe('board match patterns', () => {
  it('name every board reader and only those', () => {
    expect(Object.keys(BOARD_HOSTS).sort()).toEqual(BOARDS.map((b) => b.id).sort());
  });

  it.each(BOARDS.map((b) => [b.id, b] as const))('%s: every page the reader accepts is covered by its patterns', (id, board) => {
    const pages = JOB_PAGES[id] ?? [];
    expect(pages.length).toBeGreaterThan(0);
    for (const url of pages) {
      expect(board.matches(new URL(url)), url).toBe(true);
      expect(covered(BOARD_HOSTS[id]!, url), url).toBe(true);
    }
  });

  it.each(BOARDS.map((b) => [b.id, b] as const))('%s: every pattern is a site where the reader accepts job pages', (id, board) => {
    for (const pattern of BOARD_HOSTS[id]!) {
      const host = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1];
      expect(host, pattern).toBeDefined();
      const accepted = ['www.', '', 'uk.'].some((sub) => PROBE_PATHS.some((path) => board.matches(new URL(`https://${sub}${host}${path}`))));
      expect(accepted, pattern).toBe(true);
    }
  });

  it('give each page to one board only', () => {
    for (const [id, pages] of Object.entries(JOB_PAGES)) {
      for (const url of pages) {
        const owners = Object.entries(BOARD_HOSTS).filter(([, patterns]) => covered(patterns, url)).map(([owner]) => owner);
        expect(owners).toEqual([id]);
      }
    }
  });

  it('leave other sites alone', () => {
    for (const url of ['https://www.example.com/jobs/1', 'https://notlinkedin.com/jobs/view/1', 'https://www.google.com/search?q=nurse+jobs', 'https://www.nhs.uk/']) {
      expect(covered(BOARD_MATCHES, url), url).toBe(false);
    }
  });
});

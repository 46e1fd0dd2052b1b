import { describe, expect, it } from 'vitest';
import { glassdoor, glassdoorJobId } from '../../../boards/glassdoor';
import { BOARDS, boardForUrl, jobIdFromUrl } from '../../../boards/index';
import { indeed, indeedJobId, indeedSiteCountry } from '../../../boards/indeed';
import { jobberman, jobbermanJobId } from '../../../boards/jobberman';
import { linkedin, linkedinJobId } from '../../../boards/linkedin';
import { nhsJobs, nhsJobId } from '../../../boards/nhs-jobs';
import { reed, reedJobId } from '../../../boards/reed';
import { seek, seekJobId } from '../../../boards/seek';
import type { BoardReader } from '../../../boards/types';

interface Case {
  board: BoardReader;
  yes: string[];
  no: string[];
  ids: Array<[string, string | undefined]>;
  idOf: (url: URL) => string | undefined;
}

const CASES: Case[] = [
  {
    board: linkedin,
    yes: [
      'https://www.linkedin.com/jobs/view/3940018826/',
      'https://uk.linkedin.com/jobs/view/staff-nurse-at-kestrel-vale-nhs-foundation-trust-3940018826',
      'https://www.linkedin.com/jobs/search/?currentJobId=3940018826&keywords=registered%20nurse',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3940018826',
      'https://bg.linkedin.com/jobs/qa-automation-jobs-sofia',
      'https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/3940018826',
      'https://www.linkedin.com/jobs/',
    ],
    no: [
      'https://www.linkedin.com/in/some-nurse/',
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/company/kestrel-vale/jobs/',
      'https://linkedin.com.example.net/jobs/view/1',
      'https://notlinkedin.com/jobs/view/3940018826',
    ],
    ids: [
      ['https://www.linkedin.com/jobs/view/3940018826/', 'linkedin:3940018826'],
      ['https://uk.linkedin.com/jobs/view/staff-nurse-at-kestrel-vale-nhs-foundation-trust-3940018826?trk=x', 'linkedin:3940018826'],
      ['https://www.linkedin.com/jobs/search/?currentJobId=3940018826&keywords=nurse', 'linkedin:3940018826'],
      ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678', 'linkedin:4012345678'],
      ['https://bg.linkedin.com/jobs/qa-automation-jobs-sofia', undefined],
    ],
    idOf: linkedinJobId,
  },
  {
    board: indeed,
    yes: [
      'https://www.indeed.com/viewjob?jk=bf873f62104b48b5',
      'https://uk.indeed.com/jobs?q=care+assistant+visa+sponsorship&l=&vjk=5c8e21aa7f03d9b4',
      'https://uk.indeed.com/job/senior-care-assistant-5c8e21aa7f03d9b4',
      'https://ca.indeed.com/jobs?q=registered+nurse',
      'https://au.indeed.com/q-aged-care-jobs.html',
      'https://fr.indeed.com/emplois?q=infirmier',
      'https://www.indeed.fr/viewjob?jk=a44c0b9e1fd20d1a',
      'https://www.indeed.co.uk/viewjob?jk=a44c0b9e1fd20d1a',
      'https://m.indeed.com/viewjob?jk=a44c0b9e1fd20d1a',
      'https://www.indeed.com/rc/clk?jk=a44c0b9e1fd20d1a',
      'https://www.indeed.com/cmp/Orchard-Vale/jobs',
    ],
    no: [
      'https://www.indeed.com/career-advice/finding-a-job/nursing-interview',
      'https://uk.indeed.com/cmp/Orchard-Vale/reviews',
      'https://uk.indeed.com/cmp/Orchard-Vale',
      'https://secure.indeed.com/account/login',
      'https://employers.indeed.com/jobs',
      'https://indeed.example.com/viewjob?jk=a44c0b9e1fd20d1a',
      'https://www.notindeed.com/viewjob?jk=a44c0b9e1fd20d1a',
    ],
    ids: [
      ['https://www.indeed.com/viewjob?jk=a44c0b9e1fd20d1a', 'indeed:a44c0b9e1fd20d1a'],
      ['https://uk.indeed.com/jobs?q=nurse&vjk=5C8E21AA7F03D9B4', 'indeed:5c8e21aa7f03d9b4'],
      ['https://uk.indeed.com/job/senior-care-assistant-5c8e21aa7f03d9b4', 'indeed:5c8e21aa7f03d9b4'],
      ['https://uk.indeed.com/jobs?q=nurse', undefined],
      ['https://www.indeed.com/viewjob?jk=not-a-key', undefined],
    ],
    idOf: indeedJobId,
  },
  {
    board: nhsJobs,
    yes: [
      'https://www.jobs.nhs.uk/candidate/jobadvert/C9177-25-0366',
      'https://www.jobs.nhs.uk/candidate/search/results?keyword=nurse&language=en',
      'https://beta.jobs.nhs.uk/candidate/jobadvert/C9402-25-0198',
      'https://www.jobs.nhs.uk/xi/vacancy/915897886',
    ],
    no: [
      'https://www.jobs.nhs.uk/',
      'https://www.jobs.nhs.uk/about',
      'https://www.nhs.uk/candidate/jobadvert/C9177-25-0366',
      'https://jobs.nhs.uk.example.com/candidate/jobadvert/C9177-25-0366',
    ],
    ids: [
      ['https://www.jobs.nhs.uk/candidate/jobadvert/C9177-25-0366?keyword=nurse', 'nhs-jobs:C9177-25-0366'],
      ['https://www.jobs.nhs.uk/xi/vacancy/915897886', 'nhs-jobs:915897886'],
      ['https://www.jobs.nhs.uk/candidate/search/results?keyword=nurse', undefined],
    ],
    idOf: nhsJobId,
  },
  {
    board: reed,
    yes: [
      'https://www.reed.co.uk/jobs/software-developer/52507327?source=searchResults',
      'https://www.reed.co.uk/jobs/care-assistant-jobs',
      'https://www.reed.co.uk/jobs/nurse-jobs-in-leeds?salaryfrom=25000',
      'https://reed.co.uk/jobs',
    ],
    no: ['https://www.reed.co.uk/courses/', 'https://www.reed.co.uk/career-advice/', 'https://reed.com/jobs/x/123', 'https://www.reed.co.uk.example.org/jobs/x/1'],
    ids: [
      ['https://www.reed.co.uk/jobs/software-developer/52507327?source=searchResults', 'reed:52507327'],
      ['https://www.reed.co.uk/jobs/care-assistant-jobs', undefined],
    ],
    idOf: reedJobId,
  },
  {
    board: seek,
    yes: [
      'https://www.seek.com.au/job/78201133',
      'https://www.seek.com.au/nurse-jobs',
      'https://www.seek.com.au/aged-care-jobs/in-All-Australia',
      'https://www.seek.com.au/QA-Automation-jobs/in-All-Sydney-NSW?sortmode=ListedDate',
      'https://www.seek.com.au/jobs?keywords=nurse&jobId=78201133',
      'https://www.seek.com.au/jobs-in-healthcare-medical',
      'https://www.seek.co.nz/job/81234567',
    ],
    no: ['https://www.seek.com.au/career-advice/', 'https://www.seek.com.au/companies/', 'https://seek.example.com/job/1', 'https://www.seek.com/job/1'],
    ids: [
      ['https://www.seek.com.au/job/78201133?type=standout', 'seek:78201133'],
      ['https://www.seek.com.au/jobs?keywords=nurse&jobId=78201133', 'seek:78201133'],
      ['https://www.seek.com.au/nurse-jobs', undefined],
    ],
    idOf: seekJobId,
  },
  {
    board: glassdoor,
    yes: [
      'https://www.glassdoor.fr/Emploi/paris-data-scientist-intern-emplois-SRCH_IL.0,5_IS4540_KO6,27.htm',
      'https://www.glassdoor.co.uk/Job/london-nurse-jobs-SRCH_IL.0,6_IC2671300_KO7,12.htm',
      'https://www.glassdoor.com/Job/nurse-jobs-SRCH_KO0,5.htm',
      'https://www.glassdoor.com/job-listing/registered-nurse-acme-JV_IC1147401_KO0,16_KE17,21.htm?jl=1009123456789',
      'https://www.glassdoor.com/partner/jobListing.htm?pos=101&jobListingId=1009733330019',
      'https://www.glassdoor.com.au/Job/sydney-nurse-jobs-SRCH_IL.0,6.htm',
    ],
    no: [
      'https://www.glassdoor.com/Reviews/index.htm',
      'https://www.glassdoor.fr/Avis/pwc-avis-E8450.htm',
      'https://www.glassdoor.com/Salaries/nurse-salary-SRCH_KO0,5.htm',
      'https://www.glassdoor.com/',
      'https://glassdoor.example.com/Job/nurse-jobs.htm',
    ],
    ids: [
      ['https://www.glassdoor.com/job-listing/registered-nurse-acme-JV_IC1147401_KO0,16_KE17,21.htm?jl=1009123456789', 'glassdoor:1009123456789'],
      ['https://www.glassdoor.com/partner/jobListing.htm?pos=101&jobListingId=1009733330019', 'glassdoor:1009733330019'],
      ['https://www.glassdoor.fr/Emploi/paris-emplois-SRCH_IL.0,5.htm', undefined],
    ],
    idOf: glassdoorJobId,
  },
  {
    board: jobberman,
    yes: [
      'https://www.jobberman.com/listings/registered-nurse-lekki-crest-hospital-3g8kdx',
      'https://www.jobberman.com.gh/listings/staff-nurses-for-saudi-arabia-goldcoast-horizon-x7k2qp',
      'https://www.jobberman.com/jobs',
      'https://www.jobberman.com/jobs/medical-pharmaceutical',
      'https://www.jobberman.com/jobs?q=nurse',
    ],
    no: [
      'https://www.jobberman.com/company/lekki-crest-hospital',
      'https://www.jobberman.com/blog/how-to-write-a-cv',
      'https://jobberman.example.com/listings/x',
      'https://www.jobberman.com.ng.example/listings/x',
    ],
    ids: [
      ['https://www.jobberman.com/listings/registered-nurse-lekki-crest-hospital-3g8kdx', 'jobberman:registered-nurse-lekki-crest-hospital-3g8kdx'],
      ['https://www.jobberman.com/jobs/medical-pharmaceutical', undefined],
    ],
    idOf: jobbermanJobId,
  },
];

describe.each(CASES)('$board.id URL predicates', ({ board, yes, no, ids, idOf }) => {
  it.each(yes)('matches %s', (url) => {
    expect(board.matches(new URL(url))).toBe(true);
    expect(boardForUrl(url)?.id).toBe(board.id);
  });

  it.each(no)('does not match %s', (url) => {
    expect(board.matches(new URL(url))).toBe(false);
  });

  it.each(ids)('job id of %s is %s', (url, id) => {
    expect(idOf(new URL(url))).toBe(id);
    expect(jobIdFromUrl(url)).toBe(id);
  });
});

describe('board registry', () => {
  it('lists each board once, in a fixed order', () => {
    expect(BOARDS.map((b) => b.id)).toEqual(['linkedin', 'indeed', 'nhs-jobs', 'reed', 'seek', 'glassdoor', 'jobberman']);
  });

  it('claims no page outside the boards', () => {
    for (const url of ['https://www.example.com/jobs/view/1', 'https://oakbridge-talent.example/jobs/rn', 'https://www.google.com/search?q=nurse+jobs']) {
      expect(boardForUrl(url)).toBeUndefined();
    }
    expect(boardForUrl('not a url')).toBeUndefined();
    expect(jobIdFromUrl('not a url')).toBeUndefined();
  });

  it('knows which country an Indeed site lists jobs in', () => {
    expect(indeedSiteCountry(new URL('https://uk.indeed.com/jobs?q=nurse'))).toBe('GB');
    expect(indeedSiteCountry(new URL('https://www.indeed.com/jobs?q=nurse'))).toBe('US');
    expect(indeedSiteCountry(new URL('https://www.indeed.fr/emplois'))).toBe('FR');
    expect(indeedSiteCountry(new URL('https://www.indeed.co.uk/jobs'))).toBe('GB');
    expect(indeedSiteCountry(new URL('https://au.indeed.com/jobs'))).toBe('AU');
    expect(indeedSiteCountry(undefined)).toBeUndefined();
  });
});

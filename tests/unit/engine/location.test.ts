// The country of a board's location field and of a national board's domain.
import { describe, expect, it } from 'vitest';
import { countryOfDomain, countryOfLocation } from '../../../rules/detect/location';

describe('country of a location field', () => {
  it.each([
    ['Leeds LS9', 'GB'],
    ['Milwaukee, WI', 'US'],
    ['Cairns QLD', 'AU'],
    ['Halifax, NS', 'CA'],
    ['Dublin, County Dublin, Ireland', 'IE'],
    ['Abuja', 'NG'],
    ['Santiago de Chile', 'CL'],
    ['Sarajevo', 'BA'],
    ['Libreville, GA', 'GA'],
  ])('%s → %s', (location, iso) => {
    expect(countryOfLocation(location)).toBe(iso);
  });

  it.each([
    ['Panama City, FL', 'US'],
    ['San Marino, CA', 'US'],
    ['St Lucia QLD', 'AU'],
  ])('a name that is also a place elsewhere gives way to the state: %s → %s', (location, iso) => {
    expect(countryOfLocation(location)).toBe(iso);
  });

  it('says nothing when nothing tells', () => {
    expect(countryOfLocation('Remote')).toBeUndefined();
    expect(countryOfLocation(undefined)).toBeUndefined();
  });
});

describe('country of a national board', () => {
  it.each([
    ['https://www.jobs.nhs.uk/candidate/jobadvert/C9123', 'GB'],
    ['https://www.jobberman.com/listings/nurse', 'NG'],
    ['https://de.indeed.com/viewjob?jk=1', 'DE'],
  ])('%s → %s', (url, iso) => {
    expect(countryOfDomain(url)).toBe(iso);
  });

  it('gives no country for international boards or bad addresses', () => {
    expect(countryOfDomain('https://www.linkedin.com/jobs/view/1')).toBeUndefined();
    expect(countryOfDomain('not a url')).toBeUndefined();
  });
});

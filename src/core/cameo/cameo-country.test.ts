import { describe, expect, it } from 'vitest';
import { iso3OfCameoCountry } from './cameo-country.js';

describe('CAMEO country codes', () => {
  it('keeps ISO codes, updates the older ones and drops regions', () => {
    expect(iso3OfCameoCountry('IRN')).toBe('IRN');
    expect(iso3OfCameoCountry('ROM')).toBe('ROU');
    expect(iso3OfCameoCountry('ZAR')).toBe('COD');
    expect(iso3OfCameoCountry('WSB')).toBe('PSE');
    expect(iso3OfCameoCountry('GZS')).toBe('PSE');
    expect(iso3OfCameoCountry('MEA')).toBeNull();
    expect(iso3OfCameoCountry('WST')).toBeNull();
    expect(iso3OfCameoCountry('')).toBeNull();
    expect(iso3OfCameoCountry('irn')).toBeNull();
    expect(iso3OfCameoCountry('IRNGOV')).toBeNull();
  });
});

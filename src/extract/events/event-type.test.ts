import { describe, expect, it } from 'vitest';
import { CAMEO_CODES, isCameoCode } from './cameo-codes.js';
import { PLOVER_TYPES, ploverTypeOfCameo } from './event-type.js';

describe('ploverTypeOfCameo', () => {
  it('maps each CAMEO root to its PLOVER type', () => {
    expect(ploverTypeOfCameo('036')).toBe('AGREE');
    expect(ploverTypeOfCameo('042')).toBe('CONSULT');
    expect(ploverTypeOfCameo('051')).toBe('SUPPORT');
    expect(ploverTypeOfCameo('063')).toBe('COOPERATE');
    expect(ploverTypeOfCameo('075')).toBe('AID');
    expect(ploverTypeOfCameo('090')).toBe('ACCUSE');
    expect(ploverTypeOfCameo('1056')).toBe('REQUEST');
    expect(ploverTypeOfCameo('1122')).toBe('ACCUSE');
    expect(ploverTypeOfCameo('125')).toBe('REJECT');
    expect(ploverTypeOfCameo('138')).toBe('THREATEN');
    expect(ploverTypeOfCameo('1423')).toBe('PROTEST');
    expect(ploverTypeOfCameo('154')).toBe('MOBILIZE');
    expect(ploverTypeOfCameo('161')).toBe('SANCTION');
    expect(ploverTypeOfCameo('173')).toBe('COERCE');
    expect(ploverTypeOfCameo('195')).toBe('ASSAULT');
    expect(ploverTypeOfCameo('2041')).toBe('ASSAULT');
  });

  it('follows the longest listed prefix where PLOVER moves a code out of its root', () => {
    expect(ploverTypeOfCameo('081')).toBe('CONCEDE');
    expect(ploverTypeOfCameo('0841')).toBe('RETREAT');
    expect(ploverTypeOfCameo('0874')).toBe('RETREAT');
    expect(ploverTypeOfCameo('163')).toBe('COERCE');
    expect(ploverTypeOfCameo('1712')).toBe('ASSAULT');
    expect(ploverTypeOfCameo('191')).toBe('COERCE');
  });

  it('gives no type to statements, appeals and non-codes', () => {
    expect(ploverTypeOfCameo('010')).toBeNull();
    expect(ploverTypeOfCameo('023')).toBeNull();
    expect(ploverTypeOfCameo('abc')).toBeNull();
    expect(ploverTypeOfCameo('1')).toBeNull();
  });

  it('has a PLOVER type for every code of the code table', () => {
    for (const code of Object.keys(CAMEO_CODES)) {
      expect(isCameoCode(code)).toBe(true);
      expect(PLOVER_TYPES).toContain(ploverTypeOfCameo(code));
    }
  });
});

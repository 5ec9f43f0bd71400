import { describe, expect, it } from 'vitest';
import { sectorOfCameoTypes, sectorOfIcewsSectors } from './actor-sector.js';

describe('actor sectors', () => {
  it('reads CAMEO type codes, the first that names a sector winning', () => {
    expect(sectorOfCameoTypes(['GOV', '', ''])).toBe('government');
    expect(sectorOfCameoTypes(['MIL'])).toBe('military');
    expect(sectorOfCameoTypes(['RAD', 'REB'])).toBe('rebels');
    expect(sectorOfCameoTypes(['CVL', 'MED'])).toBe('civilian');
    expect(sectorOfCameoTypes(['UNO'])).toBe('igo');
    expect(sectorOfCameoTypes(['', '', ''])).toBeNull();
    expect(sectorOfCameoTypes(['MOD'])).toBeNull();
  });

  it('reads ICEWS sector lists, the most specific sector winning', () => {
    expect(sectorOfIcewsSectors('Military,Government')).toBe('military');
    expect(sectorOfIcewsSectors('Executive,Foreign Ministry,Government')).toBe('government');
    expect(sectorOfIcewsSectors('Defense / Security Ministry,Government')).toBe('military');
    expect(sectorOfIcewsSectors('Police,Government')).toBe('police');
    expect(sectorOfIcewsSectors('Legislative / Parliamentary,Government')).toBe('legislature');
    expect(sectorOfIcewsSectors('General Population / Civilian / Social,Social')).toBe('civilian');
    expect(sectorOfIcewsSectors('Protestors / Popular Opposition / Mobs,Dissident')).toBe(
      'opposition',
    );
    expect(sectorOfIcewsSectors('Opposition Major Party (Out Of Government),Parties')).toBe(
      'opposition',
    );
    expect(sectorOfIcewsSectors('Protestant,Religious')).toBe('religious');
    expect(sectorOfIcewsSectors('Regional Diplomatic IGOs')).toBe('igo');
    expect(
      sectorOfIcewsSectors('Human Rights NGOs,Nongovernmental Organizations / Activists'),
    ).toBe('ngo');
    expect(sectorOfIcewsSectors('Insurgents')).toBe('rebels');
    expect(sectorOfIcewsSectors('Human Rights Ministry,Government')).toBe('government');
    expect(sectorOfIcewsSectors('Intelligence Ministry')).toBe('intelligence');
    expect(sectorOfIcewsSectors('Global Defense / Security IGOs')).toBe('igo');
    expect(sectorOfIcewsSectors('Center Right,Ideological')).toBeNull();
    expect(sectorOfIcewsSectors('')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { equivalentTitleKeys, roleTitleKey } from './role-title.js';

describe('roleTitleKey', () => {
  it.each([
    ['Supreme Leader', 'supreme leader'],
    ['the Supreme Leader', 'supreme leader'],
    ['Minister of Foreign Affairs', 'foreign minister'],
    ['External Affairs Minister', 'foreign minister'],
    ['Defense Minister', 'defence minister'],
    ['Minister of the Armed Forces', 'defence minister'],
    ['Secretary of War', 'secretary of defense'],
    ['National Security Advisor', 'national security adviser'],
    ['Foreign Ministry spokeswoman', 'foreign ministry spokesperson'],
    ['Secretary-General of the United Nations', 'un secretary general'],
    ['UN Secretary-General', 'un secretary general'],
    ['U.N. chief', 'un secretary general'],
    ['ambassador to the United Nations', 'un ambassador'],
    ['director general of the International Atomic Energy Agency', 'iaea director general'],
    ['NATO Secretary General', 'nato secretary general'],
    ['commander of the Revolutionary Guards', 'irgc commander in chief'],
    ['Hezbollah leader', 'hezbollah secretary general'],
    ['secretary of state', 'secretary of state'],
  ])('%s → %s', (title, key) => {
    expect(roleTitleKey(title)).toBe(key);
  });
});

describe('equivalentTitleKeys', () => {
  it('lists the titles of the same office elsewhere, the title itself first', () => {
    expect(equivalentTitleKeys('foreign secretary')).toEqual([
      'foreign secretary',
      'foreign minister',
      'secretary of state',
    ]);
    expect(equivalentTitleKeys('president')).toEqual(['president']);
  });
});

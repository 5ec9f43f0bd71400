import { describe, expect, it } from 'vitest';
import { isTelltaleError } from '../../core/errors.js';
import {
  hypothesisSetFromJson,
  parseHypothesisSetFile,
  serialiseHypothesisSet,
} from './hypothesis-set-file.js';

const file = {
  question: 'Will the coalition hold until the budget vote?',
  hypotheses: [
    { id: 'H1', text: 'It holds' },
    { id: 'H2', text: 'It collapses' },
  ],
  evidence: [
    {
      id: 'E1',
      text: 'Junior partner skips the cabinet meeting',
      credibility: 'High',
      date: '2024-05-01',
      type: 'action',
      link: { kind: 'event', id: 'ev-17' },
    },
    { id: 'E2', text: 'Leader: "We will finish the term"', relevance: 'Low' },
  ],
  ratings: [
    { analyst: 'ann', evidence: 'E1', hypothesis: 'H1', value: 'I', note: 'a snub' },
    { analyst: 'ann', evidence: 'E1', hypothesis: 'H2', value: 'C' },
    { analyst: 'ann', evidence: 'E2', hypothesis: 'H1', value: 'C' },
    { analyst: 'ann', evidence: 'E2', hypothesis: 'H2', value: 'NA' },
  ],
  probabilities: [{ analyst: 'ann', hypothesis: 'H1', p: 0.4 }],
};

const messageOf = (data: unknown): string => {
  try {
    hypothesisSetFromJson(data);
  } catch (error) {
    if (isTelltaleError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected the file to be rejected');
};

describe('hypothesis set file', () => {
  it('parses a file, defaulting credibility and relevance to Medium', () => {
    const set = hypothesisSetFromJson(file);
    expect(set.evidence[0]).toMatchObject({
      credibility: 'High',
      relevance: 'Medium',
      date: '2024-05-01',
    });
    expect(set.evidence[1]).toMatchObject({ credibility: 'Medium', relevance: 'Low' });
    expect(set.ratings[0]).toEqual({
      analyst: 'ann',
      evidence: 'E1',
      hypothesis: 'H1',
      value: 'I',
      note: 'a snub',
    });
  });

  it('round-trips through its text form', () => {
    const set = hypothesisSetFromJson(file);
    const text = serialiseHypothesisSet(set);
    expect(parseHypothesisSetFile(text)).toEqual(set);
    expect(JSON.parse(text)).toMatchObject({
      evidence: [{ relevance: 'Medium' }, { credibility: 'Medium' }],
    });
  });

  it('treats ratings and probabilities as optional', () => {
    const { ratings: _r, probabilities: _p, ...bare } = file;
    expect(hypothesisSetFromJson(bare)).toMatchObject({ ratings: [], probabilities: [] });
  });

  it('names the unknown hypothesis a rating refers to', () => {
    const bad = {
      ...file,
      ratings: [...file.ratings, { analyst: 'bob', evidence: 'E1', hypothesis: 'H9', value: 'C' }],
    };
    expect(messageOf(bad)).toBe(
      'INVALID_INPUT: Invalid hypothesis set file: ratings[4].hypothesis: unknown hypothesis "H9"',
    );
  });

  it('names a bad field in the shape', () => {
    const bad = { ...file, ratings: [{ ...file.ratings[0], value: 'maybe' }] };
    expect(messageOf(bad)).toMatch(
      /^INVALID_INPUT: Invalid hypothesis set file: ratings\[0\]\.value: /,
    );
    const badLevel = { ...file, evidence: [{ ...file.evidence[0], credibility: 'Very high' }] };
    expect(messageOf(badLevel)).toMatch(/evidence\[0\]\.credibility: /);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseHypothesisSetFile('{')).toThrow(/Invalid hypothesis set file: not JSON/);
  });
});

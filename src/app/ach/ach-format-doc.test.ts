import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreHypothesisSet } from '../../core/ach/score-hypothesis-set.js';
import { parseHypothesisSetFile } from './hypothesis-set-file.js';

// Keeps docs/ach-format.md honest: its example must parse and score to the output it shows.
const doc = readFileSync(new URL('../../../docs/ach-format.md', import.meta.url), 'utf8');
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('docs/ach-format.md', () => {
  it('shows the scores of its example', () => {
    const [example, output] = jsonBlocks;
    const scores = scoreHypothesisSet(parseHypothesisSetFile(example ?? ''));
    expect(JSON.parse(JSON.stringify(scores))).toEqual(JSON.parse(output ?? ''));
  });
});

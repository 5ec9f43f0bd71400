import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { HypothesisSet } from '../../core/ach/hypothesis-set.js';
import {
  scoreHypothesisSet,
  type HypothesisSetScores,
} from '../../core/ach/score-hypothesis-set.js';
import { loadHypothesisSetFile } from '../../app/ach/hypothesis-set-source.js';
import { serialiseHypothesisSet } from '../../app/ach/hypothesis-set-file.js';
import { readInputFile } from '../../app/read-input-file.js';
import { out, printJson, withTelltale } from '../context.js';

const DB_HELP = 'SQLite file or postgres:// URL';

const figure = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(3));

/** The scores as a reader wants them: ranking, diagnosticity, disagreement, probabilities. */
const printScores = (set: HypothesisSet, scores: HypothesisSetScores): void => {
  const text = new Map(set.hypotheses.map((h) => [h.id, h.text]));
  out(set.question);
  out('');
  out('Hypotheses, most likely first (Heuer: fewer inconsistencies rank higher)');
  out('  rank  id      inconsistency  weighted  hypothesis');
  for (const h of [...scores.hypotheses].sort((a, b) => a.rank - b.rank)) {
    out(
      `  ${String(h.rank).padStart(4)}  ${h.id.padEnd(6)}  ${figure(h.inconsistency).padStart(13)}  ${figure(h.weighted).padStart(8)}  ${text.get(h.id) ?? ''}`,
    );
  }
  out('');
  out('Evidence: diagnosticity, and whether leaving it out changes the top hypothesis');
  const sensitive = new Map(scores.sensitivity.map((s) => [s.evidence, s.changesTop]));
  for (const e of scores.evidence) {
    out(
      `  ${e.id.padEnd(6)}  ${figure(e.diagnosticity).padStart(6)}  ${sensitive.get(e.id) ? 'changes the top' : ''}`,
    );
  }
  const disputed = scores.cells.filter((c) => c.level !== 'consensus');
  out('');
  out(`Disagreement: ${disputed.length} of ${scores.cells.length} rated cells beyond consensus`);
  for (const c of disputed) {
    out(`  ${c.evidence} × ${c.hypothesis}  ${c.level} (${figure(c.disagreement)})`);
  }
  if (scores.probabilities.length > 0) {
    out('');
    out('Probabilities (normalised per analyst, then averaged)');
    for (const p of scores.probabilities) out(`  ${p.hypothesis.padEnd(6)}  ${figure(p.p)}`);
  }
  out('');
  out(
    `Without Low-credibility evidence, ranked 1: ${scores.rankingWithoutLowCredibility
      .filter((h) => h.rank === 1)
      .map((h) => h.id)
      .join(', ')}`,
  );
};

export const registerAch = (program: Command): void => {
  const ach = program
    .command('ach')
    .description(
      'Analysis of Competing Hypotheses: score, import, export and list hypothesis sets',
    );

  ach
    .command('score')
    .description(
      'score a hypothesis set file (docs/ach-format.md, or a PARC ACH .achz); no database',
    )
    .argument('<file>', 'FILE.json or FILE.achz')
    .option('--json', 'print the scores as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const set = await loadHypothesisSetFile(file);
      const scores = scoreHypothesisSet(set);
      if (opts.json) printJson(scores);
      else printScores(set, scores);
    });

  ach
    .command('import')
    .description('store a hypothesis set from FILE.json or a PARC ACH FILE.achz')
    .argument('<file>')
    .option('--db <db>', DB_HELP)
    .option('--json', 'print the stored set as JSON')
    .action(async (file: string, opts: { db?: string; json?: boolean }) => {
      const bytes = await readInputFile(file);
      const set = await withTelltale(opts.db, (t) => t.ach.importFile(basename(file), bytes));
      if (opts.json) printJson(set);
      else
        out(
          `${set.id}  imported "${set.question}": ${set.hypotheses.length} hypotheses, ${set.evidence.length} evidence, ${set.ratings.length} ratings`,
        );
    });

  ach
    .command('export')
    .description('write a stored hypothesis set in the JSON format')
    .argument('<id>')
    .option('--db <db>', DB_HELP)
    .option('--out <file>', 'write to this file rather than standard output')
    .action(async (id: string, opts: { db?: string; out?: string }) => {
      const text = serialiseHypothesisSet(await withTelltale(opts.db, (t) => t.ach.exportSet(id)));
      if (opts.out) writeFileSync(opts.out, text);
      else process.stdout.write(text);
    });

  ach
    .command('list')
    .description('list stored hypothesis sets, newest first')
    .option('--db <db>', DB_HELP)
    .option('--json', 'print a JSON array')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const sets = await withTelltale(opts.db, (t) => t.ach.list());
      if (opts.json) {
        printJson(sets);
        return;
      }
      for (const s of sets) {
        out(
          `${s.id}  ${s.createdAt.slice(0, 10)}  ${s.hypotheses} hyp. × ${s.evidence} ev.  ${s.analysts} analysts  ${s.question}`,
        );
      }
      out(`${sets.length} hypothesis set${sets.length === 1 ? '' : 's'}`);
    });
};

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { invalidInput } from '../../core/errors.js';
import { evaluateGoldFile, EVAL_KINDS, type EvalKind } from '../../app/eval/evaluate.js';
import { out, printJson, telltaleDepsFromEnv } from '../context.js';

interface EvalOptions {
  gold: string;
  json?: boolean;
  predictions?: string;
}

const formatFigure = (value: number): string =>
  Number.isInteger(value) ? String(value) : value.toFixed(4);

export const registerEval = (program: Command): void => {
  program
    .command('eval')
    .description(
      `score the extraction pipeline on a gold file (${EVAL_KINDS.join(', ')}); formats in ../shared/eval/FORMAT.md`,
    )
    .argument('<kind>', EVAL_KINDS.join(' | '))
    .requiredOption('--gold <file>', 'gold file, JSON Lines')
    .option('--predictions <file>', 'also write what the pipeline found, one JSON object a line')
    .option('--json', 'print the figures as one JSON object')
    .action(async (kind: string, opts: EvalOptions) => {
      if (!(EVAL_KINDS as readonly string[]).includes(kind)) {
        throw invalidInput(`unknown eval kind "${kind}"; use one of ${EVAL_KINDS.join(', ')}`);
      }
      const { scores, predictions } = await evaluateGoldFile(
        kind as EvalKind,
        opts.gold,
        telltaleDepsFromEnv(),
      );
      if (opts.predictions)
        writeFileSync(
          opts.predictions,
          predictions.map((p) => JSON.stringify(p)).join('\n') + '\n',
        );
      if (opts.json) {
        printJson(scores);
        return;
      }
      out(`telltale eval ${kind} — ${opts.gold}`);
      for (const [name, value] of Object.entries(scores))
        out(`  ${name.padEnd(24)} ${formatFigure(value)}`);
      if (opts.predictions) out(`predictions written to ${opts.predictions}`);
    });
};

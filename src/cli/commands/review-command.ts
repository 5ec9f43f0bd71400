import type { Command } from 'commander';
import { invalidInput } from '../../core/errors.js';
import { Verdict } from '../../core/review.js';
import type { StatementReviewInput } from '../../app/review/review-statement.js';
import { statementView } from '../../app/views/statement-view.js';
import { out, printJson, withTelltale } from '../context.js';

interface ReviewOptions {
  db?: string;
  speaker?: string;
  unnamed?: boolean;
  saidOn?: string;
  direct?: boolean;
  reported?: boolean;
  confirm?: boolean;
  reject?: boolean;
  analyst?: string;
  json?: boolean;
}

export const registerReview = (program: Command): void => {
  program
    .command('review')
    .description('confirm or correct a statement; the correction survives re-extraction')
    .argument('<statement-id>')
    .option('--db <db>', 'SQLite file or postgres:// URL')
    .option('--speaker <name>', 'who said it (found in the registry, or created)')
    .option('--unnamed', 'the speaker is not named')
    .option('--said-on <date>', 'when it was said: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--direct', 'a verbatim quotation')
    .option('--reported', 'reported speech')
    .option('--confirm', 'the statement is right')
    .option('--reject', 'this is not a statement')
    .option('--analyst <name>', 'who reviews (default: $TELLTALE_ANALYST or $USER)')
    .option('--json', 'print the statement as JSON')
    .action(async (id: string, opts: ReviewOptions) => {
      if (opts.speaker !== undefined && opts.unnamed)
        throw invalidInput('give --speaker or --unnamed, not both');
      if (opts.direct && opts.reported) throw invalidInput('give --direct or --reported, not both');
      if (opts.confirm && opts.reject) throw invalidInput('give --confirm or --reject, not both');
      const input: StatementReviewInput = {
        ...(opts.speaker !== undefined
          ? { speaker: opts.speaker }
          : opts.unnamed
            ? { speaker: null }
            : {}),
        ...(opts.saidOn !== undefined ? { saidOn: opts.saidOn } : {}),
        ...(opts.direct ? { direct: true } : opts.reported ? { direct: false } : {}),
        ...(opts.confirm
          ? { verdict: Verdict.Confirmed }
          : opts.reject
            ? { verdict: Verdict.Rejected }
            : {}),
      };
      const analyst =
        opts.analyst ?? process.env['TELLTALE_ANALYST'] ?? process.env['USER'] ?? 'analyst';
      const statement = await withTelltale(opts.db, (t) => t.reviewStatement(id, input, analyst));
      if (opts.json) printJson(statementView(statement));
      else
        out(
          `${statement.id}: ${statement.speaker?.name ?? '(unnamed)'}, ${statement.saidOn?.date ?? 'undated'}, ${statement.direct ? 'direct' : 'reported'}${statement.verdict ? `, ${statement.verdict}` : ''}`,
        );
    });
};

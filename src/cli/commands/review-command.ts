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
  eventType?: string;
  reject?: boolean;
  analyst?: string;
  json?: boolean;
  stance: string[];
  linkTopic: string[];
  unlinkTopic: string[];
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `iran-us-negotiation:-2` → ['iran-us-negotiation', -2]. */
const stanceOption = (value: string): [string, number] => {
  const colon = value.lastIndexOf(':');
  const stance = Number(value.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(stance) || stance < -2 || stance > 2)
    throw invalidInput(`--stance takes TOPIC:VALUE with VALUE from -2 to 2 (got "${value}")`);
  return [value.slice(0, colon), stance];
};

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
    .option('--event-type <type>', 'the PLOVER type of its act (AGREE … ASSAULT), or "none"')
    .option('--confirm', 'the statement is right')
    .option('--reject', 'this is not a statement')
    .option(
      '--stance <topic:value>',
      'its stance on a topic, -2 (firm refusal) to 2 (firm openness), e.g. iran-us-negotiation:-2 (repeat for more)',
      collect,
      [],
    )
    .option('--link-topic <topic>', 'it speaks to this topic (repeat for more)', collect, [])
    .option(
      '--unlink-topic <topic>',
      'it does not speak to this topic (repeat for more)',
      collect,
      [],
    )
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
        ...(opts.eventType !== undefined
          ? { eventType: opts.eventType === 'none' ? null : opts.eventType.toUpperCase() }
          : {}),
        ...(opts.confirm
          ? { verdict: Verdict.Confirmed }
          : opts.reject
            ? { verdict: Verdict.Rejected }
            : {}),
        ...(opts.stance.length > 0
          ? { stances: Object.fromEntries(opts.stance.map(stanceOption)) }
          : {}),
        ...(opts.linkTopic.length + opts.unlinkTopic.length > 0
          ? {
              topics: Object.fromEntries([
                ...opts.linkTopic.map((t) => [t, true] as const),
                ...opts.unlinkTopic.map((t) => [t, false] as const),
              ]),
            }
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

import type { Command } from 'commander';
import { resolveLlmConfig } from '../../app/llm/llm-config.js';
import type { LinkSummary } from '../../app/topics/link-topics.js';
import { topicStanceView, topicView, type TopicStanceView } from '../../app/topics/topic-views.js';
import type { TopicSummary } from '../../app/topics/topics.js';
import { invalidInput } from '../../core/errors.js';
import { err, out, printJson, withTelltale } from '../context.js';
import { createProgress } from '../progress.js';

interface CommonOptions {
  db?: string;
  json?: boolean;
}

/** `--terms a,b --terms c` → ['a', 'b', 'c']. */
const collectList = (value: string, previous: string[]): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];
const collect = (value: string, previous: string[]): string[] => [...previous, value];

const withCommonOptions = (command: Command, json = 'print JSON'): Command =>
  command.option('--db <db>', 'SQLite file or postgres:// URL').option('--json', json);

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const linkLine = (s: LinkSummary): string =>
  `${plural(s.statements, 'statement')} linked to ${plural(s.topics, 'topic')} in ${plural(s.sources, 'source')} (${s.method}${s.refinedBy ? `; ${s.refined} refined by ${s.refinedBy}` : ''})`;

const topicLine = (t: TopicSummary): string =>
  `${t.id.padEnd(28)} ${String(t.statementCount).padStart(4)} st.  ${t.label}${t.countries.length > 0 ? `  [${t.countries.join('–')}]` : ''}`;

const signed = (n: number | null): string => (n === null ? ' ?' : n > 0 ? `+${n}` : String(n));

const stanceLine = (s: TopicStanceView): string => {
  const flags = [s.hedged && 'hedged', s.conditional && 'conditional', s.negated && 'negated']
    .filter(Boolean)
    .join(', ');
  const content = s.content.length > 110 ? `${s.content.slice(0, 109)}…` : s.content;
  return `${(s.saidOn ?? 'undated').padEnd(10)}  ${signed(s.stance)} (${s.confidence.toFixed(2)}${flags ? `, ${flags}` : ''})  ${s.speaker ?? '(unnamed)'}: “${content}”  [${s.method}] ${s.statementId}${s.verdict === 'rejected' ? ' (rejected)' : ''}`;
};

const printWarnings = (summary: LinkSummary): void => {
  for (const w of summary.warnings) err(`warning: ${w}`);
};

export const registerTopics = (program: Command): void => {
  // Options live on the subcommands only, as for `actors`: the root would otherwise take them.
  const topics = program
    .command('topics')
    .description('the topics you follow, and the stance of each statement on them');

  withCommonOptions(topics.command('list', { isDefault: true }), 'print a JSON array')
    .description('list topics with how many statements speak to each (the default)')
    .argument('[command...]', 'a mistyped subcommand lands here')
    .action(async (command: string[], opts: CommonOptions) => {
      if (command.length > 0)
        throw invalidInput(
          `unknown command "topics ${command[0]}": use list, add, show or link (see \`telltale topics --help\`)`,
        );
      const list = await withTelltale(opts.db, (t) => t.topics.list());
      if (opts.json) return printJson(list.map((t) => topicView(t, t.statementCount)));
      for (const t of list) out(topicLine(t));
      out(plural(list.length, 'topic'));
    });

  withCommonOptions(topics.command('add'))
    .description('define a topic and link the stored statements to it')
    .argument(
      '<id>',
      'a short id: lower-case letters, digits and hyphens, e.g. iran-us-negotiation',
    )
    .requiredOption('--label <text>', 'what the topic is, e.g. "Iran–US negotiations"')
    .option(
      '--terms <terms>',
      'words or phrases that signal it, comma-separated (any case and inflection; `word*` for any ending)',
      collectList,
      [],
    )
    .option(
      '--pattern <regex>',
      'a regular expression that signals it (repeat for more)',
      collect,
      [],
    )
    .option('--description <text>', 'a longer description')
    .option('--actors <iso3,iso3>', 'the one or two countries it concerns, e.g. IRN,USA')
    .action(
      async (
        id: string,
        opts: CommonOptions & {
          label: string;
          terms: string[];
          pattern: string[];
          description?: string;
          actors?: string;
        },
      ) => {
        const { topic, linking } = await withTelltale(opts.db, (t) =>
          t.topics.add({
            id,
            label: opts.label,
            terms: opts.terms,
            patterns: opts.pattern,
            description: opts.description ?? null,
            countries: opts.actors ? collectList(opts.actors, []) : [],
          }),
        );
        if (opts.json) return printJson({ topic: topicView(topic, topic.statementCount), linking });
        out(`added topic ${topic.id} (${topic.label}): ${linkLine(linking)}`);
      },
    );

  withCommonOptions(topics.command('show'))
    .description("show a topic and its statements' stances, oldest first")
    .argument('<id>', 'the topic id')
    .action(async (id: string, opts: CommonOptions) => {
      const { topic, stances } = await withTelltale(opts.db, (t) => t.topics.get(id));
      const views = stances.map((s) => topicStanceView(s.stance, s.statement));
      if (opts.json)
        return printJson({ topic: topicView(topic, topic.statementCount), stances: views });
      out(`${topic.label}  (${topic.id})`);
      if (topic.description) out(`  ${topic.description}`);
      out(`  terms     ${[...topic.terms, ...topic.patterns.map((p) => `/${p}/`)].join(', ')}`);
      if (topic.countries.length > 0) out(`  countries ${topic.countries.join(', ')}`);
      out('');
      for (const s of views) out(stanceLine(s));
      out(plural(views.length, 'statement'));
    });

  withCommonOptions(topics.command('link'), 'print the summary as JSON')
    .description(
      'link stored statements to topics again (after editing the stance lexicon, or to refine with a model)',
    )
    .argument('[id]', 'only this topic')
    .option('--source <id>', 'only this source')
    .option(
      '--llm-url <url>',
      'an OpenAI-compatible endpoint to refine stances with, e.g. http://127.0.0.1:8080/v1 (or TELLTALE_LLM_URL)',
    )
    .option('--llm-model <model>', 'the model to ask (or TELLTALE_LLM_MODEL)')
    .action(
      async (
        id: string | undefined,
        opts: CommonOptions & { source?: string; llmUrl?: string; llmModel?: string },
      ) => {
        const llm = resolveLlmConfig({ url: opts.llmUrl, model: opts.llmModel, env: process.env });
        const progress = createProgress(!opts.json, 'linking', 'sources');
        const summary = await withTelltale(opts.db, (t) =>
          t.topics.link(
            {
              ...(id ? { topicId: id } : {}),
              ...(opts.source ? { sourceId: opts.source } : {}),
              llm,
            },
            (e) => {
              if (e.kind === 'planned') progress.start(e.sources);
              else progress.update(e.index, e.sourceId);
            },
          ),
        );
        progress.stop();
        printWarnings(summary);
        if (opts.json) printJson(summary);
        else out(linkLine(summary));
      },
    );
};

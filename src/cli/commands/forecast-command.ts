import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Prediction } from '../../core/forecast/forecast-question.js';
import { scoreForecastQuestion } from '../../core/forecast/score-forecast-question.js';
import { loadForecastFile } from '../../app/forecast/forecast-file-source.js';
import {
  questionToFileForm,
  serialiseForecastFile,
} from '../../app/forecast/forecast-file-export.js';
import { out, printJson, withTelltale } from '../context.js';

const DB_HELP = 'SQLite file or postgres:// URL';

const figure = (x: number | null): string => (x === null ? '—' : x.toFixed(4));

const prediction = (p: Prediction | null): string => {
  if (p === null) return '—';
  if (typeof p === 'number') return figure(p);
  return Object.entries(p)
    .map(([option, q]) => `${option} ${figure(q)}`)
    .join(', ');
};

export const registerForecast = (program: Command): void => {
  const forecast = program
    .command('forecast')
    .description('forecasting questions: score, import, export and list');

  forecast
    .command('score')
    .description('score a forecast file (docs/forecast-format.md); no database')
    .argument('<file>', 'FILE.json')
    .option('--json', 'print the scores as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { question, forecasts } = await loadForecastFile(file);
      const scores = scoreForecastQuestion(question, forecasts);
      if (opts.json) {
        printJson(scores);
        return;
      }
      out(`${question.title || question.id} (${question.resolution.status})`);
      out('  analyst          brier     log  time-avg Brier');
      for (const a of scores.analysts) {
        out(
          `  ${a.analyst.padEnd(12)}  ${figure(a.brier).padStart(7)}  ${figure(a.log).padStart(7)}  ${figure(a.timeAveragedBrier).padStart(14)}`,
        );
      }
      out(`Aggregate at the close: median ${prediction(scores.aggregate.median)}`);
      out(`  geometric mean of odds ${prediction(scores.aggregate.geoMeanOdds)}`);
    });

  forecast
    .command('import')
    .description('store a question with its forecasts from a forecast file')
    .argument('<file>', 'FILE.json')
    .option('--db <db>', DB_HELP)
    .action(async (file: string, opts: { db?: string }) => {
      const data = await loadForecastFile(file);
      const stored = await withTelltale(opts.db, (t) => t.forecasts.importQuestion(data));
      out(
        `${stored.question.id}  imported "${stored.question.title}" with ${stored.forecasts.length} forecasts`,
      );
    });

  forecast
    .command('export')
    .description('write a stored question with its forecasts as a forecast file')
    .argument('<id>')
    .option('--db <db>', DB_HELP)
    .option('--out <file>', 'write to this file rather than standard output')
    .action(async (id: string, opts: { db?: string; out?: string }) => {
      const text = serialiseForecastFile(await withTelltale(opts.db, (t) => t.forecasts.get(id)));
      if (opts.out) writeFileSync(opts.out, text);
      else process.stdout.write(text);
    });

  forecast
    .command('list')
    .description('list stored questions, the latest to close first')
    .option('--db <db>', DB_HELP)
    .option('--json', 'print a JSON array')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const questions = await withTelltale(opts.db, (t) => t.forecasts.list());
      if (opts.json) {
        printJson(
          questions.map(({ question, status, ...counts }) => ({
            question: { ...questionToFileForm(question), status },
            ...counts,
          })),
        );
        return;
      }
      for (const { question, status, forecasts, analysts } of questions) {
        out(
          `${question.id}  ${status.padEnd(9)}  closes ${question.closes.slice(0, 10)}  ${forecasts} forecasts by ${analysts}  ${question.title}`,
        );
      }
      out(`${questions.length} question${questions.length === 1 ? '' : 's'}`);
    });
};

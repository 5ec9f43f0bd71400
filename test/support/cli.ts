import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const BIN = resolve('bin/telltale.js');

export const assertBuilt = (): void => {
  if (!existsSync(resolve('dist/cli/main.js'))) {
    throw new Error(
      'dist/cli/main.js is missing: run `npm run build` first (`npm test` does it for you)',
    );
  }
};

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `telltale` command to completion. */
export const runCli = (
  args: readonly string[],
  opts: { env?: Record<string, string | undefined>; input?: string | Buffer; cwd?: string } = {},
): Promise<CliResult> =>
  new Promise((resolvePromise, reject) => {
    const child = startCli(args, opts);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    if (opts.input !== undefined) child.stdin?.end(opts.input);
    else child.stdin?.end();
  });

/** Starts the built `telltale` command and returns the process. */
export const startCli = (
  args: readonly string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string } = {},
): ChildProcess =>
  spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? process.cwd(),
    env: { ...process.env, TELLTALE_DB: undefined, ...opts.env, TZ: 'UTC' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });

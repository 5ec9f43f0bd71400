import { SingleBar } from 'cli-progress';

/** A progress bar on a terminal; nothing at all when standard error is not one. */
export interface Progress {
  start(total: number): void;
  update(done: number, detail: string): void;
  /** Prints a line above the bar without breaking it. */
  log(line: string): void;
  stop(): void;
}

export const createProgress = (enabled: boolean, verb = 'ingesting', unit = 'files'): Progress => {
  if (!enabled || !process.stderr.isTTY) {
    return {
      start: () => undefined,
      update: () => undefined,
      log: (line) => process.stderr.write(`${line}\n`),
      stop: () => undefined,
    };
  }
  const bar = new SingleBar({
    stream: process.stderr,
    format: `${verb} [{bar}] {value}/{total} ${unit} | {detail}`,
    hideCursor: true,
    clearOnComplete: true,
    barsize: 30,
  });
  let running = false;
  return {
    start(total) {
      bar.start(total, 0, { detail: '' });
      running = true;
    },
    update(done, detail) {
      bar.update(done, { detail: detail.length > 40 ? `…${detail.slice(-39)}` : detail });
    },
    log(line) {
      if (running) {
        process.stderr.write('\r\x1b[2K');
        process.stderr.write(`${line}\n`);
        bar.render();
      } else process.stderr.write(`${line}\n`);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
};

import { ErrorCode } from '../core/errors.js';

/** Exit codes: 0 all went well; 1 some inputs failed; 2 bad usage or input; 3 not found; 4 database unavailable. */
export const ExitCode = {
  Ok: 0,
  SomeFailed: 1,
  InvalidInput: 2,
  NotFound: 3,
  Unavailable: 4,
  Internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export const exitCodeFor = (code: ErrorCode): ExitCode => {
  switch (code) {
    case ErrorCode.InvalidInput:
    case ErrorCode.Conflict:
    case ErrorCode.ExtractionFailed:
      return ExitCode.InvalidInput;
    case ErrorCode.NotFound:
      return ExitCode.NotFound;
    case ErrorCode.Unavailable:
      return ExitCode.Unavailable;
  }
};

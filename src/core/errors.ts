/**
 * The closed set of errors that cross layers. Each edge (HTTP, CLI) maps them once:
 * NotFound → 404 / exit 3, InvalidInput → 400 / exit 2, Conflict → 409, ExtractionFailed → 422.
 */
export const ErrorCode = {
  NotFound: 'NOT_FOUND',
  InvalidInput: 'INVALID_INPUT',
  Conflict: 'CONFLICT',
  ExtractionFailed: 'EXTRACTION_FAILED',
  Unavailable: 'UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class TelltaleError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TelltaleError';
    this.code = code;
  }
}

export const notFound = (message: string): TelltaleError =>
  new TelltaleError(ErrorCode.NotFound, message);
export const invalidInput = (message: string, cause?: unknown): TelltaleError =>
  new TelltaleError(ErrorCode.InvalidInput, message, { cause });
export const conflict = (message: string): TelltaleError =>
  new TelltaleError(ErrorCode.Conflict, message);
export const extractionFailed = (message: string, cause?: unknown): TelltaleError =>
  new TelltaleError(ErrorCode.ExtractionFailed, message, { cause });
export const unavailable = (message: string, cause?: unknown): TelltaleError =>
  new TelltaleError(ErrorCode.Unavailable, message, { cause });

export const isTelltaleError = (e: unknown): e is TelltaleError => e instanceof TelltaleError;

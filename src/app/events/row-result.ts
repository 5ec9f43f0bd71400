import type { Event } from '../../core/event.js';

/** A data row read: the event it holds, or why it holds none. */
export type RowResult =
  { readonly ok: true; readonly event: Event } | { readonly ok: false; readonly message: string };

/** Reads one data row (a line without its line break). */
export type RowParser = (line: string) => RowResult;

import type { Brand } from './brand.js';

/** Who rated, forecast or reviewed: an analyst's name or handle. */
export type AnalystId = Brand<string, 'AnalystId'>;

/** An ISO 8601 date and time with an offset, naming one instant. */
export type IsoDateTime = Brand<string, 'IsoDateTime'>;

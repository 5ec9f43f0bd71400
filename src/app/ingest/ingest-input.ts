/** What the user asked to ingest: a path (file or folder), a URL, or standard input. */
export type IngestInput =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'stdin' };

/**
 * Reads command-line arguments as inputs: `http(s)://…` is a URL, `-` is standard input,
 * anything else a path.
 * @example ingestInputsFrom(['-', 'a.md']) // [{ kind: 'stdin' }, { kind: 'path', path: 'a.md' }]
 */
export const ingestInputsFrom = (args: readonly string[]): IngestInput[] =>
  args.map((arg) =>
    arg === '-'
      ? { kind: 'stdin' }
      : /^https?:\/\//i.test(arg)
        ? { kind: 'url', url: arg }
        : { kind: 'path', path: arg },
  );

export const describeInput = (input: IngestInput): string =>
  input.kind === 'path' ? input.path : input.kind === 'url' ? input.url : '(standard input)';

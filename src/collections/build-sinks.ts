/**
 * What a build lends the code that renders its pages, on `globalThis` (the integrations run in
 * the build's process; routes and middleware run there too, but in Astro's prerender bundle,
 * which must not import the integrations): a way to write files into the output folder directly
 * (src/build/build-files.ts), and the search indexer that takes each rendered page
 * (src/build/search-index.ts). Both are undefined in `astro dev`, where routes serve each
 * file themselves and nothing is indexed.
 */
export const FILE_SINK = Symbol.for('portal.build-files');
export const PAGE_SINK = Symbol.for('portal.rendered-pages');
export const READS_SINK = Symbol.for('portal.page-reads');

export interface FileSink {
  /** Writes `body` at `path`, relative to the output folder and without the base path. */
  write(path: string, body: string): void;
}

export interface PageSink {
  /**
   * A page as the build rendered it, its UTF-8 bytes; `pathname` carries the base path. The bytes
   * become the sink's: it may hand them to another thread without a copy.
   */
  page(pathname: string, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
}

/** What each page rendered read of the site model (src/site/model/reads.ts, src/build/page-reads.ts). */
export interface ReadsSink {
  /** The reads of a page the build rendered; `pathname` carries the base path. */
  read(pathname: string, reads: Set<string>): void;
  /** Given by the site model once loaded: one digest of what `reads` give in it. */
  digestOf?: (reads: Iterable<string>) => string;
}

const lent = globalThis as Record<symbol, unknown>;

export function fileSink(): FileSink | undefined {
  return lent[FILE_SINK] as FileSink | undefined;
}

export function pageSink(): PageSink | undefined {
  return lent[PAGE_SINK] as PageSink | undefined;
}

export function readsSink(): ReadsSink | undefined {
  return lent[READS_SINK] as ReadsSink | undefined;
}

/** Lends `sink` under `key` for the rest of the build; `undefined` takes it back. */
export function lend(
  key: typeof FILE_SINK | typeof PAGE_SINK | typeof READS_SINK,
  sink: FileSink | PageSink | ReadsSink | undefined,
): void {
  if (sink) lent[key] = sink;
  else delete lent[key];
}

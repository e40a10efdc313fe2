/**
 * The route side of src/integrations/build-files.ts: during a build, a way to write files into
 * the output folder directly; undefined in `astro dev` (and in any build without the integration),
 * where routes serve each file themselves.
 */
const FILE_SINK = Symbol.for('portal.build-files');

export interface FileSink {
  /** Writes `body` at `path`, relative to the output folder and without the base path. */
  write(path: string, body: string): void;
}

export function fileSink(): FileSink | undefined {
  return (globalThis as Record<symbol, FileSink | undefined>)[FILE_SINK];
}

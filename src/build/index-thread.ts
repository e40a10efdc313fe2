/**
 * The build's side of the indexing thread (src/build/search-worker.ts, which runs the
 * SearchIndexer of search-index.ts): rendered pages go to it as the build renders them.
 */
import { Worker } from 'node:worker_threads';
import type { PageSink } from '../collections/build-sinks.ts';

/** Pages handed to the indexing thread and not yet taken; beyond this, rendering waits. */
const QUEUED = 64;

export interface IndexStats {
  pages: number;
  searchable: number;
  aliasTokens: number;
  /** Pages handed over while the build rendered them, rather than read back from disk. */
  streamed: number;
  /** Pages handed over as the build copied them from its last run, rather than read back at the end. */
  restored: number;
  /** Time rendering waited for Pagefind to catch up, in ms. */
  waitedMs: number;
  /** Whether the index was started again from the files, to add the pages in the build's order. */
  restarted: boolean;
  /** Gzip bytes of the metadata every search downloads first, its files' names shortened (compact-index.ts). */
  metaBytes?: number;
  /** Why the names were left as Pagefind wrote them, when they were. */
  compactSkipped?: string;
}

/**
 * The build's side of src/build/search-worker.ts: hands each rendered or copied page to the
 * indexing thread and returns at once, waiting only when that thread falls `QUEUED` pages behind.
 */
export class IndexThread implements PageSink {
  readonly #worker: Worker;
  #queued = 0;
  #waitedMs = 0;
  #waitingSince = 0;
  #wake: (() => void)[] = [];
  #finished?: { resolve: (s: IndexStats) => void; reject: (e: Error) => void };
  #failure?: Error;

  constructor(base: string) {
    this.#worker = new Worker(new URL('./search-worker.ts', import.meta.url), { workerData: { base } });
    this.#worker.on('message', (m: { type: 'done' } | { type: 'finished'; stats: IndexStats } | { type: 'failed'; message: string }) => {
      if (m.type === 'done') {
        this.#queued--;
        this.#wake.shift()?.();
      } else if (m.type === 'finished') this.#finished?.resolve(m.stats);
      else this.#fail(new Error(m.message));
    });
    this.#worker.on('error', (e) => this.#fail(e instanceof Error ? e : new Error(String(e))));
    // A build that fails before its end must still exit: the thread holds the process open only
    // while the build waits for it.
    this.#worker.unref();
  }

  #fail(e: Error): void {
    this.#failure ??= e;
    this.#finished?.reject(e);
    for (const wake of this.#wake.splice(0)) wake();
  }

  async page(pathname: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
    if (this.#failure) throw this.#failure;
    this.#worker.postMessage({ type: 'page', pathname, bytes }, [bytes.buffer]);
    await this.#queue();
  }

  /** A page the build copied from its last run: `outputFile` under `dist/`, now at `file`. The thread reads it. */
  async restored(outputFile: string, file: string): Promise<void> {
    if (this.#failure) throw this.#failure;
    this.#worker.postMessage({ type: 'file', outputFile, file });
    await this.#queue();
  }

  /**
   * Waits while the thread is `QUEUED` pages behind. The build may copy several pages at once, so
   * several callers may wait together: the time counted is the time anyone waited.
   */
  async #queue(): Promise<void> {
    if (++this.#queued < QUEUED) return;
    if (!this.#wake.length) {
      this.#waitingSince = performance.now();
      this.#worker.ref();
    }
    await new Promise<void>((resolve) => this.#wake.push(resolve));
    if (!this.#wake.length) {
      this.#worker.unref();
      this.#waitedMs += performance.now() - this.#waitingSince;
    }
  }

  async finish(dir: string, order: string[]): Promise<IndexStats> {
    try {
      if (this.#failure) throw this.#failure;
      this.#worker.ref();
      const stats = await new Promise<IndexStats>((resolve, reject) => {
        this.#finished = { resolve, reject };
        this.#worker.postMessage({ type: 'finish', dir, order });
      });
      return { ...stats, waitedMs: stats.waitedMs + Math.round(this.#waitedMs) };
    } finally {
      await this.#worker.terminate();
    }
  }
}

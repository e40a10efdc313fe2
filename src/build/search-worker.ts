/**
 * The search indexer on a thread of its own (started by src/build/search-index.ts): pages
 * are made ready for Pagefind (NFC, alias field) and sent to it here, on the second core, while
 * the build's thread renders the next pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SearchIndexer } from './search-index.ts';

type Message =
  | { type: 'page'; pathname: string; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'file'; outputFile: string; file: string }
  | { type: 'finish'; dir: string; order: string[] };

const port = parentPort!;
const ready = SearchIndexer.open((workerData as { base: string }).base);
ready.catch(() => undefined);

async function handle(m: Message): Promise<void> {
  try {
    const indexer = await ready;
    if (m.type === 'page') {
      await indexer.page(m.pathname, m.bytes);
      port.postMessage({ type: 'done' });
    } else if (m.type === 'file') {
      await indexer.restored(m.outputFile, m.file);
      port.postMessage({ type: 'done' });
    } else {
      port.postMessage({ type: 'finished', stats: await indexer.finish(m.dir, m.order) });
    }
  } catch (e) {
    port.postMessage({ type: 'failed', message: (e as Error).message });
  }
}

// Each message is answered, failure included, by handle() itself: nothing is left to reject.
port.on('message', (m: Message) => void handle(m));

/**
 * Results of pure steps kept from one validation to the next, keyed by the text they read. The
 * preview validates the whole project again each time an editor saves a file; with a memo, the
 * steps that read one article's text (its front matter, the figures its prose states, the
 * document numbers it mentions) run again only for text they have not read before.
 *
 * A memo is in effect only inside `withMemo`: everywhere else `remember` just computes, so the
 * check and the build keep nothing. A result is handed out as it was first computed: only steps
 * whose callers never change what they get may remember. Entries no run asked for are dropped
 * when the next run ends, so the memo holds one project's worth: results and the digests of the
 * texts, not the texts themselves.
 */
import { createHash } from 'node:crypto';

export class TextMemo {
  #current = new Map<string, unknown>();
  #previous = new Map<string, unknown>();
  hits = 0;
  misses = 0;

  get<T>(key: string, compute: () => T): T {
    if (this.#current.has(key)) return this.#current.get(key) as T;
    let value: T;
    if (this.#previous.has(key)) {
      value = this.#previous.get(key) as T;
      this.hits++;
    } else {
      value = compute();
      this.misses++;
    }
    this.#current.set(key, value);
    return value;
  }

  /** Ends a run: what it did not ask for is let go. */
  sweep(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }

  get size(): number {
    return this.#previous.size;
  }
}

let active: TextMemo | undefined;

/** Runs `f` with `memo` in effect for `remember`, then sweeps it. */
export function withMemo<T>(memo: TextMemo | undefined, f: () => T): T {
  if (!memo) return f();
  const outer = active;
  active = memo;
  try {
    return f();
  } finally {
    active = outer;
    memo.sweep();
  }
}

/**
 * `compute()`, or the result a run under the same memo got for the same step and text. `step`
 * names the function, `text` is everything its result depends on.
 */
export function remember<T>(step: string, text: string, compute: () => T): T {
  if (!active) return compute();
  // A long text is kept as its digest; a short one (a sentence a document number may sit in) as itself.
  const key = text.length > 256 ? `#${createHash('sha256').update(text).digest('base64')}` : `=${text}`;
  return active.get(`${step}\u0000${key}`, compute);
}

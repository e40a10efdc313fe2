import type { Corpus } from '../corpus/corpus.ts';
import { deriveFigures } from '../domain/figures.ts';
import type { FigureInput } from '../charts/specs.ts';

/**
 * Figures straight from the validated corpus, for `<Chart>` in article bodies: the loader runs
 * before the collections exist, so query.ts cannot serve them yet. Same derivation as query.ts.
 */
export function corpusFigures(corpus: Corpus, isPublicConference: (id: string) => boolean): FigureInput[] {
  const conferences = new Map(
    corpus.conferences.filter((c) => isPublicConference(c.id)).map((c) => [c.id, { id: c.id, data: { title: c.data.title } }]),
  );
  return deriveFigures(
    corpus.observations,
    new Map(corpus.indicators.map((r) => [r.data.id, r.data])),
    new Map(corpus.units.map((r) => [r.data.id, r.data])),
    conferences,
  );
}

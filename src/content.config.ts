import { defineCollection } from 'astro:content';
import { corpusLoader } from './loaders/corpus.ts';

export const collections = {
  documents: defineCollection({ loader: corpusLoader('documents') }),
  conferences: defineCollection({ loader: corpusLoader('conferences') }),
  units: defineCollection({ loader: corpusLoader('units') }),
  indicators: defineCollection({ loader: corpusLoader('indicators') }),
  observations: defineCollection({ loader: corpusLoader('observations') }),
};

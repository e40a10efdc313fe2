import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { corpusLoader } from './collections/corpus.ts';
import { documentSchema } from './schemas/document.ts';
import { conferenceSchema } from './schemas/conference.ts';
import { unitSchema } from './schemas/unit.ts';
import { indicatorSchema } from './schemas/indicator.ts';
import { observationSchema } from './schemas/observation.ts';

/**
 * What the loader stores for an article beside its validated front matter: the source file, the
 * compiled HTML's file, the documents its text cites and those only its editor's notes name
 * (src/articles/article.ts: mentionLists). The loader validates every entry with
 * the schemas below before storing it; declaring them here types the collections for the pages.
 */
const article = {
  file: z.string(),
  htmlFile: z.string().optional(),
  cites: z.array(z.string()).optional(),
  named: z.array(z.string()).optional(),
};
/** A table row keeps its spreadsheet row number, for errors that point at it. */
const tableRow = { row: z.number() };

export const collections = {
  documents: defineCollection({ loader: corpusLoader('documents'), schema: documentSchema.extend(article) }),
  conferences: defineCollection({ loader: corpusLoader('conferences'), schema: conferenceSchema.extend(article) }),
  units: defineCollection({ loader: corpusLoader('units'), schema: unitSchema.extend(tableRow) }),
  indicators: defineCollection({ loader: corpusLoader('indicators'), schema: indicatorSchema.extend(tableRow) }),
  observations: defineCollection({ loader: corpusLoader('observations'), schema: observationSchema.extend(tableRow) }),
};

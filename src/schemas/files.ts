/** Where each collection and table of the content contract lives, relative to the project root. */
export const PATHS = {
  documents: 'content/documents',
  conferences: 'content/conferences',
  units: 'data/units.csv',
  indicators: 'data/indicators.csv',
  observations: 'data/observations.csv',
} as const;

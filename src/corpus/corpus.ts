/**
 * What the validation engine reads a project into: every entry and row with its location, for
 * the checks across files and for the site. Types only (and where the files are).
 */
import type { Root } from 'mdast';
import type { DocumentData } from '../schemas/document.ts';
import type { ConferenceData } from '../schemas/conference.ts';
import type { Unit } from '../schemas/unit.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Observation } from '../schemas/observation.ts';
import type { Issue } from '../core/issues.ts';
import type { CsvRow } from './csv.ts';

export { PATHS } from '../schemas/files.ts';

/** A document number found in an article's text, and the document it names when known. */
export interface ArticleMention {
  raw: string;
  line: number;
  id?: string;
  /**
   * Inside an editor's note (`<Callout>`): the page links the document, but the article (the
   * report as its source gives it) does not cite it.
   */
  commentary?: true;
}

export interface Entry<T> {
  id: string;
  /** Path relative to the project root, with `/`. */
  file: string;
  data: T;
  /** The MDX body as written. */
  body: string;
  /** The body parsed (policy-checked) to mdast. */
  tree: Root;
  bodyLine: number;
  /** Line of a front-matter field, for locating cross-reference findings. */
  lineOf(path: PropertyKey[]): number;
}

export interface Corpus {
  documents: Entry<DocumentData>[];
  conferences: Entry<ConferenceData>[];
  units: CsvRow<Unit>[];
  indicators: CsvRow<Indicator>[];
  observations: CsvRow<Observation>[];
}

/**
 * Ids that exist even where their entry failed a check, so one bad cell does not turn into a
 * cascade of broken references; `undefined` where the whole file could not be read.
 */
export type KnownIds = Record<keyof Corpus, IdSet | undefined>;

/** What a reference check asks of a set of ids: a Set, or a table's index (cross.ts TableIds). */
export interface IdSet {
  has(id: string): boolean;
}

export interface RejectedRows {
  /** Raw cells of observation rows that failed a check (their sums cannot be checked). */
  observations: Record<string, string>[];
}

export interface ValidationResult {
  corpus: Corpus;
  issues: Issue[];
  /** Document mentions found in each article's text, by `collection/id`. */
  mentions: Map<string, ArticleMention[]>;
}

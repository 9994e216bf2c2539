// Types of the quotemark package: the output contract (version 1; changes are additive) and the
// functions of the main entry. The report is the same JSON the command line prints.

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** Unit of every `start`/`end`: UTF-16 code units (JS string indices, the default), Unicode scalar values, or UTF-8 bytes. */
  offsets?: "utf16" | "chars" | "bytes";
}

/** An entity type. */
export type EntityType =
  | "PERSON" | "ORG" | "PLACE" | "NORP" | "DATE" | "TIME" | "MONEY" | "PERCENT" | "NUMBER";

/** What kind of source a speaker is. */
export type SpeakerKind = "person" | "organization" | "group" | "document";

/** A span of the analysed text, `start` inclusive, `end` exclusive. */
export interface SpanRecord {
  start: number;
  end: number;
  text: string;
}

/** One named thing, in order of first mention. */
export interface EntityRecord {
  /** Its index in `Report.entities`. */
  id: number;
  type: EntityType;
  /** The fullest form of its name. */
  name: string;
  /** Indices into `Report.mentions`. */
  mentions: number[];
}

/** One place where an entity is named. */
export interface MentionRecord extends SpanRecord {
  type: EntityType;
  /** Index into `Report.entities`. */
  entity: number;
  /** A title written before a person's name ("U.S. Trade Representative"). */
  title?: string;
}

/** Who said a quotation. */
export interface SpeakerRecord extends SpanRecord {
  /** Who the speaker as written (`text`, e.g. "she") stands for. */
  name: string;
  /** The entity it resolves to, if any. */
  entity: number | null;
  /** False for anonymous sources ("a source said"). */
  named: boolean;
  /** What kind of source it is. */
  kind: SpeakerKind;
}

/** One quotation. */
export interface QuoteRecord extends SpanRecord {
  kind: "direct" | "partial" | "indirect" | "other";
  speaker: SpeakerRecord | null;
  /** The speech cue ("said"). */
  cue: SpanRecord | null;
  /** Index into `Report.sources`; null when the quote has no speaker. */
  source: number | null;
}

/** One distinct source of quotes, in order of its first quote. */
export interface SourceRecord {
  /** Its index in `Report.sources`. */
  id: number;
  /** Who it is ("Charlene Barshefsky", "a spokeswoman for the commission"). */
  name: string;
  /** False for anonymous sources. */
  named: boolean;
  kind: SpeakerKind;
  /** Index into `Report.entities`, if it is a named entity. */
  entity: number | null;
  gender: "female" | "male" | null;
  /** What the gender was read from. */
  gender_basis: "pronoun" | "honorific" | "given-name" | null;
  /** Roles the text gives it ("U.S. Trade Representative"). */
  roles: string[];
  /** Index into `Report.entities` of the organization it speaks for, if any. */
  affiliation: number | null;
  /** Indices into `Report.quotes` of every quote (direct, partial, indirect) attributed to it. */
  quotes: number[];
  /** Words inside the marks of its direct and partial quotes. */
  quoted_words: number;
}

/** The output contract: everything `analyze` found. */
export interface Report {
  /** Contract version; changes are additive. */
  version: number;
  /** The unit of every `start` and `end`. */
  offsets: "utf16" | "chars" | "bytes";
  entities: EntityRecord[];
  /** Ordered by start. */
  mentions: MentionRecord[];
  /** Ordered by start. */
  quotes: QuoteRecord[];
  /** Ordered by first quote. */
  sources: SourceRecord[];
}

/**
 * Analyses `text`: its quotations with their speakers, and its named entities.
 * Throws an `Error` for an unknown option or a text over `maxInputBytes()`; in a browser, also
 * before `ready` has resolved.
 */
export function analyze(text: string, options?: AnalyzeOptions): Report;

/** The version of quotemark. */
export function version(): string;

/** The largest text `analyze` accepts, in UTF-8 bytes (32,000,000). */
export function maxInputBytes(): number;

/**
 * Resolves when `analyze` can run. In Node it is already resolved (the module compiles
 * synchronously on import); in browsers, await it once before the first call.
 */
export const ready: Promise<void>;

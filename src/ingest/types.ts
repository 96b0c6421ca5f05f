// The contract between extraction (text -> graph) and storage (graph -> database).
// The curated sample graph and the ingestion pipeline both produce an ExtractedGraph; one
// writer (src/services/graph-writer.ts) stores it, idempotently, in one transaction.
import type {
  DatePrecision,
  DiplomaticEventType,
  Factuality,
  OrganizationKind,
  ParticipantRole,
} from '../generated/prisma/enums.ts';

export type { DatePrecision, DiplomaticEventType, Factuality, OrganizationKind, ParticipantRole };

/** A date known to a day, a month or a year; `date` is ISO `YYYY-MM-DD` (first day of the month/year when less precise). */
export interface PartialDate {
  date: string;
  precision: DatePrecision;
}

/** A reference to an actor of the graph by its natural key. */
export type ActorRef =
  | { kind: 'country'; code: string } // ISO 3166-1 alpha-2, upper case
  | { kind: 'organization'; slug: string }
  | { kind: 'official'; slug: string };

export interface ExtractedOrganization {
  /** Natural key: lower-case ASCII words joined by dashes, e.g. `ministry-of-foreign-affairs-ru`. */
  slug: string;
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  countryCode: string | null;
  /** How many times the article mentions it (>= 1). */
  mentions: number;
}

export interface ExtractedPosition {
  title: string;
  countryCode: string | null;
  organizationSlug: string | null;
  start: PartialDate | null;
  end: PartialDate | null;
}

export interface ExtractedOfficial {
  /** Natural key: the full name, lower-case ASCII words joined by dashes, e.g. `sergey-lavrov`. */
  slug: string;
  name: string;
  aliases: string[];
  countryCode: string | null;
  positions: ExtractedPosition[];
  mentions: number;
}

/** A sentence of the stored body: body.slice(start, end) === sentence. */
export interface ExtractedEvidence {
  sentence: string;
  start: number;
  end: number;
}

export interface ExtractedParticipant {
  role: ParticipantRole;
  actor: ActorRef;
}

export interface ExtractedEvent {
  type: DiplomaticEventType;
  date: PartialDate | null;
  summary: string;
  factuality: Factuality;
  /** 0..1 */
  confidence: number;
  participants: ExtractedParticipant[];
  evidence: ExtractedEvidence[];
}

export interface ExtractedGraph {
  countries: { code: string; mentions: number }[];
  organizations: ExtractedOrganization[];
  officials: ExtractedOfficial[];
  events: ExtractedEvent[];
}

/** An article ready to store: the body is already cleaned of page boilerplate. */
export interface ArticleRecord {
  url: string;
  title: string;
  body: string;
  language: string;
  publishedAt: Date | null;
  sourceName: string | null;
}

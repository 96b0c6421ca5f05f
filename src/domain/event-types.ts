// What each event type means, and its nearest CAMEO code and PLOVER event type/mode, so
// Newsgraph events line up with GDELT (CAMEO) and PLOVER-coded data sets.
import type { DiplomaticEventType } from '../generated/prisma/enums.ts';

export interface EventTypeInfo {
  description: string;
  /** CAMEO event code (GDELT); null where CAMEO has no fitting code. */
  cameo: string | null;
  /** PLOVER event type; null where none fits. */
  plover: string | null;
  /** PLOVER mode, where it narrows the type. */
  ploverMode: string | null;
}

export const EVENT_TYPES: Record<DiplomaticEventType, EventTypeInfo> = {
  RECOGNITION: { description: 'A state formally recognizes another state or government.', cameo: '054', plover: 'SUPPORT', ploverMode: 'diplomatic' },
  DIPLOMATIC_RELATIONS_ESTABLISHED: { description: 'Two states establish or restore diplomatic relations.', cameo: '054', plover: 'COOPERATE', ploverMode: 'diplomatic' },
  DIPLOMATIC_RELATIONS_SEVERED: { description: 'A state breaks off or downgrades diplomatic relations.', cameo: '161', plover: 'REJECT', ploverMode: 'diplomatic' },
  AMBASSADOR_ACCREDITED: { description: 'An ambassador presents credentials, or a state accepts them.', cameo: '050', plover: 'COOPERATE', ploverMode: 'diplomatic' },
  AMBASSADOR_RECALLED: { description: 'A state recalls its ambassador.', cameo: '161', plover: 'REJECT', ploverMode: 'diplomatic' },
  AMBASSADOR_SUMMONED: { description: 'A state summons another state’s envoy to protest.', cameo: '130', plover: 'ACCUSE', ploverMode: 'diplomatic' },
  DIPLOMAT_EXPELLED: { description: 'A state expels another state’s diplomats.', cameo: '1663', plover: 'SANCTION', ploverMode: 'expel' },
  VISIT: { description: 'An official visits another country (INITIATOR visits, RECIPIENT hosts).', cameo: '042', plover: 'CONSULT', ploverMode: 'visit' },
  MEETING: { description: 'Officials meet or hold talks.', cameo: '040', plover: 'CONSULT', ploverMode: 'meet' },
  NEGOTIATION: { description: 'Parties negotiate; a MEDIATOR may facilitate.', cameo: '046', plover: 'CONSULT', ploverMode: 'negotiate' },
  AGREEMENT_SIGNED: { description: 'Parties sign a formal agreement or treaty.', cameo: '057', plover: 'AGREE', ploverMode: null },
  SANCTIONS_IMPOSED: { description: 'A state or organization imposes sanctions, an embargo or a boycott.', cameo: '163', plover: 'SANCTION', ploverMode: 'economic' },
  SANCTIONS_LIFTED: { description: 'A state or organization eases or lifts sanctions.', cameo: '085', plover: 'CONCEDE', ploverMode: 'economic' },
  DESIGNATION_ADDED: { description: 'An actor is put on a list (terrorist, banned or sanctioned organizations).', cameo: '163', plover: 'SANCTION', ploverMode: 'designate' },
  DESIGNATION_REMOVED: { description: 'An actor is taken off such a list.', cameo: '085', plover: 'CONCEDE', ploverMode: 'designate' },
  MILITARY_WITHDRAWAL: { description: 'Forces withdraw from a country (RECIPIENT is the country left).', cameo: '087', plover: 'RETREAT', ploverMode: 'military' },
  SEIZURE_OF_POWER: { description: 'A group takes power by force (RECIPIENT is the country).', cameo: '1724', plover: 'COERCE', ploverMode: 'seize' },
  MEMBERSHIP_JOINED: { description: 'A state joins an organization or alliance (RECIPIENT).', cameo: '057', plover: 'AGREE', ploverMode: 'membership' },
  MEMBERSHIP_LEFT: { description: 'A state leaves an organization or alliance (RECIPIENT).', cameo: '161', plover: 'REJECT', ploverMode: 'membership' },
  STATEMENT_OF_SUPPORT: { description: 'An actor publicly supports or endorses another.', cameo: '051', plover: 'SUPPORT', ploverMode: 'verbal' },
  CONDEMNATION: { description: 'An actor condemns or denounces another.', cameo: '111', plover: 'ACCUSE', ploverMode: 'verbal' },
  AID_PROVIDED: { description: 'An actor provides economic, humanitarian or military aid.', cameo: '070', plover: 'AID', ploverMode: null },
  OTHER: { description: 'A diplomatic event of another kind.', cameo: null, plover: null, ploverMode: null },
};

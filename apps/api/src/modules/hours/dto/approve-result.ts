import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { HourEntry } from '../hour-entry.entity';

/** Why one entry of a bulk approval was not approved. */
export enum ApprovalRefusal {
  /** Flagged for compliance: approve it on its own, after reading the flag. */
  COMPLIANCE_FLAG = 'COMPLIANCE_FLAG',
  /** Edited (or answered) since the reviewer loaded it: the version differs. */
  CHANGED_SINCE_LOADED = 'CHANGED_SINCE_LOADED',
  /** No longer waiting for review. */
  ALREADY_REVIEWED = 'ALREADY_REVIEWED',
  /** Not an entry the reviewer may review (or no such entry). */
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
}
registerEnumType(ApprovalRefusal, { name: 'ApprovalRefusal', description: 'Why one entry of a bulk approval was not approved.' });

@ObjectType({ description: 'An entry a bulk approval left as it was, and why.' })
export class RefusedHourEntry {
  @Field(() => ID) entryId: string;
  @Field(() => ApprovalRefusal) reason: ApprovalRefusal;
  @Field({ description: 'The reason in words, for the reviewer.' }) message: string;
  @Field(() => HourEntry, { nullable: true, description: 'The entry as it is now; null when it is not the reviewer’s to see.' })
  entry: HourEntry | null;
}

@ObjectType()
export class ApproveHourEntriesResult {
  @Field(() => [HourEntry], { description: 'The entries approved, in the order asked.' }) approved: HourEntry[];
  @Field(() => [RefusedHourEntry], { description: 'The entries not approved, each with its reason, in the order asked.' }) refused: RefusedHourEntry[];
}

/** What the service knows of an entry it could not approve (`entry` when in the reviewer's scope). */
export interface RefusalFacts {
  status: string;
  version: number;
  complianceFlag: string | null;
  reviewerName: string | null;
}

const STATUS_WORDS: Record<string, string> = { APPROVED: 'approved', REJECTED: 'rejected', NEEDS_INFO: 'sent back for more information' };

/**
 * The reason one entry was refused, checked in the order a reviewer can act on: not theirs, already
 * decided, edited since loaded, then flagged. `facts` is null for entries out of scope or missing
 * (the two are not told apart, so nothing leaks about entries the reviewer cannot see).
 */
export function refusalOf(facts: RefusalFacts | null, askedVersion: number): { reason: ApprovalRefusal; message: string } {
  if (!facts) return { reason: ApprovalRefusal.OUT_OF_SCOPE, message: 'This entry is not one you can review.' };
  if (facts.status !== 'SUBMITTED') {
    const by = facts.reviewerName ? ` by ${facts.reviewerName}` : '';
    return { reason: ApprovalRefusal.ALREADY_REVIEWED, message: `Already ${STATUS_WORDS[facts.status] ?? facts.status.toLowerCase()}${by}.` };
  }
  if (facts.version !== askedVersion) {
    return { reason: ApprovalRefusal.CHANGED_SINCE_LOADED, message: 'Changed by the student since you loaded the queue: reload and review it again.' };
  }
  if (facts.complianceFlag) {
    return { reason: ApprovalRefusal.COMPLIANCE_FLAG, message: `${facts.complianceFlag}. Review this entry on its own.` };
  }
  // The update refused it although every condition holds now: it changed while the batch ran.
  return { reason: ApprovalRefusal.CHANGED_SINCE_LOADED, message: 'Changed while the batch ran: reload and review it again.' };
}

/** `cancelClockIn(enrollmentId: ID!)`. */
@ArgsType()
export class CancelClockInArgs {
  @Field(() => ID) @IsUUID('all', { message: 'enrollmentId must be an enrollment id' }) enrollmentId: string;
}

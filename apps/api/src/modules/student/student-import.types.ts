import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum StudentImportRowStatus {
  VALID = 'VALID',
  ERROR = 'ERROR',
}
registerEnumType(StudentImportRowStatus, { name: 'StudentImportRowStatus' });

@ObjectType({ description: 'What an import would do with one row.' })
export class StudentImportRowPreview {
  @Field(() => Int) line: number;
  @Field(() => StudentImportRowStatus) status: StudentImportRowStatus;
  @Field(() => [String], { description: 'Why the row cannot be imported; empty when VALID.' }) errors: string[];
  @Field(() => ID, { nullable: true, description: 'An existing student of the program (same email and number) who will be enrolled.' })
  existingStudentId: string | null;
  @Field(() => String, { nullable: true, description: 'The start date that will be used (ISO), when the row is VALID.' })
  startDate: string | null;
}

@ObjectType({ description: 'The preview of an import: nothing is written.' })
export class StudentImportPreview {
  @Field(() => [StudentImportRowPreview]) rows: StudentImportRowPreview[];
  @Field(() => Int) validCount: number;
  @Field(() => Int) errorCount: number;
}

@ObjectType()
export class StudentImportedRow {
  @Field(() => Int) line: number;
  @Field(() => ID) studentId: string;
  @Field(() => ID) enrollmentId: string;
  @Field() name: string;
  @Field() email: string;
}

@ObjectType()
export class StudentImportSkippedRow {
  @Field(() => Int) line: number;
  @Field(() => [String]) errors: string[];
}

@ObjectType({ description: 'What an import wrote: the valid rows, in one transaction; the others skipped.' })
export class StudentImportResult {
  @Field(() => Int) importedCount: number;
  @Field(() => Int) skippedCount: number;
  @Field(() => Int, { description: 'Students emailed an invitation to set a password.' }) invitedCount: number;
  @Field(() => [StudentImportedRow]) imported: StudentImportedRow[];
  @Field(() => [StudentImportSkippedRow]) skipped: StudentImportSkippedRow[];
}

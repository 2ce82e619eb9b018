import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { STUDENT_IMPORT_CELL_MAX, STUDENT_IMPORT_MAX_ROWS } from '@ptp/shared';

const cell = { message: `each cell may hold at most ${STUDENT_IMPORT_CELL_MAX} characters` };

/**
 * One CSV row as mapped by the user: raw text, possibly empty. Only the envelope is validated here;
 * the row's own checks (formats, dates, duplicates) run in the service so each row gets its errors.
 */
@InputType()
export class StudentImportRowInput {
  @Field(() => Int, { description: 'Line in the file (for messages and the summary).' })
  @IsInt()
  @Min(1)
  line: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(STUDENT_IMPORT_CELL_MAX, cell)
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(STUDENT_IMPORT_CELL_MAX, cell)
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(STUDENT_IMPORT_CELL_MAX, cell)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(STUDENT_IMPORT_CELL_MAX, cell)
  studentNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(STUDENT_IMPORT_CELL_MAX, cell)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD or M/D/YYYY; empty: the cohort start date.' })
  @IsOptional()
  @IsString()
  @MaxLength(STUDENT_IMPORT_CELL_MAX, cell)
  startDate?: string | null;
}

@InputType()
export class StudentImportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId: string;

  @Field(() => [StudentImportRowInput], { description: `At most ${STUDENT_IMPORT_MAX_ROWS} rows.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'rows: the file has no rows to import' })
  @ArrayMaxSize(STUDENT_IMPORT_MAX_ROWS, { message: `rows: at most ${STUDENT_IMPORT_MAX_ROWS} rows per import; split the file` })
  @ValidateNested({ each: true })
  @Type(() => StudentImportRowInput)
  rows: StudentImportRowInput[];
}

import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Query string of the roster and hour-log CSV exports. */
export class StudentExportQuery {
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'purpose must be at most 500 characters' })
  purpose?: string;
}

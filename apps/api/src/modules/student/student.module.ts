import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { EvaluationModule } from '../evaluation/evaluation.module';
import { EnrollmentStatusService } from './enrollment-status.service';
import { StudentExportsController } from './student-export.controller';
import { StudentExportService } from './student-export.service';
import { StudentImportResolver } from './student-import.resolver';
import { StudentImportService } from './student-import.service';
import { StudentRecordController } from './student-record.controller';
import { StudentRecordService } from './student-record.service';
import { EnrollmentResolver, EnrollmentStatusEventResolver, StudentResolver } from './student.resolver';
import { StudentService } from './student.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const STUDENT_RESOLVERS = [StudentResolver, EnrollmentResolver, EnrollmentStatusEventResolver, StudentImportResolver];

/** Students, enrollments and the status log, imports, exports and the student's record. */
@Module({
  imports: [AccountModule, EvaluationModule],
  controllers: [StudentExportsController, StudentRecordController],
  providers: [StudentService, EnrollmentStatusService, StudentImportService, StudentExportService, StudentRecordService, ...STUDENT_RESOLVERS],
})
export class StudentModule {}

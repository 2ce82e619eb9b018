import { Module } from '@nestjs/common';
import { EnrollmentExamsResolver, ExamAttemptResolver, ExamResolver, StudentCredentialsResolver } from './exam.resolver';
import { ExamService } from './exam.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const EXAM_RESOLVERS = [ExamResolver, ExamAttemptResolver, EnrollmentExamsResolver, StudentCredentialsResolver];

/** Certification exams, attempts with their retake rules, and credentials. */
@Module({
  providers: [ExamService, ...EXAM_RESOLVERS],
})
export class ExamModule {}

import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { GqlContext, requestIdOf } from '../../graphql/context';
import { User } from '../../common/auth/user.entity';
import { StudentImportInput } from './dto/student-import.input';
import { StudentImportPreview, StudentImportResult } from './student-import.types';
import { StudentImportService } from './student-import.service';

@Resolver()
export class StudentImportResolver {
  constructor(private readonly service: StudentImportService) {}

  @Query(() => StudentImportPreview, { description: 'Checks a CSV import into a cohort row by row; writes nothing.' })
  @Can(Permission.STUDENT_ENROLL)
  previewStudentImport(@CurrentUser() user: User, @Args('input') input: StudentImportInput) {
    return this.service.preview(user, input);
  }

  @Mutation(() => StudentImportResult, { description: 'Enrolls the valid rows in one transaction, invites the new students, and reports the rows skipped.' })
  @Can(Permission.STUDENT_ENROLL)
  importStudents(@CurrentUser() user: User, @Context() ctx: GqlContext, @Args('input') input: StudentImportInput) {
    return this.service.importStudents(user, requestIdOf(ctx), input);
  }
}

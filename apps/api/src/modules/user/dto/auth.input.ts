import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsEmailAddress } from '../../../common/graphql/validators';
import { User } from '../../../common/auth/user.entity';

@InputType()
export class LoginInput {
  @Field()
  @IsEmailAddress()
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200)
  password: string;
}

@ObjectType()
export class AuthPayload {
  @Field(() => User) user: User;
}

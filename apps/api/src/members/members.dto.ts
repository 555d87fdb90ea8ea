import { EnumProperty, PageOf } from '@fitscout/common';
import {
  MEMBERSHIP_STATUSES,
  type MembershipEntity,
  type MembershipStatus,
  type UserEntity,
} from '@fitscout/identity';
import { ROLES, type Role } from '@fitscout/tenancy';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

export class MemberDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'jana@example.org' })
  email: string;

  @ApiProperty({ type: String, nullable: true, example: 'Jana Becker' })
  displayName: string | null;

  @EnumProperty(ROLES, 'Role', { example: 'manager' })
  role: Role;

  @EnumProperty(MEMBERSHIP_STATUSES, 'MembershipStatus')
  status: MembershipStatus;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  joinedAt: string;
}

export class MemberPageDto extends PageOf(MemberDto) {}

export class AddMemberDto {
  @ApiProperty({ example: 'jana@example.org' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @EnumProperty(ROLES, 'Role', { example: 'manager' })
  role: Role;

  @ApiPropertyOptional({ example: 'Jana Becker', maxLength: 120 })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  displayName?: string;
}

export class AddedMemberDto extends MemberDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Shown once, only when a new user was invited: they accept with POST /v1/auth/accept-invitation.',
    example: 'fsi_Wm9r…',
  })
  invitationToken: string | null;
}

export class ChangeRoleDto {
  @EnumProperty(ROLES, 'Role', { example: 'analyst' })
  role: Role;
}

export function toMemberDto(m: MembershipEntity & { user: UserEntity }): MemberDto {
  return {
    userId: m.userId,
    email: m.user.email,
    displayName: m.user.displayName,
    role: m.role,
    status: m.status,
    joinedAt: m.createdAt.toISOString(),
  };
}

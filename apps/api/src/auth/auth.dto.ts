import { EnumProperty } from '@fitscout/common';
import { ROLES, type Role } from '@fitscout/tenancy';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'owner@demo.fitscout.local' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'demo-password-2026', minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Organisation to log in to; defaults to the oldest active membership.',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class RefreshDto {
  @ApiProperty({
    example: 'fsr_6Jx0mY1q…',
    description: 'The refresh token from login or the previous refresh.',
  })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  refreshToken: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ example: 'fsi_Wm9r…', description: 'The one-time invitation token.' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token: string;

  @ApiProperty({ example: 'a-long-passphrase-2026', minLength: 12, maxLength: 200 })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({ example: 'Jana Becker', maxLength: 120 })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  displayName?: string;
}

export class TokenPairDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…' })
  accessToken: string;

  @ApiProperty({ example: 'fsr_6Jx0mY1q…', description: 'Single use: each refresh returns a new one.' })
  refreshToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ example: 900, description: 'Access token lifetime in seconds.' })
  expiresIn: number;

  @ApiProperty({ format: 'uuid' })
  organisationId: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @EnumProperty(ROLES, 'Role')
  role: Role;
}

export class InvitationAcceptedDto {
  @ApiProperty({ format: 'uuid' })
  organisationId: string;

  @ApiProperty({ example: 'jana@example.org' })
  email: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ format: 'uuid' })
  organisationId: string;

  @EnumProperty(ROLES, 'Role')
  role: Role;
}

import { EnumProperty } from '@fitscout/common';
import {
  AUDIENCE_JURISDICTIONS,
  type AudienceJurisdiction,
  ORGANISATION_KINDS,
  type OrganisationEntity,
  type OrganisationKind,
} from '@fitscout/tenancy';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Demo Kampagnenbüro' })
  name: string;

  @EnumProperty(ORGANISATION_KINDS, 'OrganisationKind', { example: 'ngo' })
  kind: OrganisationKind;

  @ApiProperty({
    enum: AUDIENCE_JURISDICTIONS,
    enumName: 'Jurisdiction',
    isArray: true,
    example: ['DE', 'AT'],
  })
  defaultJurisdictions: AudienceJurisdiction[];

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  createdAt: string;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional({ example: 'Kampagnenbüro Nord', minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @EnumProperty(ORGANISATION_KINDS, 'OrganisationKind', { optional: true, example: 'union' })
  kind?: OrganisationKind;

  @ApiPropertyOptional({
    enum: AUDIENCE_JURISDICTIONS,
    enumName: 'Jurisdiction',
    isArray: true,
    example: ['DE'],
  })
  @IsOptional()
  @ArrayMaxSize(AUDIENCE_JURISDICTIONS.length)
  @IsIn(AUDIENCE_JURISDICTIONS, {
    each: true,
    message: `each value in $property must be one of: ${AUDIENCE_JURISDICTIONS.join(', ')}`,
  })
  defaultJurisdictions?: AudienceJurisdiction[];
}

export function toOrganisationDto(org: OrganisationEntity): OrganisationDto {
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    defaultJurisdictions: org.defaultJurisdictions,
    createdAt: org.createdAt.toISOString(),
  };
}

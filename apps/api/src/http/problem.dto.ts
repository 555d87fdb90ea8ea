import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email' })
  field: string;

  @ApiProperty({ example: 'email must be an email' })
  message: string;

  @ApiPropertyOptional({ example: 'isEmail' })
  rule?: string;
}

/** RFC 9457 problem details, the shape of every error response. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:fitscout:problem:validation_failed' })
  type: string;

  @ApiProperty({ example: 'Validation failed' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'The request is invalid.' })
  detail: string;

  @ApiProperty({ example: 'validation_failed', description: 'Stable machine-readable error code.' })
  code: string;

  @ApiPropertyOptional({ example: '/v1/members' })
  instance?: string;

  @ApiPropertyOptional({ example: '4b8f5a2e-3c1d-4e9a-9b7f-2d6c8e1a0f53' })
  requestId?: string;

  @ApiPropertyOptional({ type: FieldErrorDto, isArray: true })
  errors?: FieldErrorDto[];
}

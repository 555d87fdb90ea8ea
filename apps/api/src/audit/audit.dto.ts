import { PageOf, PageQueryDto } from '@fitscout/common';
import type { AuditEventEntity } from '@fitscout/audit';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'member.role_changed' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]+)*$/, { message: 'action must be a dotted verb like member.role_changed' })
  action?: string;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'member.role_changed' })
  action: string;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Null for operator (CLI) or system actions.',
  })
  actorUserId: string | null;

  @ApiProperty({ example: 'member' })
  targetType: string;

  @ApiProperty({ type: String, nullable: true })
  targetId: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { before: { role: 'viewer' }, after: { role: 'analyst' } },
  })
  changes: Record<string, unknown>;

  @ApiProperty({ type: String, nullable: true })
  requestId: string | null;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  createdAt: string;
}

export class AuditEventPageDto extends PageOf(AuditEventDto) {}

export function toAuditEventDto(e: AuditEventEntity): AuditEventDto {
  return {
    id: e.id,
    action: e.action,
    actorUserId: e.actorUserId,
    targetType: e.targetType,
    targetId: e.targetId,
    changes: e.changes,
    requestId: e.requestId,
    createdAt: e.createdAt.toISOString(),
  };
}

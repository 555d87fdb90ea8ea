import { AuditService } from '@fitscout/audit';
import type { Actor } from '@fitscout/identity';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { AuditEventPageDto, AuditQueryDto, toAuditEventDto } from './audit.dto';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiEndpoint({
    operationId: 'listAuditEvents',
    summary: 'List audit events of the organisation, newest first',
    access: 'admin',
  })
  @ApiOkResponse({ type: AuditEventPageDto })
  async list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditEventPageDto> {
    const page = await this.audit.list(actor.organisationId, query);
    return { items: page.items.map(toAuditEventDto), nextCursor: page.nextCursor };
  }
}

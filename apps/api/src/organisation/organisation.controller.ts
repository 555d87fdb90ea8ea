import { type Actor, OrganisationsService } from '@fitscout/identity';
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { OrganisationDto, toOrganisationDto, UpdateOrganisationDto } from './organisation.dto';

/** The caller's own organisation: there is no way to address another one. */
@ApiTags('organisation')
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiEndpoint({ operationId: 'getOrganisation', summary: 'Get the current organisation', access: 'viewer' })
  @ApiOkResponse({ type: OrganisationDto })
  async get(@CurrentActor() actor: Actor): Promise<OrganisationDto> {
    return toOrganisationDto(await this.organisations.get(actor.organisationId));
  }

  @Patch()
  @ApiEndpoint({
    operationId: 'updateOrganisation',
    summary: 'Update the current organisation',
    access: 'admin',
  })
  @ApiOkResponse({ type: OrganisationDto })
  async update(@CurrentActor() actor: Actor, @Body() body: UpdateOrganisationDto): Promise<OrganisationDto> {
    return toOrganisationDto(await this.organisations.update(actor, body));
  }
}

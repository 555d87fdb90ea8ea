import { CampaignsService } from '@fitscout/campaigns';
import type { Actor } from '@fitscout/identity';
import { Body, Controller, Get, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { ParseUuidPipe } from '../http/parse-uuid.pipe';
import { BudgetSummaryDto, CampaignDto, CampaignPageDto } from './campaign-view.dto';
import { CampaignQueryDto, CampaignStatusDto, CreateCampaignDto, UpdateCampaignDto } from './campaign.dto';
import { CAMPAIGN_EXAMPLES } from './campaign.examples';

/** Campaigns with their brief and lifecycle; managers and admins write, analysts and viewers read. */
@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @ApiEndpoint({
    operationId: 'createCampaign',
    summary: 'Create a campaign with its brief (status draft)',
    description:
      'Budget in minor units with an ISO 4217 currency; `endDate` must be after `startDate`. A political campaign may be created without sponsor details but cannot be activated without them.',
    access: 'manager',
    status: HttpStatus.CREATED,
  })
  @ApiBody({ type: CreateCampaignDto, examples: CAMPAIGN_EXAMPLES })
  @ApiCreatedResponse({ type: CampaignDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCampaignDto): Promise<CampaignDto> {
    return this.campaigns.create(actor, body);
  }

  @Get()
  @ApiEndpoint({
    operationId: 'listCampaigns',
    summary: "List your organisation's campaigns, newest first",
    access: 'viewer',
  })
  @ApiOkResponse({ type: CampaignPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: CampaignQueryDto): Promise<CampaignPageDto> {
    return this.campaigns.list(actor.organisationId, query);
  }

  @Get(':id')
  @ApiEndpoint({ operationId: 'getCampaign', summary: 'Get a campaign', access: 'viewer', errors: [404] })
  @ApiOkResponse({ type: CampaignDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<CampaignDto> {
    return this.campaigns.get(actor.organisationId, id);
  }

  @Patch(':id')
  @ApiEndpoint({
    operationId: 'updateCampaign',
    summary: "Change a campaign's details, budget or brief",
    description:
      'Only while draft or active. `brief` replaces the whole brief. Send `version` to be told (409) when someone else changed the campaign since you read it.',
    access: 'manager',
    errors: [404, 409],
  })
  @ApiBody({
    type: UpdateCampaignDto,
    examples: { extend: { summary: 'Extend the campaign', value: { endDate: '2027-07-31', version: 2 } } },
  })
  @ApiOkResponse({ type: CampaignDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: UpdateCampaignDto,
  ): Promise<CampaignDto> {
    return this.campaigns.update(actor, id, body);
  }

  @Post(':id/status')
  @ApiEndpoint({
    operationId: 'changeCampaignStatus',
    summary: 'Move a campaign through its lifecycle (draft → active → completed, or cancelled)',
    description:
      'An invalid transition is a 409 naming the `allowed` ones. Activating a political campaign without complete sponsor details is a 409 listing what is `missing`; completing one with collaborations still in progress is a 409 too.',
    access: 'manager',
    status: HttpStatus.OK,
    errors: [404, 409],
  })
  @ApiBody({
    type: CampaignStatusDto,
    examples: { activate: { summary: 'Activate', value: { status: 'active', version: 1 } } },
  })
  @ApiOkResponse({ type: CampaignDto })
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: CampaignStatusDto,
  ): Promise<CampaignDto> {
    return this.campaigns.changeStatus(actor, id, body);
  }

  @Get(':id/budget')
  @ApiEndpoint({
    operationId: 'getCampaignBudget',
    summary: 'Committed fees against the campaign budget, with warnings when over',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: BudgetSummaryDto })
  budget(@CurrentActor() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<BudgetSummaryDto> {
    return this.campaigns.budget(actor.organisationId, id);
  }
}

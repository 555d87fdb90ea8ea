import { ContentService, PublicationService } from '@fitscout/campaigns';
import { DomainError } from '@fitscout/common';
import type { Actor } from '@fitscout/identity';
import { Body, Controller, Get, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { ParseUuidPipe } from '../http/parse-uuid.pipe';
import {
  DeliverableDto,
  DeliverableListDto,
  DraftDto,
  DraftListDto,
  PublishResultDto,
} from './content-view.dto';
import { ApproveDraftDto, DraftInputDto, PublishDto, RequestChangesDto } from './content.dto';

/** Deliverables, draft versions with their compliance check, the approval gate and publication. */
@ApiTags('content')
@Controller()
export class ContentController {
  constructor(
    private readonly content: ContentService,
    private readonly publication: PublicationService,
  ) {}

  @Get('collaborations/:id/deliverables')
  @ApiEndpoint({
    operationId: 'listDeliverables',
    summary: "List a collaboration's deliverables (created from the terms when contracted)",
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: DeliverableListDto })
  async deliverables(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<DeliverableListDto> {
    return { items: await this.content.deliverables(actor.organisationId, id) };
  }

  @Get('deliverables/:id')
  @ApiEndpoint({
    operationId: 'getDeliverable',
    summary: 'Get a deliverable',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: DeliverableDto })
  deliverable(@CurrentActor() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<DeliverableDto> {
    return this.content.getDeliverable(actor.organisationId, id);
  }

  @Post('deliverables/:id/drafts')
  @ApiEndpoint({
    operationId: 'submitDraft',
    summary: "Submit a creator's draft; it is checked against the campaign's jurisdictions at once",
    description:
      'The compliance result (verdict, findings with evidence and fixes) is attached to the new version; a version still awaiting review is superseded. Only while the collaboration is content_in_review and the deliverable is not approved yet.',
    access: 'manager',
    status: HttpStatus.CREATED,
    errors: [404, 409],
  })
  @ApiBody({
    type: DraftInputDto,
    examples: {
      labelled: {
        summary: 'A labelled reel',
        value: {
          caption: 'Werbung | Mit dem Rad zur Arbeit – schneller als gedacht! #verkehrswende',
          paidPartnershipLabel: true,
          videoDisclosure: { onScreen: true, spoken: true },
        },
      },
    },
  })
  @ApiCreatedResponse({ type: DraftDto })
  submitDraft(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: DraftInputDto,
  ): Promise<DraftDto> {
    return this.content.submitDraft(actor, id, body);
  }

  @Get('deliverables/:id/drafts')
  @ApiEndpoint({
    operationId: 'listDrafts',
    summary: 'Every draft version of a deliverable, newest first',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: DraftListDto })
  async drafts(@CurrentActor() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<DraftListDto> {
    return { items: await this.content.drafts(actor.organisationId, id) };
  }

  @Get('drafts/:id')
  @ApiEndpoint({ operationId: 'getDraft', summary: 'Get a draft version', access: 'viewer', errors: [404] })
  @ApiOkResponse({ type: DraftDto })
  draft(@CurrentActor() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<DraftDto> {
    return this.content.getDraft(actor.organisationId, id);
  }

  @Post('drafts/:id/approve')
  @ApiEndpoint({
    operationId: 'approveDraft',
    summary: 'Approve a draft (refused while its compliance check has error findings)',
    description:
      'A draft with error findings is a 409 with `reason: compliance_errors` and its `findingCodes`; submit a corrected version instead. Only the version awaiting review can be approved.',
    access: 'manager',
    status: HttpStatus.OK,
    errors: [404, 409],
  })
  @ApiBody({
    type: ApproveDraftDto,
    examples: { ok: { summary: 'Approve', value: { comment: 'Passt so, danke!' } } },
  })
  @ApiOkResponse({ type: DraftDto })
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: ApproveDraftDto,
  ): Promise<DraftDto> {
    return this.content.approve(actor, id, body);
  }

  @Post('drafts/:id/request-changes')
  @ApiEndpoint({
    operationId: 'requestDraftChanges',
    summary: 'Send a draft back to the creator with a comment',
    access: 'manager',
    status: HttpStatus.OK,
    errors: [404, 409],
  })
  @ApiBody({
    type: RequestChangesDto,
    examples: {
      label: { summary: 'Label first', value: { comment: 'Bitte „Werbung“ an den Anfang stellen.' } },
    },
  })
  @ApiOkResponse({ type: DraftDto })
  requestChanges(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: RequestChangesDto,
  ): Promise<DraftDto> {
    return this.content.requestChanges(actor, id, body);
  }

  @Post('deliverables/:id/publish')
  @ApiEndpoint({
    operationId: 'publishDeliverable',
    summary: 'Record that an approved deliverable went live (post URL or external id)',
    description:
      'The post is linked to the catalogue when it is there (else when a refresh brings it) and tracked from then on; its published caption is checked again, and a caption that fails raises a compliance alert on the campaign.',
    access: 'manager',
    status: HttpStatus.OK,
    errors: [404, 409],
  })
  @ApiBody({
    type: PublishDto,
    examples: {
      live: {
        summary: 'Live on Instagram',
        value: {
          postUrl: 'https://www.instagram.com/reel/C9xYz123abc/',
          externalPostId: '3390012345678901234',
        },
      },
    },
  })
  @ApiOkResponse({ type: PublishResultDto })
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: PublishDto,
  ): Promise<PublishResultDto> {
    if (!body.postUrl && !body.externalPostId) {
      throw DomainError.validation([
        { field: 'postUrl', message: 'postUrl or externalPostId must be given', rule: 'oneOf' },
      ]);
    }
    return this.publication.publish(actor, id, body);
  }
}

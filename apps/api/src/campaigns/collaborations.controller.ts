import { CollaborationsService, PipelineService } from '@fitscout/campaigns';
import { DomainError } from '@fitscout/common';
import type { Actor } from '@fitscout/identity';
import { Body, Controller, Get, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { ParseUuidPipe } from '../http/parse-uuid.pipe';
import {
  AddCollaborationsResultDto,
  CollaborationDto,
  CollaborationPageDto,
  FeedbackDto,
  FeedbackListDto,
  StageHistoryDto,
  TermsResultDto,
} from './collaboration-view.dto';
import {
  AddCollaborationsDto,
  CollaborationQueryDto,
  FeedbackInputDto,
  StageChangeDto,
  TermsDto,
} from './collaboration.dto';

/** The collaboration pipeline: creators in a campaign, their stages, terms and feedback. */
@ApiTags('collaborations')
@Controller()
export class CollaborationsController {
  constructor(
    private readonly collaborations: CollaborationsService,
    private readonly pipeline: PipelineService,
  ) {}

  @Post('campaigns/:id/collaborations')
  @ApiEndpoint({
    operationId: 'addCollaborations',
    summary: 'Add creators to a campaign (shortlisted), by id or from a list',
    description:
      "Each creator gets its largest active account on a brief platform and the brief's deliverables as first terms. Creators already in the campaign are skipped; unknown ids are a 404 with `missingIds` and nothing is added.",
    access: 'manager',
    status: HttpStatus.CREATED,
    errors: [404, 409],
  })
  @ApiBody({
    type: AddCollaborationsDto,
    examples: {
      fromRecommendations: {
        summary: 'Shortlist three recommended creators',
        value: {
          influencerIds: [
            '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
            '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
            '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
          ],
          source: 'recommendation',
        },
      },
      fromList: { summary: 'Everyone on a list', value: { listId: '0b9c2f4e-1d3a-4e5b-8c7d-6e5f4a3b2c1d' } },
    },
  })
  @ApiCreatedResponse({ type: AddCollaborationsResultDto })
  add(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: AddCollaborationsDto,
  ): Promise<AddCollaborationsResultDto> {
    if (body.influencerIds !== undefined && body.listId !== undefined) {
      throw DomainError.validation([
        { field: 'listId', message: 'give either influencerIds or listId, not both', rule: 'exclusive' },
      ]);
    }
    return this.collaborations.add(actor, id, body);
  }

  @Get('campaigns/:id/collaborations')
  @ApiEndpoint({
    operationId: 'listCollaborations',
    summary: "List a campaign's collaborations in the order they were added",
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: CollaborationPageDto })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: CollaborationQueryDto,
  ): Promise<CollaborationPageDto> {
    return this.collaborations.list(actor.organisationId, id, query);
  }

  @Get('collaborations/:id')
  @ApiEndpoint({
    operationId: 'getCollaboration',
    summary: 'Get a collaboration',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: CollaborationDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<CollaborationDto> {
    return this.collaborations.get(actor.organisationId, id);
  }

  @Post('collaborations/:id/stage')
  @ApiEndpoint({
    operationId: 'changeCollaborationStage',
    summary: 'Move a collaboration to another stage',
    description:
      'Invalid transitions are a 409 naming the `allowed` stages; unmet preconditions (an active campaign, a fee and deliverables for `contracted`, every deliverable approved or published) a 409 listing what is `unmet`. Concurrent changes: only one wins, the others get a 409 (`reason: version_conflict`); send `version` to detect changes since you read it.',
    access: 'manager',
    status: HttpStatus.OK,
    errors: [404, 409],
  })
  @ApiBody({
    type: StageChangeDto,
    examples: {
      contact: {
        summary: 'Contacted',
        value: { stage: 'contacted', note: 'Per E-Mail angefragt', version: 1 },
      },
    },
  })
  @ApiOkResponse({ type: CollaborationDto })
  changeStage(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: StageChangeDto,
  ): Promise<CollaborationDto> {
    return this.pipeline.changeStage(actor, id, body);
  }

  @Get('collaborations/:id/history')
  @ApiEndpoint({
    operationId: 'getCollaborationHistory',
    summary: 'Every stage change of a collaboration: who, when, from, to and the note',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: StageHistoryDto })
  async history(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<StageHistoryDto> {
    return { items: await this.collaborations.history(actor.organisationId, id) };
  }

  @Put('collaborations/:id/terms')
  @ApiEndpoint({
    operationId: 'setCollaborationTerms',
    summary: 'Set the terms: fee, deliverables, usage rights, exclusivity, notes',
    description:
      "Replaces the terms as a whole; only before the contract. The fee must be in the campaign's currency and due dates within the campaign. Answers with the budget summary, which warns when committed or proposed fees exceed the budget.",
    access: 'manager',
    errors: [404, 409],
  })
  @ApiBody({
    type: TermsDto,
    examples: {
      twoReels: {
        summary: 'Two reels for EUR 900',
        value: {
          fee: { amountMinor: 90000, currency: 'EUR' },
          deliverables: [{ type: 'reel', platform: 'instagram', count: 2, dueDate: '2027-04-15' }],
          usageRights: 'Organische Nutzung 12 Monate, kein Paid Boost',
        },
      },
    },
  })
  @ApiOkResponse({ type: TermsResultDto })
  setTerms(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: TermsDto,
  ): Promise<TermsResultDto> {
    return this.pipeline.updateTerms(actor, id, body);
  }

  @Post('collaborations/:id/feedback')
  @ApiEndpoint({
    operationId: 'addCollaborationFeedback',
    summary: 'Store a feedback note (what the creator reports back from their community)',
    access: 'manager',
    status: HttpStatus.CREATED,
    errors: [404],
  })
  @ApiBody({
    type: FeedbackInputDto,
    examples: {
      questions: {
        summary: 'Community questions',
        value: { note: 'Viele Fragen zu Radwegen.', sentiment: 'positive' },
      },
    },
  })
  @ApiCreatedResponse({ type: FeedbackDto })
  addFeedback(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: FeedbackInputDto,
  ): Promise<FeedbackDto> {
    return this.collaborations.addFeedback(actor, id, body);
  }

  @Get('collaborations/:id/feedback')
  @ApiEndpoint({
    operationId: 'listCollaborationFeedback',
    summary: "List a collaboration's feedback notes, oldest first",
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: FeedbackListDto })
  async listFeedback(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<FeedbackListDto> {
    return { items: await this.collaborations.listFeedback(actor.organisationId, id) };
  }
}

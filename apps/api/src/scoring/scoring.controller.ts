import { DomainError } from '@fitscout/common';
import { FitService, ScoreService } from '@fitscout/fit';
import type { Actor } from '@fitscout/identity';
import { Body, Controller, Get, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { ParseUuidPipe } from '../http/parse-uuid.pipe';
import { FitRequestDto, LookalikesQueryDto } from './fit-request.dto';
import { FitResponseDto, InfluencerScoresDto, LookalikeListDto } from './score-result.dto';
import { toFitEntryDto, toInfluencerScoresDto, toLookalikeDto } from './scoring.mapper';

const DEFAULT_LOOKALIKES = 20;

/** Fit, lookalikes and stored scores over the public catalogue; the logic lives in @fitscout/fit. */
@ApiTags('scoring')
@Controller()
export class ScoringController {
  constructor(
    private readonly fit: FitService,
    private readonly scores: ScoreService,
  ) {}

  @Post('scoring/fit')
  @ApiEndpoint({
    operationId: 'scoreFit',
    summary: 'Fit of creators to a campaign brief (relevance, engagement, authenticity)',
    description:
      "Per creator its best-fitting active account with the fit score, each part's score, weight and contribution, the hard filters and the relevance matches. Engagement and authenticity are the stored scores; relevance is computed against the brief. Unknown ids answer 404 naming them.",
    access: 'analyst',
    status: HttpStatus.OK,
    errors: [404],
  })
  @ApiBody({
    type: FitRequestDto,
    examples: {
      climateDE: {
        summary: 'Climate campaign in Germany, young audience, minimum authenticity 60',
        value: {
          influencerIds: ['6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f'],
          brief: {
            keywords: ['Klimaschutz', 'Fahrrad'],
            categories: ['environment'],
            countries: ['DE'],
            languages: ['de'],
            ageBands: ['18-24', '25-34'],
          },
          filters: { minAuthenticity: 60 },
        },
      },
    },
  })
  @ApiOkResponse({ type: FitResponseDto })
  async scoreFit(@CurrentActor() actor: Actor, @Body() body: FitRequestDto): Promise<FitResponseDto> {
    const b = body.brief;
    const asks = [b.keywords, b.topics, b.categories, b.countries, b.languages, b.ageBands, b.genders];
    if (!asks.some((values) => values && values.length > 0)) {
      throw DomainError.validation([
        { field: 'brief', message: 'brief must name keywords, topics, categories or a target group' },
      ]);
    }
    const w = body.weights;
    if (w && (w.relevance ?? 0.4) + (w.engagement ?? 0.3) + (w.authenticity ?? 0.3) <= 0) {
      throw DomainError.validation([{ field: 'weights', message: 'weights must not all be zero' }]);
    }
    const entries = await this.fit.fitFor(actor.organisationId, body.influencerIds, b, {
      weights: body.weights,
      filters: body.filters,
    });
    return { items: entries.map(toFitEntryDto) };
  }

  @Get('influencers/:id/lookalikes')
  @ApiEndpoint({
    operationId: 'listInfluencerLookalikes',
    summary: 'Creators with similar topics and audience',
    description:
      "Compares the creator's topic profile and audience with up to 2,000 active accounts sharing its country or a category; each result names the shared topics.",
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: LookalikeListDto })
  async lookalikes(
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: LookalikesQueryDto,
  ): Promise<LookalikeListDto> {
    const items = await this.fit.lookalikes(id, query.limit ?? DEFAULT_LOOKALIKES);
    return { items: items.map(toLookalikeDto) };
  }

  @Get('influencers/:id/scores')
  @ApiEndpoint({
    operationId: 'getInfluencerScores',
    summary: "A creator's stored engagement and authenticity scores per account",
    description:
      'Each score with its components, flags, confidence, computation time and benchmark version. Too little data shows `status: insufficient_data` and `score: null`; an account not scored yet has `engagement: null`.',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: InfluencerScoresDto })
  async influencerScores(@Param('id', ParseUuidPipe) id: string): Promise<InfluencerScoresDto> {
    return toInfluencerScoresDto(await this.scores.scoresOfInfluencer(id));
  }
}

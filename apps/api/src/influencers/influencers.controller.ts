import { InfluencerReadService, OverlayService, parseProfileUrl, type PostEntity } from '@fitscout/catalogue';
import { DomainError } from '@fitscout/common';
import { ScoreService } from '@fitscout/fit';
import type { Actor } from '@fitscout/identity';
import { Body, Controller, Delete, Get, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { ParseUuidPipe } from '../http/parse-uuid.pipe';
import {
  PostPageDto,
  PostsQueryDto,
  TrackInfluencerDto,
  TrackResultDto,
  UpdateOverlayDto,
  type PostDto,
} from './curation.dto';
import { InfluencerDetailDto, OverlayDto } from './influencer.dto';

export const toPostDto = (p: PostEntity): PostDto => ({
  id: p.id,
  accountId: p.accountId,
  externalId: p.externalId,
  kind: p.kind,
  publishedAt: p.publishedAt.toISOString(),
  caption: p.caption,
  hashtags: p.hashtags,
  mentions: p.mentions,
  likes: p.likes,
  comments: p.comments,
  shares: p.shares,
  saves: p.saves,
  views: p.views,
  isPaidPartnership: p.isPaidPartnership,
  url: p.url,
});

/** The public catalogue, read with the caller's own overlay; the overlay and tracking are private. */
@ApiTags('influencers')
@Controller('influencers')
export class InfluencersController {
  constructor(
    private readonly reads: InfluencerReadService,
    private readonly overlays: OverlayService,
    private readonly scores: ScoreService,
  ) {}

  @Post('track')
  @ApiEndpoint({
    operationId: 'trackInfluencer',
    summary: 'Track a creator by platform + handle or profile URL',
    description:
      'Links the creator to your organisation. An account new to the catalogue is created as `pending` and a refresh is requested durably; the workers fetch its data.',
    access: 'analyst',
    status: HttpStatus.CREATED,
    errors: [422],
  })
  @ApiCreatedResponse({ type: TrackResultDto })
  track(@CurrentActor() actor: Actor, @Body() body: TrackInfluencerDto): Promise<TrackResultDto> {
    const target = resolveTrackTarget(body);
    return this.overlays.track(actor, target.platform, target.handle);
  }

  @Get(':id')
  @ApiEndpoint({
    operationId: 'getInfluencer',
    summary: 'Get a creator with accounts, latest metrics, audience, your overlay and freshness',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: InfluencerDetailDto })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<InfluencerDetailDto> {
    const detail = await this.reads.getInfluencer(actor.organisationId, id);
    const stored = await this.scores.storedScores(detail.accounts.map((a) => a.id));
    return {
      ...detail,
      accounts: detail.accounts.map((account) => {
        const s = stored.get(account.id);
        return {
          ...account,
          scores: s
            ? {
                engagement: { score: s.engagement.score, confidence: s.engagement.confidence.level },
                authenticity: { score: s.authenticity.score, confidence: s.authenticity.confidence.level },
                benchmarkVersion: s.benchmarkVersion,
                computedAt: s.computedAt.toISOString(),
              }
            : null,
        };
      }),
    };
  }

  @Get(':id/posts')
  @ApiEndpoint({
    operationId: 'listInfluencerPosts',
    summary: "List a creator's posts, newest first",
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: PostPageDto })
  async posts(@Param('id', ParseUuidPipe) id: string, @Query() query: PostsQueryDto): Promise<PostPageDto> {
    const page = await this.reads.listPosts(id, query);
    return { items: page.items.map(toPostDto), nextCursor: page.nextCursor };
  }

  @Patch(':id/overlay')
  @ApiEndpoint({
    operationId: 'updateInfluencerOverlay',
    summary: "Update your organisation's notes, tags, contact details and negotiated rates",
    description: 'Only the fields given change. Private to your organisation.',
    access: 'manager',
    errors: [404],
  })
  @ApiOkResponse({ type: OverlayDto })
  async updateOverlay(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: UpdateOverlayDto,
  ): Promise<OverlayDto> {
    await this.overlays.update(actor, id, body);
    return (await this.reads.getInfluencer(actor.organisationId, id)).overlay as OverlayDto;
  }

  @Delete(':id/track')
  @ApiEndpoint({
    operationId: 'untrackInfluencer',
    summary: 'Stop tracking a creator',
    access: 'analyst',
    status: HttpStatus.NO_CONTENT,
    errors: [404],
  })
  async untrack(@CurrentActor() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<void> {
    await this.overlays.untrack(actor, id);
  }
}

function resolveTrackTarget(body: TrackInfluencerDto): {
  platform: NonNullable<TrackInfluencerDto['platform']>;
  handle: string;
} {
  if (body.url !== undefined && body.handle !== undefined) {
    throw DomainError.validation([
      { field: 'url', message: 'give either url or platform + handle, not both' },
    ]);
  }
  if (body.url !== undefined) {
    const parsed = parseProfileUrl(body.url);
    if (!parsed)
      throw DomainError.validation([
        { field: 'url', message: 'url is not a profile URL of a supported platform' },
      ]);
    if (body.platform && body.platform !== parsed.platform) {
      throw DomainError.validation([
        { field: 'platform', message: `the url is a ${parsed.platform} profile` },
      ]);
    }
    return parsed;
  }
  if (!body.platform)
    throw DomainError.validation([{ field: 'platform', message: 'platform is required with handle' }]);
  return { platform: body.platform, handle: body.handle! };
}

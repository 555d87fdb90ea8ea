import { InfluencerReadService } from '@fitscout/catalogue';
import { PageQueryDto } from '@fitscout/common';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { ParseUuidPipe } from '../http/parse-uuid.pipe';
import { MetricSnapshotPageDto } from './curation.dto';

@ApiTags('influencers')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly reads: InfluencerReadService) {}

  @Get(':id/metrics-history')
  @ApiEndpoint({
    operationId: 'getAccountMetricsHistory',
    summary: "An account's metric snapshots (one per refresh), newest first",
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: MetricSnapshotPageDto })
  async history(
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<MetricSnapshotPageDto> {
    const page = await this.reads.metricsHistory(id, query);
    return {
      items: page.items.map((s) => ({
        capturedAt: s.capturedAt.toISOString(),
        followers: s.followers,
        following: s.following,
        postCount: s.postCount,
        engagementRate: s.engagementRate,
      })),
      nextCursor: page.nextCursor,
    };
  }
}

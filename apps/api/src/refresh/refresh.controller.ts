import { RefreshSchedulerService } from '@fitscout/refresh';
import { Controller, Get, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { ParseUuidPipe } from '../http/parse-uuid.pipe';
import { RefreshAcceptedDto, RefreshJobDto } from './refresh.dto';

/**
 * Refreshes of public catalogue data. The jobs carry account ids only, nothing of an organisation, so any
 * member may look a refresh job up by its id.
 */
@ApiTags('refresh')
@Controller()
export class RefreshController {
  constructor(private readonly scheduler: RefreshSchedulerService) {}

  @Post('influencers/:id/refresh')
  @ApiEndpoint({
    operationId: 'refreshInfluencer',
    summary: "Queue a refresh of a creator's accounts from their platforms",
    description:
      'Answers 202 with one job per refreshable account. Asking again within the same 15-minute window returns the same jobs (nothing is queued twice). If the queue is unavailable the answer is 503 and nothing is queued.',
    access: 'analyst',
    status: HttpStatus.ACCEPTED,
    errors: [404, 503],
  })
  @ApiAcceptedResponse({ type: RefreshAcceptedDto })
  async refresh(@Param('id', ParseUuidPipe) id: string): Promise<RefreshAcceptedDto> {
    return { jobs: await this.scheduler.requestInfluencerRefresh(id) };
  }

  @Get('jobs/:id')
  @ApiEndpoint({
    operationId: 'getJob',
    summary: 'State and outcome of a refresh job',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: RefreshJobDto })
  job(@Param('id') id: string): Promise<RefreshJobDto> {
    return this.scheduler.refreshJob(id);
  }
}

import { DiscoveryService } from '@fitscout/catalogue';
import { FitDiscoveryService } from '@fitscout/fit';
import { DomainError } from '@fitscout/common';
import type { Actor } from '@fitscout/identity';
import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { DiscoveryPageDto } from './discovery-hit.dto';
import { DiscoverySearchDto } from './discovery.dto';

@ApiTags('discovery')
@Controller('discovery')
export class DiscoveryController {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly fitDiscovery: FitDiscoveryService,
  ) {}

  @Post('search')
  @ApiEndpoint({
    operationId: 'searchCreators',
    summary: 'Search creators with combinable filters',
    description:
      'Each hit is one matching account with its creator, the figures it is filtered and sorted by, the matched keywords and freshness. Cursor-paginated: send the same filters with `cursor`.',
    access: 'viewer',
    status: HttpStatus.OK,
  })
  @ApiBody({
    type: DiscoverySearchDto,
    examples: {
      microClimateDE: {
        summary: 'Micro-influencers in Germany posting about climate, audience mostly German',
        value: {
          platforms: ['instagram', 'tiktok'],
          tiers: ['micro_influencer'],
          countries: ['DE'],
          keywords: ['Klimaschutz', 'Fahrrad'],
          audience: { countries: [{ key: 'DE', min: 0.4 }] },
          limit: 20,
        },
      },
    },
  })
  @ApiOkResponse({ type: DiscoveryPageDto })
  search(@CurrentActor() actor: Actor, @Body() body: DiscoverySearchDto): Promise<DiscoveryPageDto> {
    if (body.sort?.by === 'relevance' && !body.keywords?.length) {
      throw DomainError.validation([{ field: 'sort.by', message: 'sorting by relevance needs keywords' }]);
    }
    for (const field of ['fitWeights', 'minFit'] as const) {
      if (body[field] !== undefined && body.sort?.by !== 'fit') {
        throw DomainError.validation([{ field, message: `${field} only applies when sort.by is fit` }]);
      }
    }
    const { sort, fitWeights: _weights, minFit: _minFit, ...filters } = body;
    if (sort?.by === 'fit') return this.fitDiscovery.search(actor.organisationId, body);
    return this.discovery.search(actor.organisationId, {
      ...filters,
      sort: sort && { ...sort, by: sort.by },
    });
  }
}

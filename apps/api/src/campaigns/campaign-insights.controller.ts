import { AlertsService, RecommendationsService, ReportsService } from '@fitscout/campaigns';
import type { Actor } from '@fitscout/identity';
import { Body, Controller, Get, Header, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { ParseUuidPipe } from '../http/parse-uuid.pipe';
import { toFitEntryDto } from '../scoring/scoring.mapper';
import { AlertDto, AlertListDto } from './content-view.dto';
import { AlertQueryDto, ResolveAlertDto } from './content.dto';
import { CampaignReportDto, RecommendationQueryDto, RecommendationsDto } from './report.dto';

const DEFAULT_RECOMMENDATIONS = 20;

/** Recommendations for the brief, compliance alerts and reports of a campaign. */
@ApiTags('campaigns')
@Controller('campaigns/:id')
export class CampaignInsightsController {
  constructor(
    private readonly recommendations: RecommendationsService,
    private readonly reports: ReportsService,
    private readonly alerts: AlertsService,
  ) {}

  @Get('recommendations')
  @ApiEndpoint({
    operationId: 'recommendCreators',
    summary: 'Creators recommended for the brief, ranked by fit with the breakdown',
    description:
      "Discovery gathers up to 100 creators meeting the brief's creator criteria and matching its keywords or categories; they are ranked by fit (relevance, engagement, authenticity with the brief's weights). Creators already in the campaign and those failing the minimum authenticity are left out. A brief without keywords, topics, categories or audience is a 409.",
    access: 'viewer',
    errors: [404, 409],
  })
  @ApiOkResponse({ type: RecommendationsDto })
  async recommend(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: RecommendationQueryDto,
  ): Promise<RecommendationsDto> {
    const result = await this.recommendations.recommend(
      actor.organisationId,
      id,
      query.limit ?? DEFAULT_RECOMMENDATIONS,
    );
    return { ...result, items: result.items.map(toFitEntryDto) };
  }

  @Get('report')
  @ApiEndpoint({
    operationId: 'getCampaignReport',
    summary: 'Campaign report per collaboration and in total, with a daily engagement series',
    description:
      'Posts published vs planned, followers reached, views, engagements, engagement rate, cost per engagement and per thousand views, budget used, compliance rate and open findings. `definitions` states how each figure is computed. Money in minor units of the campaign currency.',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: CampaignReportDto })
  report(@CurrentActor() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<CampaignReportDto> {
    return this.reports.report(actor.organisationId, id);
  }

  @Get('report.csv')
  @ApiEndpoint({
    operationId: 'getCampaignReportCsv',
    summary: 'The campaign report as CSV (UTF-8, RFC 4180)',
    description:
      'One row per collaboration and a total row; money as decimals of the campaign currency. UTF-8 with a byte order mark so spreadsheet programs keep umlauts; fields with commas, quotes or line breaks are quoted.',
    access: 'viewer',
    errors: [404],
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'text/csv; charset=utf-8', schema: { type: 'string' } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async reportCsv(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const { filename, csv } = await this.reports.reportCsv(actor.organisationId, id);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return csv;
  }

  @Get('compliance-alerts')
  @ApiEndpoint({
    operationId: 'listCampaignComplianceAlerts',
    summary: 'Compliance alerts raised on published captions, newest first',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: AlertListDto })
  async listAlerts(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: AlertQueryDto,
  ): Promise<AlertListDto> {
    return { items: await this.alerts.list(actor.organisationId, id, query) };
  }

  @Post('compliance-alerts/:alertId/resolve')
  @ApiEndpoint({
    operationId: 'resolveCampaignComplianceAlert',
    summary: 'Mark a compliance alert as resolved',
    access: 'manager',
    status: HttpStatus.OK,
    errors: [404, 409],
  })
  @ApiBody({
    type: ResolveAlertDto,
    examples: {
      fixed: { summary: 'Fixed by the creator', value: { note: 'Kennzeichnung wieder ergänzt.' } },
    },
  })
  @ApiOkResponse({ type: AlertDto })
  resolveAlert(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Param('alertId', ParseUuidPipe) alertId: string,
    @Body() body: ResolveAlertDto,
  ): Promise<AlertDto> {
    return this.alerts.resolve(actor, id, alertId, body);
  }
}

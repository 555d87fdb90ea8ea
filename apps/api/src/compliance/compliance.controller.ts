import { ComplianceChecksService, ComplianceEngine } from '@fitscout/compliance';
import type { Actor } from '@fitscout/identity';
import { Body, Controller, Get, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { ParseUuidPipe } from '../http/parse-uuid.pipe';
import { ComplianceBatchDto, ComplianceCheckInputDto } from './compliance-input.dto';
import { ComplianceCheckQueryDto } from './compliance-query.dto';
import {
  ComplianceBatchResultDto,
  ComplianceCheckDto,
  ComplianceCheckPageDto,
} from './compliance-result.dto';
import { CHECK_EXAMPLES } from './compliance.examples';
import { RulesetListDto } from './ruleset.dto';

/** Ad-disclosure checks: run (analyst and up), stored per organisation, read back (viewer and up). */
@ApiTags('compliance')
@Controller('compliance')
export class ComplianceController {
  constructor(
    private readonly checks: ComplianceChecksService,
    private readonly engine: ComplianceEngine,
  ) {}

  @Post('checks')
  @ApiEndpoint({
    operationId: 'runComplianceCheck',
    summary: 'Check one post for the ad disclosure its audiences require, and store the result',
    description:
      'Every audience is judged with its versioned rule set; the worst verdict applies. Findings carry evidence (offsets into the caption), the rule and its source, and a fix in the caption’s language.',
    access: 'analyst',
    status: HttpStatus.CREATED,
  })
  @ApiBody({ type: ComplianceCheckInputDto, examples: CHECK_EXAMPLES })
  @ApiCreatedResponse({ type: ComplianceCheckDto })
  check(@CurrentActor() actor: Actor, @Body() body: ComplianceCheckInputDto): Promise<ComplianceCheckDto> {
    return this.checks.check(actor, body, 'api');
  }

  @Post('checks/batch')
  @ApiEndpoint({
    operationId: 'runComplianceCheckBatch',
    summary: 'Check up to 1,000 posts at once and store the results',
    description:
      'All items are validated first: any bad item is a 400 naming `items[i].field` and nothing is stored. The checks are stored in one transaction with one `compliance.batch_checked` audit event. The body size limit (`BODY_LIMIT`, default 1 MB) applies.',
    access: 'analyst',
    status: HttpStatus.CREATED,
    errors: [413],
  })
  @ApiBody({
    type: ComplianceBatchDto,
    examples: {
      mixed: {
        summary: 'A German and an English caption',
        value: { items: [CHECK_EXAMPLES.germanMissingLabel.value, CHECK_EXAMPLES.englishTwoAudiences.value] },
      },
    },
  })
  @ApiCreatedResponse({ type: ComplianceBatchResultDto })
  checkBatch(
    @CurrentActor() actor: Actor,
    @Body() body: ComplianceBatchDto,
  ): Promise<ComplianceBatchResultDto> {
    return this.checks.checkBatch(actor, body.items, 'batch');
  }

  @Get('checks')
  @ApiEndpoint({
    operationId: 'listComplianceChecks',
    summary: "List your organisation's compliance checks, newest first",
    description:
      'Filter by verdict, finding code, audience, source, batch and creation time (`from` ≤ t < `to`).',
    access: 'viewer',
  })
  @ApiOkResponse({ type: ComplianceCheckPageDto })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ComplianceCheckQueryDto,
  ): Promise<ComplianceCheckPageDto> {
    return this.checks.list(actor.organisationId, query);
  }

  @Get('checks/:id')
  @ApiEndpoint({
    operationId: 'getComplianceCheck',
    summary: 'Get a stored compliance check',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: ComplianceCheckDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<ComplianceCheckDto> {
    return this.checks.get(actor.organisationId, id);
  }

  @Get('rulesets')
  @ApiEndpoint({
    operationId: 'listComplianceRulesets',
    summary: 'List the rule sets: jurisdictions, versions, accepted labels and legal basis',
    access: 'viewer',
  })
  @ApiOkResponse({ type: RulesetListDto })
  rulesets(): RulesetListDto {
    return { items: this.engine.listRulesets() };
  }
}

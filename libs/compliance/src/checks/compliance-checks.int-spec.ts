import { AuditModule } from '@fitscout/audit';
import { DomainError, ErrorCode } from '@fitscout/common';
import { ConfigModule } from '@fitscout/config';
import { DatabaseModule } from '@fitscout/database';
import { createOrganisation } from '@fitscout/testing';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { ComplianceCheckInput } from '../compliance.types';
import { ComplianceChecksModule } from './compliance-checks.module';
import { ComplianceChecksService } from './compliance-checks.service';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot({ applicationName: 'test' }),
    AuditModule,
    ComplianceChecksModule,
  ],
})
class TestModule {}

const draft: ComplianceCheckInput = {
  jurisdiction: 'FR',
  platform: 'instagram',
  kind: 'post',
  caption: 'Publicité | Ma routine du soir avec @laroche_posay',
  paidPartnershipLabel: false,
  materialConnection: 'paid',
  political: false,
};

/** The service without HTTP, as the draft and post checks of later issues will call it. */
describe('ComplianceChecksService', () => {
  let app: INestApplicationContext;
  let checks: ComplianceChecksService;
  let organisationId: string;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(TestModule, { logger: false });
    checks = app.get(ComplianceChecksService);
    organisationId = (await createOrganisation(app.get(DataSource))).id;
  });
  afterAll(() => app.close());

  it('stores a system check with its source and no user', async () => {
    const stored = await checks.check({ organisationId, userId: null }, draft, 'draft');
    expect(stored).toMatchObject({ source: 'draft', createdByUserId: null, verdict: 'compliant', codes: [] });
    expect(await checks.get(organisationId, stored.id)).toEqual(stored);
    expect((await checks.list(organisationId, { source: 'draft' })).items).toEqual([stored]);
  });

  it('maps input the engine rejects to a validation error naming the field', async () => {
    const noAudience = { ...draft, jurisdiction: undefined };
    await expect(checks.check({ organisationId, userId: null }, noAudience)).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      errors: [expect.objectContaining({ field: 'jurisdiction', rule: 'invalid_compliance_input' })],
    });
    const unknownKind = { ...draft, kind: 'hologram' } as unknown as ComplianceCheckInput;
    const error: unknown = await checks
      .checkBatch({ organisationId, userId: null }, [draft, unknownKind])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).errors).toEqual([expect.objectContaining({ field: 'items[1].kind' })]);
  });

  it('refuses batches over 1,000 items', async () => {
    const inputs = Array.from({ length: 1001 }, () => draft);
    await expect(checks.checkBatch({ organisationId, userId: null }, inputs)).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'items' })],
    });
  });
});

import { AuditModule } from '@fitscout/audit';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ComplianceModule } from '../compliance.module';
import { ComplianceCheckEntity } from './compliance-check.entity';
import { ComplianceChecksService } from './compliance-checks.service';

/** Stored checks on top of the pure engine; re-exports ComplianceModule so callers get the engine too. */
@Module({
  imports: [TypeOrmModule.forFeature([ComplianceCheckEntity]), AuditModule, ComplianceModule],
  providers: [ComplianceChecksService],
  exports: [ComplianceChecksService, ComplianceModule],
})
export class ComplianceChecksModule {}

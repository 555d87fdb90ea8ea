import { Module } from '@nestjs/common';
import { ComplianceEngine } from './compliance.engine';

/**
 * Nest wiring only: the engine itself knows nothing about Nest. A factory keeps Nest from trying to
 * inject the engine's optional constructor options.
 */
@Module({
  providers: [{ provide: ComplianceEngine, useFactory: (): ComplianceEngine => new ComplianceEngine() }],
  exports: [ComplianceEngine],
})
export class ComplianceModule {}

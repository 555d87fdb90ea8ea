import { TokenMaintenanceService } from '@fitscout/identity';
import { JobHandler, JobName, type JobPayloads } from '@fitscout/queue';
import { Injectable, Logger } from '@nestjs/common';

/** Queue `maintenance`: housekeeping that keeps tables small. */
@Injectable()
export class MaintenanceProcessor {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(private readonly tokens: TokenMaintenanceService) {}

  @JobHandler(JobName.PurgeExpiredRefreshTokens)
  async purgeExpiredRefreshTokens(
    payload: JobPayloads[JobName.PurgeExpiredRefreshTokens],
    meta: { jobId: string },
  ): Promise<{ deleted: number }> {
    const deleted = await this.tokens.purgeExpiredRefreshTokens();
    this.logger.log({
      jobId: meta.jobId,
      jobName: JobName.PurgeExpiredRefreshTokens,
      trigger: payload.trigger,
      deleted,
    });
    return { deleted };
  }
}

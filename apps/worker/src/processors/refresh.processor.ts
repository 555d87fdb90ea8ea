import { JobHandler, JobName, type JobPayloads } from '@fitscout/queue';
import { RefreshSchedulerService, RefreshService, type RefreshOutcome } from '@fitscout/refresh';
import { Injectable, Logger } from '@nestjs/common';

/** Queue `metrics-refresh` (one job per account and window) and the two schedules that feed it. */
@Injectable()
export class RefreshProcessor {
  private readonly logger = new Logger(RefreshProcessor.name);

  constructor(
    private readonly refresh: RefreshService,
    private readonly scheduler: RefreshSchedulerService,
  ) {}

  @JobHandler(JobName.RefreshAccount)
  async refreshAccount(
    payload: JobPayloads[JobName.RefreshAccount],
    meta: { jobId: string; attempt: number },
  ): Promise<RefreshOutcome> {
    const result = await this.refresh.refreshAccount(payload.accountId, new Date(payload.window));
    if (result.outcome !== 'refreshed')
      this.logger.log({ jobId: meta.jobId, ...result }, 'refresh not applied');
    return result;
  }

  @JobHandler(JobName.ScheduleRefreshes)
  async scheduleRefreshes(payload: JobPayloads[JobName.ScheduleRefreshes], meta: { jobId: string }) {
    const result = await this.scheduler.scheduleDue();
    if (result.queued > 0)
      this.logger.log({ jobId: meta.jobId, trigger: payload.trigger, ...result }, 'refreshes queued');
    return result;
  }

  @JobHandler(JobName.RelayRefreshRequests)
  async relayRefreshRequests(payload: JobPayloads[JobName.RelayRefreshRequests], meta: { jobId: string }) {
    const result = await this.scheduler.relayOutbox();
    if (result.relayed > 0)
      this.logger.log({ jobId: meta.jobId, trigger: payload.trigger, ...result }, 'outbox relayed');
    return result;
  }
}

import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';

/** Says when shutdown has finished: Nest calls this after the HTTP server and the connections are closed. */
@Injectable()
export class LifecycleLogger implements OnApplicationShutdown {
  private readonly logger = new Logger('Lifecycle');

  onApplicationShutdown(signal?: string): void {
    this.logger.log(`Fitscout API stopped (${signal ?? 'close'}): requests finished, connections closed`);
  }
}

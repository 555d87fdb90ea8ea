import { SetMetadata } from '@nestjs/common';
import type { JobName } from './queue.constants';

export const JOB_HANDLER_METADATA = 'fitscout:job-handler';

/** Marks a processor method as the handler of one job name; the worker checks every name has exactly one. */
export const JobHandler = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER_METADATA, name);

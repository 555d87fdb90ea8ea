import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FIT_ENTITIES } from './entities';
import { FitService } from './fit.service';
import { ScoreService } from './score.service';

/** Stored scores, benchmarks, fit and lookalikes over the public catalogue. */
@Module({
  imports: [TypeOrmModule.forFeature(FIT_ENTITIES)],
  providers: [ScoreService, FitService],
  exports: [ScoreService, FitService],
})
export class FitModule {}

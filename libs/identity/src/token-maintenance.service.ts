import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RefreshTokenEntity } from './entities/refresh-token.entity';

/** Keep revoked tokens a while so reuse of a stolen, rotated token is still detected. */
export const REVOKED_TOKEN_RETENTION_DAYS = 7;

@Injectable()
export class TokenMaintenanceService {
  constructor(private readonly dataSource: DataSource) {}

  /** Deletes refresh tokens that expired, or were revoked more than the retention ago. Returns the count. */
  async purgeExpiredRefreshTokens(now: Date = new Date()): Promise<number> {
    const revokedBefore = new Date(now.getTime() - REVOKED_TOKEN_RETENTION_DAYS * 86_400_000);
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(RefreshTokenEntity)
      .where('expires_at < :now OR revoked_at < :revokedBefore', { now, revokedBefore })
      .execute();
    return result.affected ?? 0;
  }
}

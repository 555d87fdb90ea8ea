import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Data backfill (hand-written): copy already stored authenticity scores onto their accounts. */
export class BackfillAccountAuthenticity1795434324509 implements MigrationInterface {
  name = 'BackfillAccountAuthenticity1795434324509';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'UPDATE platform_accounts a SET authenticity_score = s.authenticity_score FROM account_scores s WHERE s.account_id = a.id',
    );
  }

  public async down(): Promise<void> {
    // The column itself is dropped by the previous migration's down(); nothing to undo here.
  }
}

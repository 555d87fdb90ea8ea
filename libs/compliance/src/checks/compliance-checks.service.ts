import { AuditService } from '@fitscout/audit';
import {
  decodeCursor,
  DomainError,
  type FieldError,
  type Page,
  type PageQueryDto,
  pageLimit,
  toPage,
} from '@fitscout/common';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTick } from 'node:timers/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { ComplianceEngine } from '../compliance.engine';
import type {
  AudienceJurisdiction,
  ComplianceCheckInput,
  ComplianceCheckResult,
  FindingCode,
  Verdict,
} from '../compliance.types';
import {
  type ComplianceCheckSource,
  engineFieldError,
  inputFieldErrors,
  itemPrefix,
  MAX_BATCH_ITEMS,
  summariseVerdicts,
  toCheckRecord,
  validationFailed,
  type VerdictSummary,
} from './check-record';
import { ComplianceCheckEntity } from './compliance-check.entity';

/** Who asked for the checks; no HTTP assumptions (the worker checks drafts and posts with `userId: null`). */
export interface ComplianceCheckContext {
  organisationId: string;
  userId: string | null;
  requestId?: string | null;
}

export interface ComplianceCheckView {
  id: string;
  verdict: Verdict;
  codes: FindingCode[];
  jurisdictions: AudienceJurisdiction[];
  source: ComplianceCheckSource;
  batchId: string | null;
  createdByUserId: string | null;
  createdAt: string;
  input: ComplianceCheckInput;
  result: ComplianceCheckResult;
}

export interface ComplianceBatchView {
  batchId: string;
  count: number;
  summary: VerdictSummary;
  /** In input order. */
  items: ComplianceCheckView[];
}

export interface ComplianceCheckFilter extends PageQueryDto {
  verdict?: Verdict;
  /** Checks with a finding of this code under any audience. */
  code?: FindingCode;
  /** Checks that judged this audience. */
  jurisdiction?: AudienceJurisdiction;
  source?: ComplianceCheckSource;
  batchId?: string;
  /** ISO 8601; inclusive. */
  from?: string;
  /** ISO 8601; exclusive. */
  to?: string;
}

/** Checks judged between yields to the event loop, so a 1,000-item batch does not stall other requests. */
const CHECKS_PER_SLICE = 100;

type CheckRow = Omit<ComplianceCheckEntity, 'organisation' | 'createdAt' | 'updatedAt'>;

/**
 * Runs the pure engine and stores each check for the organisation. Used by the API today and by content
 * drafts and published posts later (`source`). Every query filters by organisation.
 */
@Injectable()
export class ComplianceChecksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: ComplianceEngine,
    private readonly audit: AuditService,
  ) {}

  /** One check, stored; no audit event (the stored check is itself the record). */
  async check(
    context: ComplianceCheckContext,
    input: ComplianceCheckInput,
    source: ComplianceCheckSource = 'api',
  ): Promise<ComplianceCheckView> {
    const errors: FieldError[] = [];
    const row = this.judge(context, input, source, null, undefined, errors);
    if (row === undefined) throw validationFailed(errors);
    const [view] = await this.insert(this.dataSource.manager, [row]);
    return view;
  }

  /**
   * Up to 1,000 checks judged first (any bad item: 400 naming every bad `items[i].field`, nothing stored),
   * then stored with one multi-row insert and one `compliance.batch_checked` audit event in one transaction.
   */
  async checkBatch(
    context: ComplianceCheckContext,
    inputs: readonly ComplianceCheckInput[],
    source: ComplianceCheckSource = 'batch',
  ): Promise<ComplianceBatchView> {
    if (inputs.length === 0 || inputs.length > MAX_BATCH_ITEMS) {
      throw validationFailed([
        {
          field: 'items',
          message: `items must contain between 1 and ${MAX_BATCH_ITEMS} elements`,
          rule: 'arraySize',
        },
      ]);
    }
    const batchId = randomUUID();
    const rows: CheckRow[] = [];
    const errors: FieldError[] = [];
    for (const [index, input] of inputs.entries()) {
      if (index > 0 && index % CHECKS_PER_SLICE === 0) await nextTick();
      const row = this.judge(context, input, source, batchId, index, errors);
      if (row !== undefined) rows.push(row);
    }
    if (errors.length > 0) throw validationFailed(errors);

    const summary = summariseVerdicts(rows.map((row) => row.verdict));
    const items = await this.dataSource.transaction(async (em) => {
      const views = await this.insert(em, rows);
      await this.audit.record(em, {
        organisationId: context.organisationId,
        actorUserId: context.userId,
        requestId: context.requestId ?? null,
        action: 'compliance.batch_checked',
        targetType: 'compliance_batch',
        targetId: batchId,
        changes: { count: rows.length, summary, source },
      });
      return views;
    });
    return { batchId, count: items.length, summary, items };
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(organisationId: string, filter: ComplianceCheckFilter): Promise<Page<ComplianceCheckView>> {
    const limit = pageLimit(filter);
    const qb = this.dataSource
      .getRepository(ComplianceCheckEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :organisationId', { organisationId })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1);
    if (filter.verdict) qb.andWhere('c.verdict = :verdict', { verdict: filter.verdict });
    // Containment (`@>`) rather than `= ANY(...)`, so the GIN indexes on the arrays can be used.
    if (filter.code) qb.andWhere('c.codes @> ARRAY[:code]::text[]', { code: filter.code });
    if (filter.jurisdiction) {
      qb.andWhere('c.jurisdictions @> ARRAY[:jurisdiction]::text[]', { jurisdiction: filter.jurisdiction });
    }
    if (filter.source) qb.andWhere('c.source = :source', { source: filter.source });
    if (filter.batchId) qb.andWhere('c.batch_id = :batchId', { batchId: filter.batchId });
    const { from, to } = dateRange(filter);
    if (from) qb.andWhere('c.created_at >= :from', { from });
    if (to) qb.andWhere('c.created_at < :to', { to });
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor, 2);
      qb.andWhere('(c.created_at, c.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await qb.getMany();
    return toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id], toView);
  }

  /** Another organisation's check is simply not found. */
  async get(organisationId: string, id: string): Promise<ComplianceCheckView> {
    const row = await this.dataSource
      .getRepository(ComplianceCheckEntity)
      .findOne({ where: { id, organisationId } });
    if (!row) throw DomainError.notFound('Compliance check');
    return toView(row);
  }

  /** Judges one input; on bad input adds field errors (prefixed `items[i].` in a batch) and returns nothing. */
  private judge(
    context: ComplianceCheckContext,
    input: ComplianceCheckInput,
    source: ComplianceCheckSource,
    batchId: string | null,
    index: number | undefined,
    errors: FieldError[],
  ): CheckRow | undefined {
    const prefix = itemPrefix(index);
    const invalid = inputFieldErrors(input, prefix);
    if (invalid.length > 0) {
      errors.push(...invalid);
      return undefined;
    }
    let result: ComplianceCheckResult;
    try {
      result = this.engine.check(input);
    } catch (error) {
      errors.push(engineFieldError(error, prefix));
      return undefined;
    }
    return {
      id: randomUUID(),
      organisationId: context.organisationId,
      input,
      result,
      ...toCheckRecord(result),
      createdByUserId: context.userId,
      source,
      batchId,
    };
  }

  /** One INSERT for all rows; ids are made here, so results map back to input order without trusting RETURNING. */
  private async insert(em: EntityManager, rows: CheckRow[]): Promise<ComplianceCheckView[]> {
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(ComplianceCheckEntity)
      .values(rows)
      .updateEntity(false)
      .returning(['id', 'createdAt'])
      .execute();
    const createdAt = new Map(
      (inserted.raw as { id: string; created_at: Date }[]).map((r) => [r.id, r.created_at]),
    );
    return rows.map((row) => {
      const stored = createdAt.get(row.id);
      if (stored === undefined) throw new Error(`compliance check ${row.id} was not returned by its INSERT`);
      return toView({ ...row, createdAt: stored });
    });
  }
}

function toView(row: CheckRow & { createdAt: Date }): ComplianceCheckView {
  return {
    id: row.id,
    verdict: row.verdict,
    codes: row.codes,
    jurisdictions: row.jurisdictions,
    source: row.source,
    batchId: row.batchId,
    createdByUserId: row.createdByUserId,
    createdAt: row.createdAt.toISOString(),
    input: row.input,
    result: row.result,
  };
}

/** Parses the date range; an unparsable bound or an empty range is a 400 naming the field. */
function dateRange(filter: ComplianceCheckFilter): { from?: Date; to?: Date } {
  const parse = (field: 'from' | 'to'): Date | undefined => {
    const value = filter[field];
    if (value === undefined) return undefined;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
      throw validationFailed([{ field, message: `${field} must be an ISO 8601 date`, rule: 'isIso8601' }]);
    }
    return date;
  };
  const from = parse('from');
  const to = parse('to');
  if (from && to && to <= from) {
    throw validationFailed([{ field: 'to', message: 'to must be later than from', rule: 'dateRange' }]);
  }
  return { from, to };
}

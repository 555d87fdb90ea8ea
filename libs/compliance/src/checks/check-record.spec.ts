import { DomainError, ErrorCode } from '@fitscout/common';
import { ComplianceEngine } from '../compliance.engine';
import { ComplianceInputError } from '../compliance.errors';
import type { ComplianceCheckInput } from '../compliance.types';
import {
  engineFieldError,
  inputFieldErrors,
  itemPrefix,
  MAX_CAPTION_LENGTH,
  summariseVerdicts,
  toCheckRecord,
  validationFailed,
} from './check-record';

const engine = new ComplianceEngine();
const post = (overrides: Partial<ComplianceCheckInput>): ComplianceCheckInput => ({
  platform: 'instagram',
  kind: 'post',
  caption: 'My new favourite perfume @douglas #ad',
  paidPartnershipLabel: false,
  materialConnection: 'paid',
  political: false,
  ...overrides,
});

describe('toCheckRecord', () => {
  it('keeps the verdict, the audiences in input order and the ruleset versions', () => {
    const result = engine.check(post({ audienceJurisdictions: ['US', 'DE', 'IE'] }));
    expect(toCheckRecord(result)).toEqual({
      verdict: result.verdict,
      codes: expect.any(Array),
      jurisdictions: ['US', 'DE', 'IE'],
      rulesetVersions: result.rulesetVersions,
    });
  });

  it('collects codes of every audience, not only the deciding ones, distinct and in vocabulary order', () => {
    // AT: English label → needs_review language_uncertain; DE: #ad → non_compliant wrong_language (decides).
    const result = engine.check(post({ audienceJurisdictions: ['AT', 'DE'] }));
    expect(result.reasons).toEqual(['wrong_language']);
    expect(toCheckRecord(result).codes).toEqual(['wrong_language', 'language_uncertain']);
  });

  it('has no codes for a compliant post', () => {
    const record = toCheckRecord(engine.check(post({ jurisdiction: 'US' })));
    expect(record).toMatchObject({ verdict: 'compliant', codes: [], jurisdictions: ['US'] });
  });
});

describe('summariseVerdicts', () => {
  it('counts each verdict and lists absent ones as zero', () => {
    expect(summariseVerdicts(['compliant', 'non_compliant', 'compliant'])).toEqual({
      compliant: 2,
      needs_review: 0,
      non_compliant: 1,
    });
    expect(summariseVerdicts([])).toEqual({ compliant: 0, needs_review: 0, non_compliant: 0 });
  });
});

describe('input errors', () => {
  it('names batch items as the DTO validation does', () => {
    expect(itemPrefix(undefined)).toBe('');
    expect(itemPrefix(3)).toBe('items[3].');
  });

  it('rejects captions over the limit, naming the field', () => {
    expect(inputFieldErrors(post({ caption: 'x'.repeat(MAX_CAPTION_LENGTH) }))).toEqual([]);
    expect(inputFieldErrors(post({ caption: 'x'.repeat(MAX_CAPTION_LENGTH + 1) }), 'items[2].')).toEqual([
      expect.objectContaining({ field: 'items[2].caption', rule: 'maxLength' }),
    ]);
  });

  it('maps the engine input error to a field error and rethrows anything else', () => {
    const error = new ComplianceInputError('jurisdiction', 'Give a jurisdiction.');
    expect(engineFieldError(error, 'items[0].')).toEqual({
      field: 'items[0].jurisdiction',
      message: 'Give a jurisdiction.',
      rule: 'invalid_compliance_input',
    });
    const other = new TypeError('boom');
    expect(() => engineFieldError(other)).toThrow(other);
  });

  it('maps an engine error caught from a real check', () => {
    let caught: unknown;
    try {
      engine.check(post({}));
    } catch (error) {
      caught = error;
    }
    expect(engineFieldError(caught)).toMatchObject({ field: 'jurisdiction' });
  });

  it('builds a 400 validation domain error', () => {
    const error = validationFailed([{ field: 'caption', message: 'too long' }]);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe(ErrorCode.ValidationFailed);
    expect(error.errors).toEqual([{ field: 'caption', message: 'too long' }]);
  });
});

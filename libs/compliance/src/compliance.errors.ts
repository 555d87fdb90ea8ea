/**
 * Thrown for inputs the engine cannot judge (no audience, unknown enum value). The API validates DTOs
 * first, so reaching this is a programming error; `code` and `field` let a filter map it to 400 anyway.
 */
export class ComplianceInputError extends Error {
  readonly code = 'invalid_compliance_input';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ComplianceInputError';
  }
}

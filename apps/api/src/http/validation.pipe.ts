import { DomainError, flattenValidationErrors } from '@fitscout/common';
import { ValidationPipe } from '@nestjs/common';

/** Whitelist, forbid unknown fields, transform; failures become one 400 listing every field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => DomainError.validation(flattenValidationErrors(errors)),
  });
}

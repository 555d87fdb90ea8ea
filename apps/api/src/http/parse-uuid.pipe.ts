import { DomainError } from '@fitscout/common';
import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that is not a UUID is a 400 naming the parameter, never a 500 from PostgreSQL. */
@Injectable()
export class ParseUuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      const field = metadata.data ?? 'id';
      throw DomainError.validation([{ field, message: `${field} must be a UUID`, rule: 'isUuid' }]);
    }
    return value.toLowerCase();
  }
}

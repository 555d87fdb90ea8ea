import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ValidationError } from 'class-validator';
import { IsEnum, IsOptional } from 'class-validator';
import type { FieldError } from './domain-error';

/** Flattens class-validator's nested errors into field paths (`brief.audience.countries[0]`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const path =
      parent === ''
        ? error.property
        : isIndex
          ? `${parent}[${error.property}]`
          : `${parent}.${error.property}`;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      out.push({
        field: path,
        message: rule === 'whitelistValidation' ? `${path} is not an allowed field` : message,
        rule,
      });
    }
    if (error.children && error.children.length > 0)
      out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

/** An enum property with its OpenAPI schema named once (`enumName`) so generated clients get a real type. */
export function EnumProperty<T extends Record<string, string>>(
  values: T | readonly string[],
  enumName: string,
  options: { optional?: boolean; example?: string; description?: string } = {},
): PropertyDecorator {
  const list = Array.isArray(values) ? [...values] : Object.values(values);
  const doc = { enum: list, enumName, example: options.example ?? list[0], description: options.description };
  const entity = Object.fromEntries(list.map((v) => [v, v]));
  return applyDecorators(
    options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc),
    ...(options.optional ? [IsOptional()] : []),
    IsEnum(entity, { message: `$property must be one of: ${list.join(', ')}` }),
  );
}

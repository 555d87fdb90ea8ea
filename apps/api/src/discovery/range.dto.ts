import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsNumber,
  IsOptional,
  Max,
  Min,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';

/** Class-level check that `max` is not below `min`; reported on `<range>.max`. */
function MaxNotBelowMin(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'maxNotBelowMin',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be greater than or equal to min' },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const min = (args.object as { min?: unknown }).min;
          return typeof value !== 'number' || typeof min !== 'number' || value >= min;
        },
      },
    });
}

export class FollowerRangeDto {
  @ApiPropertyOptional({ minimum: 0, example: 1000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  min?: number;

  @ApiPropertyOptional({ minimum: 0, example: 100000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  @MaxNotBelowMin()
  max?: number;
}

/** A fraction range such as an engagement rate (0.02 = 2 %). */
export class RateRangeDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 10, example: 0.02 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10)
  min?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10, example: 0.2 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10)
  @MaxNotBelowMin()
  max?: number;
}

/** Growth may be negative (an account losing followers). */
export class GrowthRangeDto {
  @ApiPropertyOptional({ minimum: -1, maximum: 100, example: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1)
  @Max(100)
  min?: number;

  @ApiPropertyOptional({ minimum: -1, maximum: 100, example: 0.5 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1)
  @Max(100)
  @MaxNotBelowMin()
  max?: number;
}

/** A 0–100 score range (authenticity). */
export class ScoreRangeDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 60 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  min?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 100 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  @MaxNotBelowMin()
  max?: number;
}

import { PageOf } from '@fitscout/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

export class CreateListDto {
  @ApiProperty({ example: 'Klima-Kampagne 2027', minLength: 1, maxLength: 120 })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Radverkehr und Energiewende, Bayern' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

export class UpdateListDto {
  @ApiPropertyOptional({ example: 'Klima-Kampagne 2027 (final)', minLength: 1, maxLength: 120 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

export class ListDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Klima-Kampagne 2027' })
  name: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ example: 12 })
  itemCount: number;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  createdAt: string;
}

export class ListPageDto extends PageOf(ListDto) {}

export class AddListItemsDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  influencerIds: string[];
}

export class AddedItemsDto {
  @ApiProperty({
    example: 3,
    description: 'Creators newly added (ones already on the list are not counted).',
  })
  added: number;
}

export class ListItemDto {
  @ApiProperty({ format: 'uuid' })
  influencerId: string;

  @ApiProperty({ example: 'Lena Klein' })
  displayName: string;

  @ApiProperty({ type: String, nullable: true, example: 'DE' })
  country: string | null;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' })
  addedAt: string;
}

export class ListItemPageDto extends PageOf(ListItemDto) {}

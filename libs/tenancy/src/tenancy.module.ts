import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationEntity } from './organisation.entity';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity])],
  exports: [TypeOrmModule],
})
export class TenancyModule {}

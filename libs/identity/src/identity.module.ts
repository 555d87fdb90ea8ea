import { AuditModule } from '@fitscout/audit';
import { TenancyModule } from '@fitscout/tenancy';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessTokenService } from './access-token.service';
import { AuthService } from './auth.service';
import { MembershipEntity } from './entities/membership.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { UserEntity } from './entities/user.entity';
import { MembersService } from './members.service';
import { OrganisationsService } from './organisations.service';
import { TokenMaintenanceService } from './token-maintenance.service';

/** Organisations, users, memberships and authentication, shared by API, worker and CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, MembershipEntity, RefreshTokenEntity]),
    TenancyModule,
    AuditModule,
    // Secrets and lifetimes are passed per call from the validated config.
    JwtModule.register({}),
  ],
  providers: [AccessTokenService, AuthService, MembersService, OrganisationsService, TokenMaintenanceService],
  exports: [AccessTokenService, AuthService, MembersService, OrganisationsService, TokenMaintenanceService],
})
export class IdentityModule {}

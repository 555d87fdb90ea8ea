import { AuthService, MembersService, type Actor, type TokenPair } from '@fitscout/identity';
import { Body, Controller, Get, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import {
  AcceptInvitationDto,
  InvitationAcceptedDto,
  LoginDto,
  MeDto,
  RefreshDto,
  TokenPairDto,
} from './auth.dto';

const toTokenPairDto = (pair: TokenPair): TokenPairDto => ({ ...pair, tokenType: 'Bearer' });

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly members: MembersService,
  ) {}

  @Post('login')
  @ApiEndpoint({
    operationId: 'login',
    summary: 'Log in with email and password',
    description: 'Returns a short-lived access token and a single-use refresh token.',
    access: 'public',
    status: HttpStatus.OK,
    errors: [401],
  })
  @ApiOkResponse({ type: TokenPairDto })
  async login(@Body() body: LoginDto): Promise<TokenPairDto> {
    return toTokenPairDto(await this.auth.login(body.email, body.password, body.organisationId));
  }

  @Post('refresh')
  @ApiEndpoint({
    operationId: 'refreshToken',
    summary: 'Rotate a refresh token',
    description:
      'The presented token is spent. Presenting a spent token again revokes the whole token family.',
    access: 'public',
    status: HttpStatus.OK,
    errors: [401],
  })
  @ApiOkResponse({ type: TokenPairDto })
  async refresh(@Body() body: RefreshDto): Promise<TokenPairDto> {
    return toTokenPairDto(await this.auth.refresh(body.refreshToken));
  }

  @Post('logout')
  @ApiEndpoint({
    operationId: 'logout',
    summary: 'Revoke a refresh token and its family',
    access: 'public',
    status: HttpStatus.NO_CONTENT,
  })
  async logout(@Body() body: RefreshDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @Post('accept-invitation')
  @ApiEndpoint({
    operationId: 'acceptInvitation',
    summary: 'Accept an invitation and set a password',
    access: 'public',
    status: HttpStatus.OK,
    errors: [401],
  })
  @ApiOkResponse({ type: InvitationAcceptedDto })
  acceptInvitation(@Body() body: AcceptInvitationDto): Promise<InvitationAcceptedDto> {
    return this.members.acceptInvitation(body.token, body.password, body.displayName);
  }

  @Get('me')
  @ApiEndpoint({ operationId: 'getMe', summary: 'Who am I (user, organisation, role)', access: 'viewer' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): MeDto {
    return { userId: actor.userId ?? '', organisationId: actor.organisationId, role: actor.role };
  }
}

import { PageQueryDto } from '@fitscout/common';
import { type Actor, MembersService } from '@fitscout/identity';
import { Body, Controller, Delete, Get, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { ParseUuidPipe } from '../http/parse-uuid.pipe';
import {
  AddedMemberDto,
  AddMemberDto,
  ChangeRoleDto,
  MemberDto,
  MemberPageDto,
  toMemberDto,
} from './members.dto';

@ApiTags('members')
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @ApiEndpoint({
    operationId: 'listMembers',
    summary: 'List the members of the organisation',
    access: 'viewer',
  })
  @ApiOkResponse({ type: MemberPageDto })
  async list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<MemberPageDto> {
    const page = await this.members.list(actor.organisationId, query);
    return { items: page.items.map(toMemberDto), nextCursor: page.nextCursor };
  }

  @Post()
  @ApiEndpoint({
    operationId: 'addMember',
    summary: 'Add or invite a member',
    description:
      'An existing user joins at once. An unknown email gets a new user and a one-time invitation token, returned once.',
    access: 'admin',
    status: HttpStatus.CREATED,
    errors: [409],
  })
  @ApiCreatedResponse({ type: AddedMemberDto })
  async add(@CurrentActor() actor: Actor, @Body() body: AddMemberDto): Promise<AddedMemberDto> {
    const result = await this.members.add(actor, body);
    return { ...toMemberDto(result.membership), invitationToken: result.invitationToken };
  }

  @Get(':userId')
  @ApiEndpoint({ operationId: 'getMember', summary: 'Get one member', access: 'viewer', errors: [404] })
  @ApiOkResponse({ type: MemberDto })
  async get(
    @CurrentActor() actor: Actor,
    @Param('userId', ParseUuidPipe) userId: string,
  ): Promise<MemberDto> {
    return toMemberDto(await this.members.get(actor.organisationId, userId));
  }

  @Patch(':userId')
  @ApiEndpoint({
    operationId: 'changeMemberRole',
    summary: "Change a member's role",
    description: 'Only owners may grant the owner role or change an owner. The last owner cannot be demoted.',
    access: 'admin',
    errors: [404, 409],
  })
  @ApiOkResponse({ type: MemberDto })
  async changeRole(
    @CurrentActor() actor: Actor,
    @Param('userId', ParseUuidPipe) userId: string,
    @Body() body: ChangeRoleDto,
  ): Promise<MemberDto> {
    return toMemberDto(await this.members.changeRole(actor, userId, body.role));
  }

  @Delete(':userId')
  @ApiEndpoint({
    operationId: 'removeMember',
    summary: 'Remove a member',
    description:
      "Revokes the member's refresh tokens for this organisation. The last owner cannot be removed.",
    access: 'admin',
    status: HttpStatus.NO_CONTENT,
    errors: [404, 409],
  })
  async remove(@CurrentActor() actor: Actor, @Param('userId', ParseUuidPipe) userId: string): Promise<void> {
    await this.members.remove(actor, userId);
  }
}

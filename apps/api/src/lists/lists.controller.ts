import { ListsService } from '@fitscout/catalogue';
import { PageQueryDto } from '@fitscout/common';
import type { Actor } from '@fitscout/identity';
import { Body, Controller, Delete, Get, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint } from '../http/api-endpoint.decorator';
import { CurrentActor } from '../http/auth.decorators';
import { ParseUuidPipe } from '../http/parse-uuid.pipe';
import {
  AddedItemsDto,
  AddListItemsDto,
  CreateListDto,
  ListDto,
  ListItemPageDto,
  ListPageDto,
  UpdateListDto,
} from './lists.dto';

/** Named lists of creators ("Merklisten"); private to the organisation. */
@ApiTags('lists')
@Controller('lists')
export class ListsController {
  constructor(private readonly lists: ListsService) {}

  @Get()
  @ApiEndpoint({
    operationId: 'listLists',
    summary: "List your organisation's creator lists",
    access: 'viewer',
  })
  @ApiOkResponse({ type: ListPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<ListPageDto> {
    return this.lists.list(actor.organisationId, query);
  }

  @Post()
  @ApiEndpoint({
    operationId: 'createList',
    summary: 'Create a list',
    access: 'analyst',
    status: HttpStatus.CREATED,
    errors: [409],
  })
  @ApiCreatedResponse({ type: ListDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateListDto): Promise<ListDto> {
    return this.lists.create(actor, body);
  }

  @Get(':id')
  @ApiEndpoint({ operationId: 'getList', summary: 'Get a list', access: 'viewer', errors: [404] })
  @ApiOkResponse({ type: ListDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<ListDto> {
    return this.lists.get(actor.organisationId, id);
  }

  @Patch(':id')
  @ApiEndpoint({
    operationId: 'updateList',
    summary: 'Rename or describe a list',
    access: 'analyst',
    errors: [404, 409],
  })
  @ApiOkResponse({ type: ListDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: UpdateListDto,
  ): Promise<ListDto> {
    return this.lists.update(actor, id, body);
  }

  @Delete(':id')
  @ApiEndpoint({
    operationId: 'deleteList',
    summary: 'Delete a list',
    access: 'analyst',
    status: HttpStatus.NO_CONTENT,
    errors: [404],
  })
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<void> {
    await this.lists.remove(actor, id);
  }

  @Get(':id/items')
  @ApiEndpoint({
    operationId: 'listListItems',
    summary: 'List the creators on a list',
    access: 'viewer',
    errors: [404],
  })
  @ApiOkResponse({ type: ListItemPageDto })
  items(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<ListItemPageDto> {
    return this.lists.items(actor.organisationId, id, query);
  }

  @Post(':id/items')
  @ApiEndpoint({
    operationId: 'addListItems',
    summary: 'Add creators to a list',
    description:
      'Creators already on the list are skipped. Unknown creator ids: 404 with `missingIds`, nothing added.',
    access: 'analyst',
    status: HttpStatus.OK,
    errors: [404],
  })
  @ApiOkResponse({ type: AddedItemsDto })
  addItems(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() body: AddListItemsDto,
  ): Promise<AddedItemsDto> {
    return this.lists.addItems(actor, id, body.influencerIds);
  }

  @Delete(':id/items/:influencerId')
  @ApiEndpoint({
    operationId: 'removeListItem',
    summary: 'Remove a creator from a list',
    access: 'analyst',
    status: HttpStatus.NO_CONTENT,
    errors: [404],
  })
  async removeItem(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Param('influencerId', ParseUuidPipe) influencerId: string,
  ): Promise<void> {
    await this.lists.removeItem(actor, id, influencerId);
  }
}

export * from './account-data';
export * from './brief';
export * from './entities';
export * from './fit.module';
export * from './fit.service';
export * from './score.service';
export * from './fit-discovery.service';

export * from './chart';
export * from './model';
export * from './network';
export * from './operator';
export * from './permissions';
export * from './schema';

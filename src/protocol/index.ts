export * from './decode';
export * from './events';
export * from './frames';
export * from './rest';
export * from './roles';
export * from './text';
export * from './time';

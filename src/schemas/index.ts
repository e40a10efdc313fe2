export * from './fields.ts';
export * from './document.ts';
export * from './conference.ts';
export * from './unit.ts';
export * from './indicator.ts';
export * from './observation.ts';

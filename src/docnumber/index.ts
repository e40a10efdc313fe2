/** Document numbers: parse, find in text, resolve against the registry, link in mdast. */
export { parseDocNumber } from './parse.ts';
export { findMentions } from './mentions.ts';
export { createRegistry, resolveMention, type Registry, type RegistryDoc } from './resolve.ts';
export { linkMentions } from './link.ts';

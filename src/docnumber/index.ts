/** Document numbers: parse, find in text, resolve against the registry, link in mdast. */
export {
  parseDocNumber, canonicalKey, keyOf, kindForType, typeForKind, searchAliases, docNumberQueryToken,
  type ParsedNumber, type ContractKind,
} from './parse.ts';
export { CONTRACT_KINDS, TYPE_CODES } from './codes.ts';
export { findMentions, type Mention, type TypeWordKind } from './mentions.ts';
export {
  createRegistry, resolveMention,
  type Registry, type RegistryDoc, type ResolveContext, type Resolution,
} from './resolve.ts';
export { linkMentions, type LinkOptions, type LinkedMention } from './link.ts';

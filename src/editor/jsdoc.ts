/**
 * Reads the JSDoc of every field of the contract's schemas (src/schemas/*.ts) with the TypeScript
 * parser: the same comments developers read are the editor's labels and hints, so the form and
 * the reference cannot drift apart. Tags a field's JSDoc may carry:
 *   `@label Trích yếu`       the field's name in the form (Vietnamese)
 *   `@hint …`                the help line under it (Vietnamese)
 *   `@ref units`             its value is an id of `units`, `observations`, `documents` or `conferences`
 *   `@widget text`           a form control other than the one its type implies (`text`, `image`)
 * A field without tags still reaches the form: named by its key, its English JSDoc as the hint.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface FieldDoc {
  /** The comment's text without tags. */
  doc: string;
  label?: string;
  hint?: string;
  ref?: string;
  widget?: string;
}

/** Docs keyed by `<declaration>.<key>[.<key>…]`, e.g. `conferenceSchema.source`, `imageSchema.alt`. */
export type SchemaDocs = Map<string, FieldDoc>;

const OBJECT_CALLS = /(?:^|\.)(?:strictObject|object|looseObject)$/;

/** Parses one schema module's source. */
export function readSchemaDocs(source: string, fileName = 'schema.ts', into: SchemaDocs = new Map()): SchemaDocs {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node: ts.Node, path: string | undefined): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) path = node.name.text;
    if (path && ts.isCallExpression(node) && OBJECT_CALLS.test(node.expression.getText(file))) {
      const arg = node.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        for (const prop of arg.properties) {
          if (!ts.isPropertyAssignment(prop)) continue;
          const key = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText(file);
          const doc = fieldDoc(prop);
          if (doc) into.set(`${path}.${key}`, doc);
          // An object written inline inside a field: its keys hang under the field's path.
          ts.forEachChild(prop.initializer, (c) => visit(c, `${path}.${key}`));
        }
        return;
      }
    }
    ts.forEachChild(node, (c) => visit(c, path));
  };
  visit(file, undefined);
  return into;
}

function fieldDoc(node: ts.Node): FieldDoc | undefined {
  const blocks = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  if (blocks.length === 0) return undefined;
  const out: FieldDoc = { doc: '' };
  const texts: string[] = [];
  for (const block of blocks) {
    const text = commentText(block.comment);
    if (text) texts.push(text);
    for (const tag of block.tags ?? []) {
      const name = tag.tagName.text;
      const value = commentText(tag.comment);
      if ((name === 'label' || name === 'hint' || name === 'ref' || name === 'widget') && value) out[name] = value;
    }
  }
  out.doc = texts.join(' ').replace(/\s+/g, ' ').trim();
  return out;
}

function commentText(c: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  if (c === undefined) return '';
  const s = typeof c === 'string' ? c : c.map((part) => part.text).join('');
  return s.replace(/\s+/g, ' ').trim();
}

/** The docs of every module of a schemas folder (tests excluded). */
export function readSchemaFolder(dir: string): SchemaDocs {
  const docs: SchemaDocs = new Map();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    readSchemaDocs(readFileSync(join(dir, name), 'utf8'), name, docs);
  }
  return docs;
}

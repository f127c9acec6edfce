/**
 * charts/index.ts is the library's one entry point, documented as cdk8s-plus documents its own: every
 * exported construct, props interface and member has a doc comment, and every optional prop says its
 * `@default`. Read from the sources (syntax only, no type-checking).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from './helpers';

const ENTRY = join(ROOT, 'charts', 'index.ts');

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  if (!parsed.has(file))
    parsed.set(file, ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true));
  return parsed.get(file)!;
}

/** Every name the entry point exports, with the file it comes from. */
function exported(): { name: string; file: string }[] {
  return parse(ENTRY).statements.flatMap((s) => {
    if (!ts.isExportDeclaration(s) || !s.moduleSpecifier || !s.exportClause || !ts.isNamedExports(s.exportClause))
      return [];
    const file = resolve(dirname(ENTRY), `${(s.moduleSpecifier as ts.StringLiteral).text}.ts`);
    return s.exportClause.elements.map((e) => ({ name: e.name.text, file }));
  });
}

const hasDoc = (node: ts.Node) => ts.getJSDocCommentsAndTags(node).length > 0;
const docText = (node: ts.Node) =>
  ts
    .getJSDocCommentsAndTags(node)
    .map((d) => d.getText())
    .join('\n');

/** What is missing in the documentation of the declarations the entry point exports. */
function undocumented(): string[] {
  const missing: string[] = [];
  for (const { name, file } of exported()) {
    const source = parse(file);
    const where = `${file.slice(ROOT.length + 1)}: ${name}`;
    const declaration = source.statements.find(
      (s) =>
        (ts.isInterfaceDeclaration(s) ||
          ts.isClassDeclaration(s) ||
          ts.isTypeAliasDeclaration(s) ||
          ts.isFunctionDeclaration(s)) &&
        s.name?.text === name,
    );
    if (!declaration) {
      const variable = source.statements.find(
        (s) => ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => d.name.getText() === name),
      );
      if (!variable) missing.push(`${where}: not found`);
      else if (!hasDoc(variable)) missing.push(`${where}: no doc comment`);
      continue;
    }
    if (!hasDoc(declaration)) missing.push(`${where}: no doc comment`);
    if (!ts.isInterfaceDeclaration(declaration)) continue;
    for (const member of declaration.members) {
      const member_ = `${where}.${member.name?.getText() ?? '?'}`;
      if (!hasDoc(member)) missing.push(`${member_}: no doc comment`);
      else if (member.questionToken && !docText(member).includes('@default')) missing.push(`${member_}: no @default`);
    }
  }
  return missing;
}

test('exports every construct with its props interface', () => {
  const names = new Set(exported().map((e) => e.name));
  const classes = exported().filter(({ name, file }) =>
    parse(file).statements.some((s) => ts.isClassDeclaration(s) && s.name?.text === name),
  );
  expect(classes.length).toBeGreaterThan(10);
  expect(classes.filter(({ name }) => !names.has(`${name}Props`)).map((c) => c.name)).toEqual([]);
});

test('every export, every member, every default documented', () => {
  expect(undocumented()).toEqual([]);
});

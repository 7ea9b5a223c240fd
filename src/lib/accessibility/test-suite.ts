import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One end-to-end test as written in tests/e2e/*.spec.ts. */
export interface SuiteTest {
  /** The spec file name, e.g. "keyboard.spec.ts". */
  file: string;
  /** The test's title; a `${…}` part reads "…". */
  title: string;
  /** The titles of the describe blocks around it, outermost first. */
  describe: string[];
  /** The test sits inside a loop, so it runs once per page, module or size. */
  repeated: boolean;
  /** The test (or a helper it calls from the same file) runs axe. */
  usesAxe: boolean;
}

const titleOf = (node: ts.Expression | undefined): string | undefined => {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `…${s.literal.text}`).join('');
  return undefined;
};

/** "test", "test.describe", "test.describe.serial": the callee as dotted text. */
const calleeName = (node: ts.CallExpression): string => {
  const parts: string[] = [];
  let expression: ts.Expression = node.expression;
  while (ts.isPropertyAccessExpression(expression)) {
    parts.unshift(expression.name.text);
    expression = expression.expression;
  }
  if (ts.isIdentifier(expression)) parts.unshift(expression.text);
  return parts.join('.');
};

/** Names of the file's own functions that run axe, so a test that calls one counts as an axe test. */
function axeHelpers(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) && node.name && node.getText(source).includes('AxeBuilder')) names.add(node.name.text);
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      /=>|function/.test(node.initializer.getText(source)) &&
      node.initializer.getText(source).includes('AxeBuilder')
    ) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Reads the tests of one spec file's source text. */
export function readSpec(file: string, text: string): SuiteTest[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const helpers = axeHelpers(source);
  const runsAxe = (body: string) => body.includes('AxeBuilder') || [...helpers].some((name) => new RegExp(`\\b${name}\\(`).test(body));
  const tests: SuiteTest[] = [];
  const visit = (node: ts.Node, describe: string[], inLoop: boolean) => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      const title = titleOf(node.arguments[0]);
      if (title !== undefined && /^test\.describe(\.(serial|parallel|only))?$/.test(name)) {
        node.arguments.slice(1).forEach((arg) => visit(arg, [...describe, title], inLoop));
        return;
      }
      if (title !== undefined && (name === 'test' || name === 'test.only')) {
        tests.push({ file, title, describe, repeated: inLoop, usesAxe: runsAxe(node.getText(source)) });
        return;
      }
    }
    const loop = ts.isForOfStatement(node) || ts.isForStatement(node) || ts.isForInStatement(node);
    ts.forEachChild(node, (child) => visit(child, describe, inLoop || loop));
  };
  visit(source, [], false);
  return tests;
}

/** Every end-to-end test in `dir` (tests/e2e), by file name. */
export function readE2eSuite(dir: string): SuiteTest[] {
  if (!existsSync(dir)) {
    throw new Error(
      `De toegankelijkheidsverklaring leest de tests in ${dir}, maar die map ontbreekt. Bouw de site vanuit de hele projectmap.`,
    );
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.spec.ts'))
    .sort()
    .flatMap((name) => readSpec(name, readFileSync(join(dir, name), 'utf8')));
}

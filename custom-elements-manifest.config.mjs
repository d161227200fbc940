/**
 * Custom Elements Manifest (custom-elements.json), generated from the components' JSDoc
 * (@summary @slot @event @csspart @cssproperty) by `npm run analyze`; never edited by hand.
 * Storybook's docs and editors read it. `npm run analyze:check` fails when it is stale.
 */
import { posix } from 'node:path';

/**
 * The kit defines its elements through a helper, `define('cc-phone-bar', CcPhoneBar)` (see
 * components/base/cc-element.ts), which the analyzer does not know: it only sees
 * `customElements.define(...)`. This plugin records those calls as custom-element definitions,
 * so each class gets its tagName, and drops the helper's own generic `customElements.define(tag,
 * ctor)`, which is not an element.
 */
function defineHelperPlugin() {
  /** Local class names imported into the module being analyzed, to the module that has them. */
  let imports = new Map();
  return {
    name: 'cc-phone-kit:define-helper',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind === ts.SyntaxKind.SourceFile) imports = new Map();
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const from = node.moduleSpecifier.text;
        const named = node.importClause?.namedBindings;
        if (from.startsWith('.') && named && ts.isNamedImports(named)) {
          const file = posix.join(posix.dirname(moduleDoc.path), from).replace(/\.js$/, '.ts');
          for (const element of named.elements) imports.set(element.name.text, file);
        }
      }
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'define' &&
        node.arguments.length === 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        const className = node.arguments[1].text;
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: node.arguments[0].text,
            declaration: { name: className, module: imports.get(className) ?? moduleDoc.path },
          },
        ];
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      // A custom element name always has a hyphen; `customElements.define(tag, ctor)` has none.
      moduleDoc.exports = moduleDoc.exports?.filter(
        (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
      );
    },
  };
}

/**
 * The analyzer lists modules in the order the file system and its own async work hand them over,
 * which is not stable between runs or machines: sort them by path, so the committed manifest
 * and the freshly generated one can be compared byte for byte.
 */
function sortModulesPlugin() {
  return {
    name: 'cc-phone-kit:sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'components/**/locales/**'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); do not rewrite it.
  packagejson: false,
  dev: false,
  plugins: [defineHelperPlugin(), sortModulesPlugin()],
};

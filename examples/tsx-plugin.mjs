/**
 * A @web/test-runner (dev-server) plugin that serves the React example's TSX entry as one ES
 * module, bundled by esbuild: React ships as CommonJS, which the test server cannot hand to the
 * browser as is (Vite, under `npm start`, pre-bundles it the same way).
 *
 * Only .tsx files under /examples/ and /test/ (React test fixtures) are handled; everything
 * else is left to the other plugins.
 */
import { join } from 'node:path';
import { build } from 'esbuild';

export function examplesTsxPlugin({ root }) {
  return {
    name: 'cc-examples-tsx',
    async serve(context) {
      if (!/^\/(examples|test)\/[\w/.-]+\.tsx$/.test(context.path)) return undefined;
      if (context.path.includes('..')) return undefined;
      const result = await build({
        entryPoints: [join(root, context.path)],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        // Decorators and class fields as the kit's tsconfig says; Lit and React production builds.
        tsconfig: join(root, 'tsconfig.json'),
        conditions: ['production'],
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

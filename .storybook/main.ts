/**
 * Storybook 10 for the kit's elements: stories in stories/<name>.stories.ts, docs from
 * custom-elements.json (see preview.ts). `npm run storybook` / `npm run build-storybook`.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // No phoning home: the telemetry host is unreachable here and each build would wait for it.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // Storybook reuses the root vite.config.ts (resolver, production Lit, server host). The
  // library-only parts do not apply to a Storybook build: its entries are the stories, not
  // components/index.ts and core/index.ts.
  async viteFinal(viteConfig) {
    const { build, plugins, ...rest } = viteConfig;
    const {
      lib: _lib,
      rolldownOptions: _rolldown,
      outDir: _outDir,
      ...storybookBuild
    } = build ?? {};
    return {
      ...rest,
      // The preview bundle holds Storybook's own runtime; its size is not the kit's.
      build: { ...storybookBuild, chunkSizeWarningLimit: 4096 },
      plugins: (plugins ?? []).flat().filter((plugin) => {
        const name = plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : '';
        return !String(name).startsWith('cc-phone-kit:');
      }),
    };
  },
};

export default config;

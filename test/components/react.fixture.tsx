/**
 * React side of test/components/react.test.ts, bundled with React by examples/tsx-plugin.mjs
 * (React is CommonJS; the test server cannot serve it to the browser as is). The .tsx extension
 * is what routes it to that plugin.
 */
import { createElement, type ComponentProps } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { AgentStatus, CallCenter, PhoneBar } from '../../components/react/index.js';

export { AgentStatus, CallCenter, PhoneBar };

type CallCenterProps = ComponentProps<typeof CallCenter>;
type AgentStatusProps = ComponentProps<typeof AgentStatus>;
type PhoneBarProps = ComponentProps<typeof PhoneBar>;

export interface Tree {
  readonly callCenter: CallCenterProps;
  readonly agentStatus?: AgentStatusProps;
  readonly phoneBar?: PhoneBarProps;
}

// createElement rather than JSX: the root tsconfig (which type-checks test/) has no JSX setting.
function App({ tree }: { tree: Tree }) {
  return createElement(
    CallCenter,
    tree.callCenter,
    tree.agentStatus ? createElement(AgentStatus, tree.agentStatus) : null,
    tree.phoneBar ? createElement(PhoneBar, tree.phoneBar) : null,
  );
}

/** Renders `tree` into `container`; call the returned function again to re-render. */
export function mountReact(container: HTMLElement): {
  render(tree: Tree): Promise<void>;
  unmount(): void;
} {
  const root: Root = createRoot(container);
  return {
    // flushSync commits now (layout effects, where @lit/react sets properties, included); the
    // production React build has no act().
    async render(tree) {
      flushSync(() => root.render(createElement(App, { tree })));
      await Promise.resolve();
    },
    unmount() {
      root.unmount();
    },
  };
}

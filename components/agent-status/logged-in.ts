/**
 * `<cc-agent-status>`'s logged-in part, loaded with `import()` as soon as the agent logs in
 * (presence leaves offline): the presence controls with the reason menu, the wrap-up panel and
 * the next-state menu. The login form and the status line do not need it. The build puts it in
 * the agent-ui chunk with the element's behaviour (see vite.config.ts).
 */
export { nextStateTemplate } from './next-state.template.js';
export { presenceControlsTemplate } from './presence-controls.template.js';
export { wrapUpTemplate } from './wrap-up.template.js';

export { createDemoBackend } from './demo-backend.js';
export type { DemoBackend, DemoBackendOptions } from './demo-backend.js';

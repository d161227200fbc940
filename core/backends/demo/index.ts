export { createDemoBackend } from './demo-backend.js';
export type { DemoBackend, DemoMediaFactory } from './demo-backend.js';
export type { DemoBackendOptions, DemoTimings } from './options.js';
export { DEMO_REASONS, DEMO_QUEUES, dialOutcome } from './options.js';
export { DEMO_WRONG_PASSWORD } from './agent-desk.js';

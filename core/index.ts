/**
 * cc-phone-kit/core: the headless call center. No Lit, no DOM rendering; usable on its own.
 *
 * ```ts
 * const cc = createCallCenter({ backend: 'demo' });
 * cc.select(selectActiveCall).subscribe(render);
 * await cc.agent.login({ agentId: '1001' });
 * await cc.calls.dial('10086');
 * ```
 */
export { createCallCenter } from './call-center.js';
export type {
  AgentCommands,
  CallCenter,
  CallCenterConfig,
  CallCommands,
  DeviceCommands,
  DialOptions,
  SupervisorCommands,
} from './call-center.js';
export type { CallCenterEvent } from './events.js';
export { diffEvents } from './events.js';
export { backendNames, registerBackend } from './backends/registry.js';
export type {
  Backend,
  BackendFactory,
  CredentialsProvider,
  DeviceBackend,
  DialRequest,
  LoginRequest,
  SupervisorBackend,
} from './backends/backend.js';
export { NO_CAPABILITIES } from './backends/capabilities.js';
export type { Capabilities, SupervisorAction } from './backends/capabilities.js';
export { CallCenterError, ERROR_CODES, isCallCenterError } from './model/errors.js';
export type { ErrorCode, KitErrorInfo, VendorError } from './model/errors.js';
export { allowedActions, commandCall, refusal } from './model/allowed-actions.js';
export type {
  AgentCommand,
  AllowedActions,
  CallCommand,
  CommandName,
  CommandSubject,
  Refusal,
  SupervisorCommand,
} from './model/allowed-actions.js';
export {
  cleanNumber,
  MAX_NUMBER_LENGTH,
  validateDtmf,
  validateNumber,
  validateReason,
  validateTransferTarget,
  validateWrapUpExtension,
} from './model/validation.js';
export { deriveWork, holdList, newCall } from './model/calls.js';
export type { NewCall } from './model/calls.js';
export { createStore } from './store/store.js';
export type { Selector, Store } from './store/store.js';
export { createSelector } from './store/memoize.js';
export { createInitialState, emptyBackendInfo } from './store/initial-state.js';
export { rootReducer } from './store/reducers/root.reducer.js';
export * from './store/selectors.js';
export type { Action, BackendEvent, CallPatch, FacadeAction } from './store/actions.js';
export type * from './store/state.js';
export { CALL_HISTORY_LIMIT, ERROR_LIMIT } from './store/state.js';

/**
 * cc-phone-kit: importing this module defines every element of the kit.
 */
export * from './call-center/call-center.js';
export { CallCenterController, Selection } from './context/call-center-controller.js';
export { callCenterContext } from './context/call-center-context.js';
export { defaultCallCenter, setDefaultCallCenter } from './context/default-call-center.js';

import { html, nothing, type TemplateResult } from 'lit';
import type { Call } from '../../core/store/state.js';
import type { HoldListItem } from '../hold-list/hold-list.component.js';
import type { CcSwitchCallEvent } from '../hold-list/switch-call-event.js';
import type { PhoneBarView } from './phone-bar-view.js';

/** The calls on hold besides the current one, each with a switch button. */
export function holdListTemplate(
  bar: PhoneBarView,
  active: Call | null,
): TemplateResult | typeof nothing {
  const held = bar.holdList.filter((c) => c.id !== active?.id);
  if (held.length === 0) return nothing;
  const items: HoldListItem[] = held.map((c) => ({
    id: c.id,
    name: c.remote.displayName ?? '',
    number: c.remote.number,
    since: c.answeredAt ?? c.startedAt,
    switchable: bar.callCenter.refusal('calls.switchTo', { callId: c.id }) === null,
  }));
  return html`<cc-hold-list
    part="hold-list"
    exportparts="base: hold-list__base, item: hold-list__item, switch-button: hold-list__switch-button"
    .items=${items}
    @cc-switch-call=${(event: CcSwitchCallEvent) =>
      bar.run(() => bar.callCenter.calls.switchTo(event.callId))}
  ></cc-hold-list>`;
}

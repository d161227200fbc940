import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Call } from '../../core/store/state.js';
import { partyName } from './announcements.js';
import { hangupIcon, phoneIcon } from './icons.js';
import type { PhoneBarView } from './phone-bar-view.js';

/**
 * The incoming-call banner with its answer and reject buttons. `<cc-incoming-call>` is defined
 * by the in-call chunk, loaded at login, long before a call rings. When a call rings before the
 * chunk is here (a call restored at page load), the banner still paints at once: an undefined
 * element shows its light DOM, so the caller line below and the slotted buttons are visible and
 * usable; once the element is defined it upgrades in place, and the fallback line, which no
 * slot takes, is no longer rendered.
 */
export function incomingTemplate(bar: PhoneBarView, ringing: Call): TemplateResult {
  return html`<cc-incoming-call
    part="incoming-call"
    exportparts="base: incoming-call__base, remote-party: incoming-call__remote-party, name: incoming-call__name, number: incoming-call__number, location: incoming-call__location, queue: incoming-call__queue, actions: incoming-call__actions"
    .number=${ringing.remote.number}
    .displayName=${ringing.remote.displayName ?? ''}
    .location=${ringing.remote.location ?? ''}
    .queue=${ringing.queue?.name ?? ''}
  >
    <span class="incoming-fallback"
      >${msg('Incoming call', { id: 'incoming-call.heading' })}: ${partyName(ringing)}</span
    >
    <span slot="actions" class="incoming-actions">
      ${bar.button({
        part: 'answer-button',
        label: msg('Answer', { id: 'phone-bar.answer' }),
        icon: phoneIcon,
        onClick: () => bar.answer(),
        enabled: bar.allowed('answer'),
        shortcut: 'answer',
        tone: 'answer',
      })}
      ${
        bar.supported('reject')
          ? bar.button({
              part: 'reject-button',
              label: msg('Reject', { id: 'phone-bar.reject' }),
              icon: hangupIcon,
              onClick: () => bar.reject(),
              enabled: bar.allowed('reject'),
              tone: 'hangup',
            })
          : nothing
      }
    </span>
  </cc-incoming-call>`;
}

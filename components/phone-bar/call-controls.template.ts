import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Call } from '../../core/store/state.js';
import {
  consultIcon,
  holdIcon,
  micIcon,
  micOffIcon,
  resumeIcon,
  transferIcon,
} from './call-icons.js';
import { consultControlsTemplate } from './consult-controls.template.js';
import { hangupIcon } from './icons.js';
import type { PhoneBarView } from './phone-bar-view.js';

/**
 * The controls of the current call: hang up, hold/resume, mute, and transfer and consult (or,
 * during a consultation, the consultation's controls).
 */
export function callControlsTemplate(
  bar: PhoneBarView,
  active: Call | null,
): TemplateResult | typeof nothing {
  if (!active || (active.state === 'ringing' && active.direction !== 'outbound')) return nothing;
  const consult = active.consultOf
    ? active
    : (bar.calls.find((c) => c.consultOf === active.id) ?? null);
  const connected = active.state === 'talking' || active.state === 'held';
  const held = active.state === 'held';
  const consultAnswered =
    consult !== null && (consult.state === 'talking' || consult.state === 'held');
  return html`
    ${bar.button({
      part: 'hangup-button',
      label: msg('Hang up', { id: 'phone-bar.hangup' }),
      icon: hangupIcon,
      onClick: () => bar.hangup(),
      enabled: bar.allowed('hangup'),
      shortcut: 'hangup',
      tone: 'hangup',
    })}
    ${
      bar.supported('hold') && connected
        ? bar.button({
            part: 'hold-button',
            label: msg('Hold', { id: 'phone-bar.hold' }),
            icon: held ? resumeIcon : holdIcon,
            onClick: () => bar.toggleHold(),
            enabled: held ? bar.allowed('resume') : bar.allowed('hold'),
            pressed: held,
            shortcut: 'hold',
          })
        : nothing
    }
    ${
      bar.supported('mute') && active.state !== 'ringing'
        ? bar.button({
            part: 'mute-button',
            label: msg('Mute', { id: 'phone-bar.mute' }),
            icon: active.muted ? micOffIcon : micIcon,
            onClick: () => bar.toggleMute(),
            enabled: active.muted ? bar.allowed('unmute') : bar.allowed('mute'),
            pressed: active.muted,
            shortcut: 'mute',
          })
        : nothing
    }
    ${
      consult
        ? consultControlsTemplate(bar, consult, consultAnswered)
        : html`${
            bar.supported('transfer') && connected
              ? bar.button({
                  part: 'transfer-button',
                  label: msg('Transfer', { id: 'phone-bar.transfer' }),
                  icon: transferIcon,
                  onClick: () => bar.openTransfer('transfer'),
                  enabled: bar.allowed('transfer'),
                  expanded: bar.transferOpen && bar.transferMode === 'transfer',
                })
              : nothing
          }
          ${
            bar.supported('consult') && connected && !active.conference
              ? bar.button({
                  part: 'consult-button',
                  label: msg('Consult', { id: 'phone-bar.consult' }),
                  icon: consultIcon,
                  onClick: () => bar.openTransfer('consult'),
                  enabled: bar.allowed('consult'),
                  expanded: bar.transferOpen && bar.transferMode === 'consult',
                })
              : nothing
          }`
    }
  `;
}

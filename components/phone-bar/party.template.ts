import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Call } from '../../core/store/state.js';
import { presenceLabel, workLabel } from '../i18n/labels.js';
import { partyName } from './announcements.js';
import type { PhoneBarView } from './phone-bar-view.js';

/** Who the current call is with, its state, timer and quality; "Wrap-up" after a call. */
export function partyTemplate(
  bar: PhoneBarView,
  active: Call | null,
): TemplateResult | typeof nothing {
  if (!active || (active.state === 'ringing' && active.direction !== 'outbound')) {
    return bar.callState === 'wrap-up'
      ? html`<div part="remote-party" class="party">
          <span part="call-state" class="state">${presenceLabel('wrap-up')}</span>
        </div>`
      : nothing;
  }
  const conference = bar.calls.filter((c) => c.conference);
  const who = conference.length > 1 ? conference.map(partyName).join(', ') : partyName(active);
  const showNumber = conference.length <= 1 && active.remote.displayName && active.remote.number;
  const quality = bar.quality;
  return html`<div part="remote-party" class="party">
    <span class="who">
      <span class="name">${who}</span>
      ${showNumber ? html`<span class="number">${active.remote.number}</span>` : nothing}
    </span>
    <span class="status">
      <span part="call-state" class="state">${workLabel(bar.work ?? 'talking')}</span>
      <cc-call-timer
        part="call-timer"
        exportparts="base: call-timer__base"
        .start=${active.answeredAt ?? active.startedAt}
        label=${msg('Call duration', { id: 'phone-bar.duration' })}
      ></cc-call-timer>
      ${
        quality
          ? html`<cc-quality-indicator
              part="quality-indicator"
              exportparts="base: quality-indicator__base, grade: quality-indicator__grade, label: quality-indicator__label, details: quality-indicator__details"
              .quality=${quality}
            ></cc-quality-indicator>`
          : nothing
      }
    </span>
  </div>`;
}

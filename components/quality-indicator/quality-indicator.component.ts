import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { CallQuality, QualityGrade, QualityMetric } from '../../core/store/state.js';
import { CcElement } from '../base/cc-element.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { qualityIndicatorStyles } from './quality-indicator.styles.js';

/** Bars lit per grade: e (very good) lights all five, a (very poor) one. */
const BARS: Record<QualityGrade, number> = { a: 1, b: 2, c: 3, d: 4, e: 5 };

/**
 * The quality of the current call as a grade (Sobot's a-e: e very good ... a very poor) drawn
 * as signal bars, with the measurements behind it (round-trip time, jitter, packet loss, MOS)
 * on hover and on keyboard focus. Escape hides the details.
 *
 * @summary Call quality grade with rtt, jitter, loss and MOS on hover and focus.
 *
 * @csspart base - The focusable button showing the grade.
 * @csspart grade - The signal bars.
 * @csspart label - The grade in words.
 * @csspart details - The pop-up with the measurements.
 *
 * @cssproperty --cc-quality-indicator-good-color - Bars for grades d and e.
 * @cssproperty --cc-quality-indicator-fair-color - Bars for grade c.
 * @cssproperty --cc-quality-indicator-poor-color - Bars for grades a and b, and metrics past their threshold.
 * @cssproperty --cc-quality-indicator-poor-text-color - The words for grades a and b.
 * @cssproperty --cc-quality-indicator-empty-color - Unlit bars.
 * @cssproperty --cc-quality-indicator-details-background - Background of the details pop-up.
 * @cssproperty --cc-quality-indicator-details-color - Text colour of the details pop-up.
 * @cssproperty --cc-quality-indicator-details-border - Border colour of the details pop-up.
 */
export class CcQualityIndicator extends CcElement {
  static override styles = qualityIndicatorStyles;
  static override shadowRootOptions: ShadowRootInit = {
    ...CcElement.shadowRootOptions,
    delegatesFocus: true,
  };

  private readonly i18n = new LocaleController(this);

  /** The latest sample of the call's quality; null while nothing has been measured. */
  @property({ attribute: false }) quality: CallQuality | null = null;

  /** The grade shown, reflected for styling (`:host([grade='a'])`). */
  @property({ reflect: true }) grade: QualityGrade | null = null;

  /** Set while Escape has hidden the details; cleared when focus and pointer leave. */
  @property({ type: Boolean, reflect: true }) dismissed = false;

  /** Hides the details pop-up (WCAG 1.4.13: content on hover or focus can be dismissed). */
  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !this.dismissed) {
      this.dismissed = true;
      event.stopPropagation();
    }
  };

  private readonly handleLeave = (): void => {
    if (!this.matches(':hover') && !this.matches(':focus-within')) this.dismissed = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.handleKeydown);
    this.addEventListener('focusout', this.handleLeave);
    this.addEventListener('mouseleave', this.handleLeave);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.handleKeydown);
    this.removeEventListener('focusout', this.handleLeave);
    this.removeEventListener('mouseleave', this.handleLeave);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quality')) this.grade = this.quality?.grade ?? null;
  }

  private gradeLabel(grade: QualityGrade | null): string {
    switch (grade) {
      case 'e':
        return msg('Excellent', { id: 'quality-indicator.grade.e' });
      case 'd':
        return msg('Good', { id: 'quality-indicator.grade.d' });
      case 'c':
        return msg('Fair', { id: 'quality-indicator.grade.c' });
      case 'b':
        return msg('Poor', { id: 'quality-indicator.grade.b' });
      case 'a':
        return msg('Very poor', { id: 'quality-indicator.grade.a' });
      default:
        return msg('Measuring', { id: 'quality-indicator.grade.none' });
    }
  }

  private metric(name: QualityMetric, label: string, value: string | null) {
    const warning = this.quality?.warnings.includes(name) ?? false;
    return html`<dt>${label}</dt>
      <dd class=${warning ? 'warning' : ''}>
        ${value ?? '–'}${warning ? html` <span class="visually-hidden">(${msg('above threshold', { id: 'quality-indicator.warning' })})</span>` : nothing}
      </dd>`;
  }

  override render() {
    const q = this.quality;
    const lit = this.grade ? BARS[this.grade] : 0;
    const locale = this.i18n.lang;
    const number = (value: number, digits: number) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
    const label = this.gradeLabel(this.grade);
    return html`<span class="wrapper" lang=${locale}>
      <button
        part="base"
        type="button"
        aria-describedby="details"
        aria-label=${msg('Call quality', { id: 'quality-indicator.name' }) + ': ' + label}
      >
        <span part="grade" class="bars" aria-hidden="true">
          ${[1, 2, 3, 4, 5].map((i) => html`<span class="bar ${i <= lit ? 'on' : ''}"></span>`)}
        </span>
        <span part="label" class="label" aria-hidden="true">${label}</span>
      </button>
      <div
        part="details"
        id="details"
        role="tooltip"
        aria-label=${msg('Call quality', { id: 'quality-indicator.name' })}
      >
        <dl>
          ${this.metric('rtt', msg('Round trip', { id: 'quality-indicator.rtt' }), q?.rtt == null ? null : `${number(q.rtt, 0)} ms`)}
          ${this.metric('jitter', msg('Jitter', { id: 'quality-indicator.jitter' }), q?.jitter == null ? null : `${number(q.jitter, 0)} ms`)}
          ${this.metric('loss', msg('Packet loss', { id: 'quality-indicator.loss' }), q?.loss == null ? null : `${number(q.loss * 100, 1)} %`)}
          ${this.metric('mos', msg('MOS', { id: 'quality-indicator.mos' }), q?.mos == null ? null : number(q.mos, 1))}
        </dl>
      </div></span
    >`;
  }
}

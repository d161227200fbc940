import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type {
  IvrNode,
  RosterAgent,
  TransferTarget,
  TransferTargetKind,
} from '../../core/store/state.js';
import { CcElement } from '../base/cc-element.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { pasteCleanNumber } from '../phone-bar/number-paste.js';
import { agentRank, agentStateLabel, searchAgents } from './agent-label.js';
import { transferDialogStyles } from './transfer-dialog.styles.js';
import { CcTransferSubmitEvent, type TransferAction } from './transfer-submit-event.js';

/** A queue as the dialog lists it. */
export interface TransferQueue {
  readonly id: string;
  readonly name: string;
  /** Calls waiting in it, when known. */
  readonly waiting?: number;
}

/** The order the kinds are offered in. */
const KIND_ORDER: readonly TransferTargetKind[] = ['agent', 'number', 'extension', 'queue', 'ivr'];

/** How many directory matches are rendered at once; the search narrows the rest. */
const LIST_LIMIT = 50;

/**
 * A modal dialog to choose where a call goes: an agent from the live directory (with search),
 * a number, an extension, a queue or an IVR node, as the back end allows. The agent then
 * transfers the call at once or consults the target first.
 *
 * @summary Transfer and consult target chooser: agent directory, number, queue, IVR node.
 *
 * @event cc-transfer-submit - The agent confirmed a target; `event.action` is `transfer` or `consult`, `event.transferTarget` the target.
 * @event close - The dialog closed (Escape, Cancel, or after a successful submit).
 *
 * @csspart base - The `<dialog>` element.
 * @csspart kind - The radio group choosing the kind of target.
 * @csspart search - The agent search field.
 * @csspart agent-list - The agent directory.
 * @csspart target-list - The queue or IVR node list.
 * @csspart number-input - The number or extension field.
 * @csspart error - Why the last attempt failed.
 * @csspart cancel-button - Closes the dialog.
 * @csspart consult-button - Consults the target (customer on hold).
 * @csspart transfer-button - Transfers the call to the target now.
 *
 * @cssproperty --cc-transfer-dialog-background - Dialog background.
 * @cssproperty --cc-transfer-dialog-color - Dialog text colour.
 * @cssproperty --cc-transfer-dialog-border - Dialog border colour.
 * @cssproperty --cc-transfer-dialog-radius - Dialog corner radius.
 * @cssproperty --cc-transfer-dialog-backdrop - Backdrop behind the modal dialog.
 * @cssproperty --cc-transfer-dialog-primary-background - Background of the primary action.
 * @cssproperty --cc-transfer-dialog-primary-color - Text colour of the primary action.
 */
export class CcTransferDialog extends CcElement {
  static override styles = transferDialogStyles;

  private readonly i18n = new LocaleController(this);

  @query('dialog') private dialog!: HTMLDialogElement;

  @state() private kind: TransferTargetKind | null = null;
  @state() private search = '';
  @state() private chosen: Partial<Record<TransferTargetKind, string>> = {};
  /** Directory entries matching the search, best first (recomputed when agents or search change). */
  private found: RosterAgent[] = [];

  /** Shows the dialog as a modal. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The action the dialog was opened for: it becomes the primary button. */
  @property() mode: TransferAction = 'transfer';

  /** Kinds of target a blind transfer may go to (the back end's `transferTargets`). */
  @property({ attribute: false }) transferKinds: readonly TransferTargetKind[] = [];

  /** Kinds of target a consultation may call (the back end's `consultTargets`). */
  @property({ attribute: false }) consultKinds: readonly TransferTargetKind[] = [];

  /** Whether a blind transfer is allowed now. */
  @property({ type: Boolean, attribute: 'can-transfer' }) canTransfer = false;

  /** Whether a consultation is allowed now. */
  @property({ type: Boolean, attribute: 'can-consult' }) canConsult = false;

  /** The agent directory, with live states. Names and reason labels are untrusted text. */
  @property({ attribute: false }) agents: readonly RosterAgent[] = [];

  /** The agent using the bar, left out of the directory. */
  @property({ attribute: 'self-id' }) selfId: string | null = null;

  @property({ attribute: false }) queues: readonly TransferQueue[] = [];

  @property({ attribute: false }) ivrNodes: readonly IvrNode[] = [];

  /** A command is running: the actions are disabled. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** Why the last attempt failed, already localized; shown as text. */
  @property() error = '';

  private handleCancel(event: Event): void {
    // The dialog's own Escape handling: keep `open` in step.
    event.preventDefault();
    this.hide();
  }

  private handleKind(kind: TransferTargetKind): void {
    this.kind = kind;
    this.error = '';
  }

  private handleChoose(kind: TransferTargetKind, value: string): void {
    this.chosen = { ...this.chosen, [kind]: value };
    this.error = '';
  }

  private handleSubmit(action: TransferAction, event?: Event): void {
    event?.preventDefault();
    if (this.busy) return;
    const target = this.target();
    if (!target) return;
    this.emit(new CcTransferSubmitEvent(action, target));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const kinds = this.kinds;
    if (this.kind === null || !kinds.includes(this.kind)) this.kind = kinds[0] ?? null;
    const keys = changed as Map<PropertyKey, unknown>;
    if (keys.has('agents') || keys.has('search') || keys.has('selfId')) {
      this.found = searchAgents(this.agents, this.search, this.selfId);
    }
    if (changed.has('open') && this.open && changed.get('open') === false) {
      this.error = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.dialog.showModal();
    if (!this.open && this.dialog.open) this.dialog.close();
  }

  /** Opens the dialog, as the action `mode`. */
  show(mode: TransferAction = this.mode): void {
    this.mode = mode;
    this.open = true;
  }

  /** Closes the dialog and fires `close`. */
  hide(): void {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  }

  /** Every kind either action may use, in a stable order. */
  private get kinds(): TransferTargetKind[] {
    return KIND_ORDER.filter(
      (k) => this.transferKinds.includes(k) || this.consultKinds.includes(k),
    );
  }

  /** The target as chosen so far; an empty value is left for the core to refuse. */
  private target(): TransferTarget | null {
    const value = this.kind ? (this.chosen[this.kind] ?? '') : '';
    switch (this.kind) {
      case 'agent':
        return { kind: 'agent', agentId: value };
      case 'number':
        return { kind: 'number', number: value };
      case 'extension':
        return { kind: 'extension', extension: value };
      case 'queue':
        return { kind: 'queue', queueId: value };
      case 'ivr':
        return { kind: 'ivr', nodeId: value };
      default:
        return null;
    }
  }

  private kindLabel(kind: TransferTargetKind): string {
    switch (kind) {
      case 'agent':
        return msg('Agent', { id: 'transfer-dialog.kind.agent' });
      case 'number':
        return msg('Number', { id: 'transfer-dialog.kind.number' });
      case 'extension':
        return msg('Extension', { id: 'transfer-dialog.kind.extension' });
      case 'queue':
        return msg('Queue', { id: 'transfer-dialog.kind.queue' });
      case 'ivr':
        return msg('IVR menu', { id: 'transfer-dialog.kind.ivr' });
    }
  }

  private renderAgents() {
    const shown = this.found.slice(0, LIST_LIMIT);
    const chosen = this.chosen.agent ?? '';
    return html`
      <label>
        <span class="visually-hidden"
          >${msg('Search agents', { id: 'transfer-dialog.search' })}</span
        >
        <input
          part="search"
          type="search"
          autocomplete="off"
          placeholder=${msg('Search by name or extension', { id: 'transfer-dialog.search-placeholder' })}
          .value=${this.search}
          @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)}
        />
      </label>
      <fieldset part="agent-list" class="list">
        <legend class="visually-hidden">${msg('Agents', { id: 'transfer-dialog.agents' })}</legend>
        ${
          shown.length === 0
            ? html`<p class="empty">
                ${msg('No agent matches.', { id: 'transfer-dialog.no-agents' })}
              </p>`
            : repeat(
                shown,
                (a) => a.id,
                (a) =>
                  html`<label class="option rank-${agentRank(a)}">
                    <input
                      type="radio"
                      name="agent"
                      .value=${a.id}
                      .checked=${a.id === chosen}
                      ?disabled=${a.presence === 'offline'}
                      @change=${() => this.handleChoose('agent', a.id)}
                    />
                    <span class="option-name"
                      >${a.name} <span class="option-extra">${a.extension}</span></span
                    >
                    <span class="option-extra"
                      ><span class="dot" aria-hidden="true"></span>${agentStateLabel(a)}</span
                    >
                  </label>`,
              )
        }
      </fieldset>
      ${
        this.found.length > LIST_LIMIT
          ? html`<p class="hint">
              ${msg(
                str`Showing ${LIST_LIMIT} of ${this.found.length}; search to narrow the list.`,
                {
                  id: 'transfer-dialog.more',
                },
              )}
            </p>`
          : nothing
      }
    `;
  }

  private renderChoices(
    kind: 'queue' | 'ivr',
    legend: string,
    options: readonly { id: string; name: string; extra?: string }[],
  ) {
    const chosen = this.chosen[kind] ?? '';
    return html`<fieldset part="target-list" class="list">
      <legend class="visually-hidden">${legend}</legend>
      ${
        options.length === 0
          ? html`<p class="empty">
              ${msg('Nothing to choose from.', { id: 'transfer-dialog.none' })}
            </p>`
          : repeat(
              options,
              (o) => o.id,
              (o) =>
                html`<label class="option">
                  <input
                    type="radio"
                    name=${kind}
                    .value=${o.id}
                    .checked=${o.id === chosen}
                    @change=${() => this.handleChoose(kind, o.id)}
                  />
                  <span class="option-name">${o.name}</span>
                  <span class="option-extra">${o.extra ?? ''}</span>
                </label>`,
            )
      }
    </fieldset>`;
  }

  private renderTarget() {
    switch (this.kind) {
      case 'agent':
        return this.renderAgents();
      case 'number':
      case 'extension': {
        const kind = this.kind;
        return html`<label>
          ${kind === 'number' ? msg('Number to call', { id: 'transfer-dialog.number' }) : msg('Extension', { id: 'transfer-dialog.kind.extension' })}
          <input
            part="number-input"
            type=${kind === 'number' ? 'tel' : 'text'}
            inputmode=${kind === 'number' ? 'tel' : 'text'}
            autocomplete="off"
            .value=${this.chosen[kind] ?? ''}
            @paste=${kind === 'number' ? pasteCleanNumber : null}
            @input=${(e: Event) => this.handleChoose(kind, (e.target as HTMLInputElement).value)}
          />
        </label>`;
      }
      case 'queue':
        return this.renderChoices(
          'queue',
          msg('Queues', { id: 'transfer-dialog.queues' }),
          this.queues.map((q) => ({
            id: q.id,
            name: q.name,
            ...(q.waiting === undefined
              ? {}
              : { extra: msg(str`${q.waiting} waiting`, { id: 'transfer-dialog.waiting' }) }),
          })),
        );
      case 'ivr':
        return this.renderChoices(
          'ivr',
          msg('IVR menus', { id: 'transfer-dialog.ivr-nodes' }),
          this.ivrNodes,
        );
      default:
        return nothing;
    }
  }

  override render() {
    const kinds = this.kinds;
    const kind = this.kind;
    const transferKind = kind !== null && this.transferKinds.includes(kind);
    const consultKind = kind !== null && this.consultKinds.includes(kind);
    const consultButton = consultKind
      ? html`<button
          part="consult-button"
          type=${this.mode === 'consult' ? 'submit' : 'button'}
          class=${this.mode === 'consult' ? 'primary' : ''}
          ?disabled=${this.busy || !this.canConsult}
          @click=${(e: Event) => this.handleSubmit('consult', e)}
        >
          ${msg('Consult', { id: 'transfer-dialog.consult' })}
        </button>`
      : nothing;
    const transferButton = transferKind
      ? html`<button
          part="transfer-button"
          type=${this.mode === 'transfer' ? 'submit' : 'button'}
          class=${this.mode === 'transfer' ? 'primary' : ''}
          ?disabled=${this.busy || !this.canTransfer}
          @click=${(e: Event) => this.handleSubmit('transfer', e)}
        >
          ${msg('Transfer now', { id: 'transfer-dialog.transfer' })}
        </button>`
      : nothing;
    return html`
      <dialog
        part="base"
        lang=${this.i18n.lang}
        aria-labelledby="title"
        @cancel=${this.handleCancel}
      >
        ${
          this.open
            ? html`<form
                @submit=${(e: Event) => this.handleSubmit(this.mode, e)}
                aria-busy=${this.busy ? 'true' : 'false'}
              >
                <h2 id="title">
                  ${
                    this.mode === 'consult'
                      ? msg('Consult', { id: 'transfer-dialog.title.consult' })
                      : msg('Transfer call', { id: 'transfer-dialog.title.transfer' })
                  }
                </h2>
                ${
                  kinds.length > 1
                    ? html`<fieldset part="kind" class="kinds">
                        <legend>${msg('Target', { id: 'transfer-dialog.kind' })}</legend>
                        ${kinds.map(
                          (k) =>
                            html`<label>
                              <input
                                type="radio"
                                name="kind"
                                .value=${k}
                                .checked=${k === kind}
                                @change=${() => this.handleKind(k)}
                              />
                              ${this.kindLabel(k)}
                            </label>`,
                        )}
                      </fieldset>`
                    : nothing
                }
                ${this.renderTarget()}
                ${this.error ? html`<p part="error" role="alert">${this.error}</p>` : nothing}
                <div class="actions">
                  <button part="cancel-button" type="button" @click=${() => this.hide()}>
                    ${msg('Cancel', { id: 'transfer-dialog.cancel' })}
                  </button>
                  ${this.mode === 'consult' ? [transferButton, consultButton] : [consultButton, transferButton]}
                </div>
              </form>`
            : nothing
        }
      </dialog>
    `;
  }
}

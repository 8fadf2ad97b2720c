import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { encode } from 'uqr';

/**
 * A QR code drawn as SVG in the page, so a visitor can carry a ticket or a job on their phone when paper is
 * not an option. Error correction M survives a smudged or glary screen.
 */
@customElement('jh-qr-code')
export class JhQrCode extends LitElement {
  @property() data = '';
  @property() label = '';

  static override styles = css`
    :host { display: inline-block; background: #fff; padding: 12px; line-height: 0; }
    svg { width: var(--qr-size, 220px); height: var(--qr-size, 220px); shape-rendering: crispEdges; }
  `;

  override render() {
    if (!this.data) return html``;
    const { data: grid, size } = encode(this.data, { ecc: 'M', border: 2 });
    const cells = [];
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) if (grid[y]![x]) cells.push(svg`<rect x=${x} y=${y} width="1" height="1"/>`);
    }
    return html`<svg viewBox="0 0 ${size} ${size}" role="img" aria-label=${this.label || this.data}>
      <rect width=${size} height=${size} fill="#fff"/><g fill="#000">${cells}</g>
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jh-qr-code': JhQrCode;
  }
}

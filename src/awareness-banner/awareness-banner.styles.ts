import { css } from 'lit';

export const bannerStyles = css`
  :host {
    container-type: inline-size;
    --_banner-min-height: var(--care-banner-min-height, 4.5rem);
  }
  .frame {
    min-height: var(--_banner-min-height);
    display: grid;
    gap: 0.5rem;
    align-content: center;
  }
  .message {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    min-height: var(--_banner-min-height);
    margin: 0;
    padding: 0.5rem var(--_space);
    border-radius: var(--_radius);
    border-inline-start: 0.3rem solid var(--_accent);
    background: var(--_surface);
  }
  .message.hope {
    background: var(--_hope-surface);
  }
  .message.urgent {
    border-inline-start-color: var(--_urgent);
    background: var(--_urgent-surface);
    font-weight: 600;
  }
  .text {
    flex: 1 1 14rem;
    min-width: 0;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin-inline-start: auto;
  }
  .position {
    padding-inline: 0.25rem;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .control {
    display: inline-grid;
    place-items: center;
    width: var(--_control-size);
    height: var(--_control-size);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  .control:hover {
    border-color: var(--_accent);
  }
  .control svg {
    width: 1.1rem;
    height: 1.1rem;
    fill: currentColor;
  }
  .frame[dir='rtl'] .flip svg {
    transform: scaleX(-1);
  }
  @container (max-width: 28rem) {
    .frame,
    .message {
      --_banner-min-height: var(--care-banner-min-height, 7.5rem);
    }
  }
`;

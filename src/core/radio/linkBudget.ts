/** Resource elements carrying the reference signal over a channel: `0.9 x channel / subcarrier spacing`. */
export function resourceElements(channelKHz: number, spacingKHz: number): number {
  return (0.9 * channelKHz) / spacingKHz;
}

/** EIRP per resource element, dBm: the whole channel's EIRP shared over its resource elements. */
export function eirpPerResourceElementDbm(eirpDbm: number, channelKHz: number, spacingKHz: number): number {
  return eirpDbm - 10 * Math.log10(resourceElements(channelKHz, spacingKHz));
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The Crossroads mark: a road forking in two, drawn in the current colour
 * (the same drawing as the panel's, components/panel/PanelView.tsx). Built
 * node by node: no markup is parsed.
 */
export function mark(size: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const attrs = (el: Element, values: Record<string, string>) => {
    for (const [k, v] of Object.entries(values)) el.setAttribute(k, v);
    return el;
  };
  attrs(svg, {
    class: 'mark',
    viewBox: '0 0 16 16',
    width: String(size),
    height: String(size),
    'aria-hidden': 'true',
    focusable: 'false',
  });
  svg.append(
    attrs(document.createElementNS(SVG, 'path'), {
      d: 'M8 15V9.2M8 9.2 3.2 3.4M8 9.2l4.8-5.8',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2.4',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    }),
    attrs(document.createElementNS(SVG, 'circle'), { cx: '3.2', cy: '3.4', r: '1.9', fill: 'currentColor' }),
    attrs(document.createElementNS(SVG, 'circle'), { cx: '12.8', cy: '3.4', r: '1.9', fill: 'currentColor' }),
  );
  return svg as SVGSVGElement;
}

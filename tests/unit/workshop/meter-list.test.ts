import { describe, expect, it } from 'vitest';
import type { VNode } from 'preact';
import type { Meter } from '../../../src/lib/schemas/scenario';
import { MeterList, describeChanges, meterChanges, meterText } from '../../../src/islands/shared/MeterList';

const meters: Meter[] = [
  { id: 'houding', label: 'Houding', min: 0, max: 10, start: 3, minLabel: 'nee, maar', maxLabel: 'ja, tenzij' },
  { id: 'vertrouwen', label: 'Vertrouwen van bewoners', min: 0, max: 10, start: 5, minLabel: 'laag', maxLabel: 'hoog' },
];

/** Every element in a rendered tree (the component is a plain function of its props). */
function elements(node: unknown): VNode<Record<string, unknown>>[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!node || typeof node !== 'object' || !('type' in node)) return [];
  const vnode = node as VNode<Record<string, unknown>>;
  if (typeof vnode.type === 'function') return elements((vnode.type as (p: unknown) => unknown)(vnode.props));
  return [vnode, ...elements(vnode.props['children'])];
}

const text = (node: unknown): string =>
  Array.isArray(node)
    ? node.map(text).join('')
    : typeof node === 'string' || typeof node === 'number'
      ? String(node)
      : node && typeof node === 'object' && 'props' in node
        ? text((node as VNode<{ children?: unknown }>).props.children)
        : '';

describe('MeterList', () => {
  for (const size of ['page', 'projector'] as const) {
    it(`names every ${size} meter by its label and says its value in words`, () => {
      const tree = elements(MeterList({ meters, values: { houding: 7 }, changes: { houding: 2, vertrouwen: -1 }, idPrefix: 'm', size }));
      const bars = tree.filter((el) => el.type === 'meter');
      const labels = tree.filter((el) => el.type === 'label');
      expect(bars.map((bar) => bar.props['aria-valuetext'])).toEqual([
        '7 van 10, van nee, maar naar ja, tenzij',
        '5 van 10, van laag naar hoog',
      ]);
      // A label's `for` points at its meter, so the meter's accessible name is the label.
      expect(labels.map((label) => [label.props['for'], text(label)])).toEqual(bars.map((bar, i) => [bar.props['id'], meters[i]!.label]));
      const values = tree.filter((el) => el.props['class'] === 'jt-meter__value').map(text);
      expect(values).toEqual(['7 van 10 (+2)', '5 van 10 (−1)']);
      expect(tree.filter((el) => el.type === 'ul')[0]!.props['class']).toBe(`jt-meters jt-meters--${size}`);
    });
  }

  it('names the two ends in text on the page, and leaves them out on the projector', () => {
    const ends = (size: 'page' | 'projector') =>
      elements(MeterList({ meters, values: {}, idPrefix: 'm', size }))
        .filter((el) => el.props['class'] === 'jt-meter__ends')
        .map(text);
    expect(ends('page')).toEqual(['nee, maarja, tenzij', 'laaghoog']);
    expect(ends('projector')).toEqual([]);
  });

  it('shows no change where a meter did not move', () => {
    const values = elements(MeterList({ meters, values: {}, changes: { houding: 0 }, idPrefix: 'm' }))
      .filter((el) => el.props['class'] === 'jt-meter__value')
      .map(text);
    expect(values).toEqual(['3 van 10', '5 van 10']);
  });
});

describe('meter texts', () => {
  it('says a value with both ends', () => {
    expect(meterText(meters[0]!, 4)).toBe('4 van 10, van nee, maar naar ja, tenzij');
  });

  it('computes the change per meter, counting a missing value as the start', () => {
    expect(meterChanges(meters, { houding: 3 }, { houding: 6, vertrouwen: 4 })).toEqual({ houding: 3, vertrouwen: -1 });
  });

  it('describes the changes for announcements, with a real minus sign', () => {
    expect(describeChanges(meters, { houding: 3, vertrouwen: 5 }, { houding: 5, vertrouwen: 4 })).toBe(
      'Houding +2, Vertrouwen van bewoners −1',
    );
    expect(describeChanges(meters, { houding: 3 }, { houding: 3 })).toBe('geen verandering op de meters');
  });
});

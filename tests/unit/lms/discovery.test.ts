import { describe, expect, it } from 'vitest';
import { FIND_ATTEMPT_LIMIT, findApiFrom, findScormApi, type WindowLike } from '../../../src/lib/lms/discovery';

type FakeWindow = { parent?: FakeWindow; top?: FakeWindow; opener?: FakeWindow | null; API?: object; API_1484_11?: object };

/** A chain of `depth` frames below a top window; returns the innermost frame and the top. */
function chain(depth: number, top: FakeWindow = {}): { inner: FakeWindow; top: FakeWindow } {
  top.parent = top;
  top.top = top;
  let inner = top;
  for (let i = 0; i < depth; i++) inner = { parent: inner, top };
  return { inner, top };
}

const look = (win: FakeWindow, key: 'API' | 'API_1484_11') => findScormApi(win as WindowLike, key);

describe('SCORM API discovery (pipwerks)', () => {
  it('finds SCORM 1.2 API in the parent that holds it', () => {
    const api = { LMSInitialize: () => 'true' };
    const { inner, top } = chain(3);
    inner.parent!.parent!.API = api;
    expect(look(inner, 'API')).toBe(api);
    expect(look(top, 'API')).toBeNull();
  });

  it('finds SCORM 2004 API_1484_11 and keeps the two apart', () => {
    const api2004 = { Initialize: () => 'true' };
    const { inner, top } = chain(2);
    top.API_1484_11 = api2004;
    expect(look(inner, 'API_1484_11')).toBe(api2004);
    expect(look(inner, 'API')).toBeNull();
  });

  it('finds the API in the window itself', () => {
    const api = {};
    const { inner } = chain(0);
    inner.API = api;
    expect(look(inner, 'API')).toBe(api);
  });

  it('climbs at most 500 levels', () => {
    const api = {};
    const far = chain(FIND_ATTEMPT_LIMIT + 1);
    far.top.API = api;
    expect(findApiFrom(far.inner as WindowLike, 'API')).toBeNull();
    const near = chain(FIND_ATTEMPT_LIMIT);
    near.top.API = api;
    expect(findApiFrom(near.inner as WindowLike, 'API')).toBe(api);
  });

  it('then looks in the window that opened the top window (an LMS pop-up)', () => {
    const api = {};
    const lms = chain(1);
    lms.top.API_1484_11 = api;
    const popup = chain(2);
    popup.top.opener = lms.inner;
    expect(look(popup.inner, 'API_1484_11')).toBe(api);
  });

  it('stops at a window of another origin instead of throwing', () => {
    const foreign = new Proxy(
      {},
      {
        get() {
          throw new DOMException('Blocked a frame with origin', 'SecurityError');
        },
      },
    ) as FakeWindow;
    const frame: FakeWindow = { parent: foreign };
    frame.top = foreign;
    expect(look(frame, 'API')).toBeNull();
  });

  it('finds nothing in a package opened on its own', () => {
    const { inner } = chain(0);
    inner.opener = null;
    expect(look(inner, 'API')).toBeNull();
    expect(look(inner, 'API_1484_11')).toBeNull();
  });
});

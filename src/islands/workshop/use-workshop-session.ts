import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createWorkshopModel, type WorkshopModel } from '../../lib/workshop/model';
import type { WorkshopLinks } from '../../lib/workshop/links';
import type { WorkshopPlan } from '../../lib/workshop/plan';
import { createSession, reduceSession, type WorkshopAction, type WorkshopSession } from '../../lib/workshop/session';
import { clearStored, readStored, saveStored } from '../../lib/workshop/storage';
import { channelName, isSyncMessage, shouldAccept, type SyncMessage } from '../../lib/workshop/sync';
import { isDone, isRunning, remainingAt, spokenDuration, type TimerState } from '../../lib/workshop/timer';
import { viewOf, type WorkshopView } from '../../lib/workshop/view';

const CORRUPT_NOTICE = 'De opgeslagen sessie kon niet worden gelezen. U begint met een nieuwe sessie.';
const UNSAVED_NOTICE = 'Deze browser bewaart de sessie niet. Laad de pagina dus niet opnieuw, anders begint u opnieuw.';
const SUMMARY_FAILED_NOTICE = 'De samenvatting kon niet worden gemaakt. Laad de pagina opnieuw en probeer het nog eens.';
const NOT_RESTORED_NOTICE =
  'De opgeslagen sessie kon niet worden geladen. Wat u nu doet, wordt niet opgeslagen, zodat de oude sessie bewaard blijft. Laad de pagina opnieuw om verder te gaan waar u was.';
const ADJUSTED_NOTICE =
  'De inhoud van deze workshop is veranderd sinds de sessie werd opgeslagen. Een deel van de route of de stemmen is daarom weggelaten.';

/** Props of both workshop windows (projector and presenter), passed by their Astro pages. */
export interface WorkshopWindowProps {
  /**
   * The workshop plan as JSON text. Astro revives an object prop value by value, which for a plan of
   * about 50 KB was a long task at load; one native JSON.parse (usePlan) is quick.
   */
  planJson: string;
  links: WorkshopLinks;
  /** The voting relay's address (PUBLIC_RELAY_URL), or null: then there is no voting with phones. */
  relayUrl: string | null;
}

/** The plan from the window's props, parsed once. */
export function usePlan(planJson: string): WorkshopPlan {
  return useMemo(() => JSON.parse(planJson) as WorkshopPlan, [planJson]);
}

/** The timer as the views need it: paused, running or finished. */
export type TimerPhase = 'idle' | 'running' | 'done';

/** What a workshop window gets from useWorkshopSession. */
export interface WorkshopSessionApi {
  model: WorkshopModel;
  session: WorkshopSession;
  view: WorkshopView;
  dispatch: (action: WorkshopAction) => void;
  /** True once the stored session is restored and the window listens to the other windows. */
  ready: boolean;
  /** A Dutch notice about the stored session, shown once. */
  notice: string | null;
  dismissNotice: () => void;
  timerPhase: TimerPhase;
  /** Polite announcements for screen readers: the screen, and the timer's start and end. */
  screenAnnouncement: string;
  timerAnnouncement: string;
  /** The timer's quick choices: each distinct section length of the plan, in minutes. */
  timerPresets: number[];
  /** Downloads the session summary (Markdown) for the trainer's report. */
  exportSummary: () => void;
}

/**
 * The session of one workshop window. The first render uses a fresh session so
 * server and client markup agree; after mount it restores the stored session,
 * then keeps every change in localStorage and on a BroadcastChannel so the
 * projector and presenter windows show the same thing. Either window can act.
 */
export function useWorkshopSession(plan: WorkshopPlan): WorkshopSessionApi {
  const model = useMemo(() => createWorkshopModel(plan), [plan]);
  const [session, setSession] = useState(() => createSession(model));
  const current = useRef(session);
  const channel = useRef<BroadcastChannel | null>(null);
  const windowId = useRef('');
  const [ready, setReadyState] = useState(false);
  // Read by dispatch: keys work before the buttons do, and must not save over a session not yet restored.
  const readyNow = useRef(false);
  const setReady = () => {
    readyNow.current = true;
    setReadyState(true);
  };
  const [notice, setNotice] = useState<string | null>(null);
  const warnedUnsaved = useRef(false);
  // False when the stored session could not be checked: saving would overwrite what the trainer wants back.
  const mayStore = useRef(true);

  const show = useCallback((next: WorkshopSession) => {
    current.current = next;
    setSession(next);
  }, []);

  const post = (message: SyncMessage) => {
    try {
      channel.current?.postMessage(message);
    } catch {
      // A closed channel (window closing) cannot send; the other window still reads localStorage on reload.
    }
  };

  useEffect(() => {
    windowId.current = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    let closed = false;
    // The check of stored and received sessions (zod) loads after the first paint; the buttons stay
    // disabled until it is there, so nothing can overwrite the stored session before it is restored.
    import('../../lib/workshop/stored-session').then(
      ({ restoreSession, parseSession }) => {
        if (closed) return;
        const restored = restoreSession(model, readStored(model.plan.module.slug));
        if (restored.status === 'ok') {
          show(restored.session);
          if (restored.adjusted) setNotice(ADJUSTED_NOTICE);
        } else if (restored.status === 'corrupt') {
          setNotice(CORRUPT_NOTICE);
          clearStored(model.plan.module.slug);
        }

        if (typeof BroadcastChannel !== 'undefined') {
          const ch = new BroadcastChannel(channelName(model.plan.module.slug));
          ch.onmessage = (event: MessageEvent<unknown>) => {
            const message = event.data;
            if (!isSyncMessage(message) || message.from === windowId.current) return;
            if (message.type === 'hello') {
              post({ type: 'state', from: windowId.current, session: current.current });
              return;
            }
            const parsed = parseSession(model, message.session);
            if (!parsed) return;
            // Restoring always lifts a black screen; between windows it is shared, so the presenter can black out the projector.
            const blackout = (message.session as { blackout?: unknown }).blackout === true;
            const incoming = { ...parsed.session, blackout };
            if (shouldAccept(current.current, incoming, windowId.current, message.from)) show(incoming);
          };
          channel.current = ch;
          post({ type: 'hello', from: windowId.current });
        }
        setReady();
      },
      () => {
        if (closed) return;
        mayStore.current = false;
        setNotice(NOT_RESTORED_NOTICE);
        setReady();
      },
    );
    return () => {
      closed = true;
      channel.current?.close();
      channel.current = null;
    };
  }, [model]);

  const dispatch = useCallback(
    (action: WorkshopAction) => {
      if (!readyNow.current) return;
      const prev = current.current;
      const next = reduceSession(model, prev, action, Date.now());
      if (next === prev) return;
      show(next);
      if (mayStore.current && !saveStored(next) && !warnedUnsaved.current) {
        warnedUnsaved.current = true;
        setNotice(UNSAVED_NOTICE);
      }
      post({ type: 'state', from: windowId.current, session: next });
    },
    [model],
  );

  const view = viewOf(model, session);
  const timerPhase = useTimerPhase(session.timer);
  const timerAnnouncement = useTimerAnnouncement(session.timer, timerPhase, ready);
  const screenAnnouncement = useScreenAnnouncement(view, ready);

  return {
    model,
    session,
    view,
    dispatch,
    ready,
    notice,
    dismissNotice: () => setNotice(null),
    timerPhase,
    screenAnnouncement,
    timerAnnouncement,
    timerPresets: [...new Set(plan.sections.map((s) => s.minutes))].sort((a, b) => a - b),
    exportSummary: () => {
      const date = new Date();
      // The summary's code loads on the first download: nobody needs it before the window is ready.
      Promise.all([import('../../lib/workshop/summary'), import('../../lib/browser/download')]).then(
        ([{ summaryFileName, summaryMarkdown }, { downloadText }]) =>
          downloadText(summaryMarkdown(model, session, date), summaryFileName(model, date)),
        () => setNotice(SUMMARY_FAILED_NOTICE),
      );
    },
  };
}

/** Paused, running or finished; re-renders once when a running timer reaches zero, without a ticking clock. */
function useTimerPhase(timer: TimerState): TimerPhase {
  const [, wake] = useState(0);
  useEffect(() => {
    if (timer.startedAt === null) return;
    const left = remainingAt(timer, Date.now());
    if (left <= 0) return;
    const id = setTimeout(() => wake((n) => n + 1), left + 50);
    return () => clearTimeout(id);
  }, [timer]);
  // A fresh (paused) timer needs no clock, so the first render matches the server's markup.
  if (timer.startedAt === null) return isDone(timer, 0) ? 'done' : 'idle';
  const now = Date.now();
  return isRunning(timer, now) ? 'running' : isDone(timer, now) ? 'done' : 'idle';
}

/** Announces the start, pause and end of the timer, but not the state found after a reload. */
function useTimerAnnouncement(timer: TimerState, phase: TimerPhase, ready: boolean): string {
  const [text, setText] = useState('');
  const last = useRef<{ phase: TimerPhase; startedAt: number | null } | null>(null);
  useEffect(() => {
    if (!ready) return;
    const prev = last.current;
    last.current = { phase, startedAt: timer.startedAt };
    if (!prev) return;
    if (phase === 'running' && (prev.phase !== 'running' || prev.startedAt !== timer.startedAt)) {
      setText(`De timer loopt. Nog ${spokenDuration(remainingAt(timer, Date.now()))}.`);
    } else if (phase === 'done' && prev.phase !== 'done') {
      setText('De tijd is om.');
    } else if (phase === 'idle' && prev.phase === 'running') {
      setText(`De timer staat stil op ${spokenDuration(remainingAt(timer, Date.now()))}.`);
    }
  }, [phase, timer.startedAt, ready]);
  return text;
}

/** Announces the new screen after a move, not on the first render. */
function useScreenAnnouncement(view: WorkshopView, ready: boolean): string {
  const [text, setText] = useState('');
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    if (last.current !== null && last.current !== view.key) setText(view.label);
    last.current = view.key;
  }, [view.key, ready]);
  return text;
}

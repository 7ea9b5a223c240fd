import { useMemo, useState } from 'preact/hooks';
import { useProgress } from '../../lib/hooks/use-progress';
import { progress } from '../../lib/progress/client';
import { SESSION_SIZE, dueCards, knownCards, nextDue } from '../../lib/review/due';
import { loadReviewItems } from '../../lib/review/load-items';
import type { ReviewItem } from '../../lib/review/review-items';
import { formatDate } from '../../lib/text/dates';
import { countOf } from '../../lib/text/plural';
import { ReminderButton } from './ReminderButton';
import { ReviewQuestion } from './ReviewQuestion';

export interface ReviewSessionProps {
  /** Every item id the content has; cards of removed content are not asked. */
  known: string[];
  /** The review-items file of each module, by module id. */
  files: Record<string, string>;
  /** This page, for the calendar reminder's link. */
  pageHref: string;
  /** Where the learner sees their modules. */
  progressHref: string;
}

/** A round in progress: its items (fixed when it starts) and the answers so far. */
interface Round {
  items: ReviewItem[];
  position: number;
  answers: Record<string, { optionId: string; correct: boolean }>;
  done: boolean;
}

const loadSchedule = () => import('../../lib/review/schedule');

/**
 * The review page: how many questions are due, a round of at most
 * SESSION_SIZE of them with the original feedback, each answer moving that
 * item's schedule, and when nothing is due the date of the next review with
 * a calendar reminder.
 */
export default function ReviewSession({ known, files, pageHref, progressHref }: ReviewSessionProps) {
  const review = useProgress((state) => state.review);
  const knownIds = useMemo(() => new Set(known), [known]);
  const [round, setRound] = useState<Round | null>(null);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState('');

  if (review === undefined) {
    return (
      <div class="jt-review" aria-busy="true">
        {/* Keyed, so the first render after loading does not reuse (and move) this paragraph. */}
        <p key="laden">Uw vragen worden geladen…</p>
      </div>
    );
  }

  const now = new Date();
  const cards = knownCards(review, knownIds);
  const due = dueCards(cards, now);
  const next = nextDue(cards, now);

  const start = async () => {
    setStarting(true);
    setProblem('');
    const picked = due.slice(0, SESSION_SIZE);
    const modules = [...new Set(picked.map((card) => card.moduleId))];
    try {
      const [items] = await Promise.all([
        loadReviewItems(modules.map((id) => files[id]).filter((url): url is string => !!url)),
        loadSchedule(),
      ]);
      const roundItems = picked.map((card) => items.get(card.itemId)).filter((item): item is ReviewItem => item !== undefined);
      if (roundItems.length === 0) throw new Error('geen vragen gevonden');
      setRound({ items: roundItems, position: 0, answers: {}, done: false });
    } catch {
      setProblem('De vragen konden niet worden geladen. Controleer uw internetverbinding en probeer het opnieuw.');
    } finally {
      setStarting(false);
    }
  };

  const answer = async (item: ReviewItem, optionId: string) => {
    const correct = item.options.find((o) => o.id === optionId)?.correct ?? false;
    setRound((r) => r && { ...r, answers: { ...r.answers, [item.id]: { optionId, correct } } });
    const card = review[item.id];
    if (!card) return;
    const { answerCard } = await loadSchedule();
    const result = await progress.saveReviewCard(answerCard(card, correct, new Date()));
    setProblem(result.saved ? '' : result.message);
  };

  const status = (
    <p class="jt-review__status" role="status">
      {problem}
    </p>
  );

  if (round && !round.done) {
    const item = round.items[round.position]!;
    return (
      <div class="jt-review" data-ready="true">
        <ReviewQuestion
          key={item.id}
          item={item}
          position={round.position + 1}
          total={round.items.length}
          answer={round.answers[item.id]?.optionId ?? null}
          onAnswer={(optionId) => void answer(item, optionId)}
          onNext={() => setRound((r) => r && (r.position + 1 < r.items.length ? { ...r, position: r.position + 1 } : { ...r, done: true }))}
        />
        {status}
      </div>
    );
  }

  const nextText = next && <p>De volgende keer opfrissen is op {formatDate(next)}.</p>;
  const reminder = next && <ReminderButton due={next} pageHref={pageHref} />;

  if (round?.done) {
    const right = Object.values(round.answers).filter((a) => a.correct).length;
    return (
      <div class="jt-review" data-ready="true">
        <h2 tabIndex={-1} ref={(el) => el?.focus()}>
          Klaar met deze ronde
        </h2>
        <p>
          U had {right} van de {countOf(round.items.length, 'vraag', 'vragen')} goed. Wat u goed had, komt pas later terug. Wat niet goed
          ging, komt eerder terug.
        </p>
        {due.length > 0 ? (
          <>
            <p>Er staan nog {countOf(due.length, 'vraag', 'vragen')} klaar.</p>
            <p>
              <button type="button" class="nl-button nl-button--primary" disabled={starting} onClick={() => void start()}>
                Nog een ronde
              </button>
            </p>
          </>
        ) : (
          <>
            {nextText}
            {reminder}
          </>
        )}
        {status}
      </div>
    );
  }

  if (cards.length === 0) {
    return (
      <div class="jt-review" data-ready="true">
        <h2>Nog niets om op te frissen</h2>
        <p>
          Zodra u een module hebt afgerond, komen de vragen uit de kennischeck en een paar keuzes uit het scenario hier terug. Eerst na een
          paar dagen, daarna steeds later.
        </p>
        <p>
          <a href={progressHref}>Bekijk welke modules u al hebt afgerond</a>
        </p>
      </div>
    );
  }

  if (due.length === 0) {
    return (
      <div class="jt-review" data-ready="true">
        <h2>U bent bij</h2>
        <p>Er staan nu geen vragen klaar.</p>
        {nextText}
        {reminder}
      </div>
    );
  }

  const size = Math.min(due.length, SESSION_SIZE);
  return (
    <div class="jt-review" data-ready="true">
      <h2>{countOf(due.length, 'vraag', 'vragen')} om op te frissen</h2>
      <p>
        {due.length > size
          ? `Een ronde heeft ${size} vragen en duurt twee tot vijf minuten. De rest kunt u daarna doen, of een andere keer.`
          : 'Dat duurt maar een paar minuten.'}
      </p>
      <p>
        <button type="button" class="nl-button nl-button--primary" disabled={starting} onClick={() => void start()}>
          Begin met opfrissen
        </button>
      </p>
      {status}
    </div>
  );
}

package dev.framewatch.fakeserver;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Plays a script: each request takes the next enqueued answer, in order. Once the script is spent, requests go to the
 * dispatcher given (by default, {@link #SCRIPT_SPENT}), so a test that requests too much fails visibly.
 */
public final class QueueDispatcher implements Dispatcher {
  /** The answer once nothing is left to play: a status no real service sends. */
  public static final FakeResponse SCRIPT_SPENT = FakeResponse.json(599, "{\"error\":\"no scripted response left\"}");

  private final ConcurrentLinkedQueue<FakeResponse> script = new ConcurrentLinkedQueue<>();
  private final Dispatcher whenSpent;

  public QueueDispatcher() {
    this(request -> SCRIPT_SPENT);
  }

  public QueueDispatcher(Dispatcher whenSpent) {
    this.whenSpent = whenSpent;
  }

  public QueueDispatcher enqueue(FakeResponse response) {
    script.add(response);
    return this;
  }

  /** Answers not played yet. */
  public int remaining() {
    return script.size();
  }

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    FakeResponse next = script.poll();
    return next != null ? next : whenSpent.dispatch(request);
  }
}

package corpussearch.api;

import java.time.Duration;

/**
 * How long a test waits for anything (an HTTP answer, a page, a process) before it calls it a
 * hang. A guard against waiting forever, never a speed requirement: a busy machine may take
 * seconds for what usually takes milliseconds, and no test compares a measured time with a bound.
 */
public final class HangGuard {

  /** One minute. */
  public static final Duration TIMEOUT = Duration.ofMinutes(1);

  private HangGuard() {}
}

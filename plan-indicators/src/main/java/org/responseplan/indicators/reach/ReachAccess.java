package org.responseplan.indicators.reach;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ReachAggregator;

/**
 * Hands the engine of a {@link ReachAggregator} to the streaming HXL reader, which fills it with rows already
 * encoded, without making the engine part of ReachAggregator's public API. ReachAggregator installs the two
 * functions when its class is initialised.
 */
public final class ReachAccess {
  private static @Nullable Function<ReachCells, ReachAggregator> wrap;

  private ReachAccess() {}

  /**
   * Installs the function that wraps an engine into an aggregator; called once, by ReachAggregator.
   *
   * @param wrapper the function
   * @throws IllegalStateException when one is installed already
   */
  public static synchronized void install(Function<ReachCells, ReachAggregator> wrapper) {
    if (wrap != null) {
      throw new IllegalStateException("installed already");
    }
    wrap = Objects.requireNonNull(wrapper, "wrapper");
  }

  /**
   * The aggregator whose engine is {@code cells}.
   *
   * @param cells an engine, owned by the aggregator from now on
   * @return the aggregator
   */
  public static ReachAggregator aggregator(ReachCells cells) {
    Function<ReachCells, ReachAggregator> w;
    synchronized (ReachAccess.class) {
      w = wrap;
    }
    if (w == null) {
      ReachAggregator.create(); // initialises ReachAggregator, which installs the function
      synchronized (ReachAccess.class) {
        w = Objects.requireNonNull(wrap, "ReachAggregator did not install its wrapper");
      }
    }
    return w.apply(cells);
  }
}

package org.responseplan.indicators;

/**
 * A 5W aggregation would hold more (sector, area, population group, month) cells than its limit allows
 * ({@link ReachAggregator#cellLimit()}): thrown as the cell past the limit is added, long before the heap runs out,
 * so that a caller can say what happened instead of failing with an {@code OutOfMemoryError}. The HXL reader turns
 * it into an {@code aggregation-limit} finding. What was aggregated so far is incomplete and must not be used.
 */
public final class AggregationLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The number of cells the aggregation could hold. */
  private final long limit;

  /**
   * The exception for an aggregation that reached {@code limit} cells.
   *
   * @param limit the number of cells it may hold
   */
  public AggregationLimitException(long limit) {
    super("more than " + limit + " distinct (sector, area, population group, month) cells; the table asked for "
        + "needs them all");
    this.limit = limit;
  }

  /**
   * The number of cells the aggregation could hold.
   *
   * @return the limit
   */
  public long limit() {
    return limit;
  }
}

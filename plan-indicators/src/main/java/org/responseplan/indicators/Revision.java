package org.responseplan.indicators;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Money;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;

/**
 * Two versions of one figure, by name: what it was before and what it is after, the input of {@link
 * Calculators#relativeChange(Revision)}. Written {@code Revision.from(original).to(revised)} so that the two cannot
 * trade places unseen; {@link #of(Plan)} and {@link #of(Sector)} give the original and revised requirements.
 *
 * <p>Immutable and thread-safe.
 */
public final class Revision {
  private final @Nullable BigDecimal before;
  private final @Nullable BigDecimal after;
  private final String beforeUnit;
  private final String afterUnit;
  private final String beforeText;
  private final String afterText;

  private Revision(Side before, Side after) {
    this.before = before.value;
    this.after = after.value;
    this.beforeUnit = before.unit;
    this.afterUnit = after.unit;
    this.beforeText = before.text;
    this.afterText = after.text;
  }

  /** One side: a value (or none), its unit ({@code ""} for a plain number) and its text for a calculation's inputs. */
  private record Side(@Nullable BigDecimal value, String unit, String text) {
    static Side of(Optional<Money> m) {
      return m.map(x -> new Side(x.amount(), x.currency(), x.toString()))
          .orElse(new Side(null, "", Calculators.NOT_REPORTED));
    }

    static Side of(BigDecimal v) {
      return new Side(v, "", v.toPlainString());
    }
  }

  /** The earlier side of a revision, waiting for the later one ({@link #to}). */
  public static final class From {
    private final Side before;

    private From(Side before) {
      this.before = before;
    }

    /**
     * The later amount.
     *
     * @param after the amount after the revision; empty when not reported
     * @return the revision
     */
    public Revision to(Optional<Money> after) {
      return new Revision(before, Side.of(after));
    }

    /**
     * The later amount.
     *
     * @param after the amount after the revision
     * @return the revision
     */
    public Revision to(Money after) {
      return to(Optional.of(after));
    }

    /**
     * The later number (people, an indicator's value).
     *
     * @param after the number after the revision
     * @return the revision
     */
    public Revision to(BigDecimal after) {
      return new Revision(before, Side.of(Objects.requireNonNull(after, "after")));
    }
  }

  /**
   * Starts a revision from an amount.
   *
   * @param before the amount before the revision (the original); empty when not reported
   * @return the earlier side; finish with {@link From#to}
   */
  public static From from(Optional<Money> before) {
    return new From(Side.of(before));
  }

  /**
   * Starts a revision from an amount.
   *
   * @param before the amount before the revision
   * @return the earlier side; finish with {@link From#to}
   */
  public static From from(Money before) {
    return from(Optional.of(before));
  }

  /**
   * Starts a revision from a number without a currency (people, an indicator's value).
   *
   * @param before the number before the revision
   * @return the earlier side; finish with {@link From#to(BigDecimal)}
   */
  public static From from(BigDecimal before) {
    return new From(Side.of(Objects.requireNonNull(before, "before")));
  }

  /**
   * A plan's requirements: from the original ({@link Plan#getOriginalRequirements()}) to the current, revised ones.
   *
   * @param plan the plan
   * @return the revision; a side the plan does not report is empty
   */
  public static Revision of(Plan plan) {
    return from(plan.getOriginalRequirements()).to(plan.getRequirements());
  }

  /**
   * A sector's requirements: from the original to the current, revised ones.
   *
   * @param sector the sector
   * @return the revision; a side the sector does not report is empty
   */
  public static Revision of(Sector sector) {
    return from(sector.getOriginalRequirements()).to(sector.getRequirements());
  }

  /** {@return the earlier value (an amount without its currency, or a number); empty when not reported} */
  public Optional<BigDecimal> before() {
    return Optional.ofNullable(before);
  }

  /** {@return the later value; empty when not reported} */
  public Optional<BigDecimal> after() {
    return Optional.ofNullable(after);
  }

  /** {@return true when both sides are reported in the same unit (the same currency, or both plain numbers)} */
  public boolean isComparable() {
    return before != null && after != null && beforeUnit.equals(afterUnit);
  }

  /** {@return the unit of the later side: a currency code, or {@code ""} for a plain number or when not reported} */
  public String unit() {
    return afterUnit.isEmpty() ? beforeUnit : afterUnit;
  }

  String beforeText() {
    return beforeText;
  }

  String afterText() {
    return afterText;
  }

  boolean unitsDiffer() {
    return before != null && after != null && !beforeUnit.equals(afterUnit);
  }
}

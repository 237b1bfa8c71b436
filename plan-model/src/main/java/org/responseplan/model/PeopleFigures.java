package org.responseplan.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.responseplan.model.validation.Rule;

/**
 * People figures at one level of a plan (the plan, an objective, a sector, an activity): the six totals and their
 * breakdown by sex, age band, population group and location.
 *
 * <p>No cell may exceed its total (checked when built); whether cells of one kind add up to more than the total is
 * a validation finding ({@code breakdown-sum-exceeds-total}).
 *
 * <p>A plan sometimes states a figure in words where a number would be ("At risk communities" people targeted).
 * Such a figure is kept as a <em>label</em> ({@link #getLabels()}): the figure itself is then not reported, and every
 * calculation treats it so (never as 0), while reports show the label where the number would be. A label beside a
 * number is allowed and kept too.
 */
@Value.Immutable
public abstract class PeopleFigures implements PeopleCounts, Extensible {
  PeopleFigures() {}

  /** {@return the breakdown cells, in the order they were given; empty when the figures are not broken down} */
  public abstract List<@Valid PeopleCell> getBreakdown();

  /**
   * Figures given as text instead of a number, by figure, in {@link PeopleMetric} order (widest first). A figure
   * with a label and no number is not reported: calculations never read the label as a count.
   *
   * @return the labels (immutable; empty when the plan gives every figure as a number or not at all); no label is
   *     blank (checked when built)
   */
  @Value.NaturalOrder
  public abstract SortedMap<PeopleMetric, String> getLabels();

  /**
   * The label of one figure.
   *
   * @param metric which figure
   * @return its label; empty when the figure has none (it may still have a number)
   */
  public Optional<String> label(PeopleMetric metric) {
    return Optional.ofNullable(getLabels().get(metric));
  }

  /** {@return members the model has no field for, by JSON name, in order; empty when there are none} */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /**
   * Checks the figures when built; called by Immutables.
   *
   * @throws InvalidPlanException when a figure is negative ({@code negative-count}), a label is blank ({@code
   *     invalid-value}) or a cell's figure exceeds the same total ({@code cell-exceeds-total})
   */
  @Value.Check
  protected void check() {
    PeopleCounts.requireNonNegative(this, "");
    for (Map.Entry<PeopleMetric, String> e : getLabels().entrySet()) {
      if (e.getValue().isBlank()) {
        throw new InvalidPlanException(Rule.INVALID_VALUE, "labels/" + e.getKey().jsonName(), e.getValue(),
            "must be text that is not blank", "text that is not blank (or no label)");
      }
    }
    List<PeopleCell> cells = getBreakdown();
    for (int i = 0; i < cells.size(); i++) {
      for (PeopleMetric m : PeopleMetric.values()) {
        OptionalLong total = m.of(this);
        OptionalLong cell = m.of(cells.get(i));
        if (total.isPresent() && cell.isPresent() && cell.getAsLong() > total.getAsLong()) {
          throw new InvalidPlanException(Rule.CELL_EXCEEDS_TOTAL, "breakdown/" + i + "/" + m.jsonName(),
              cell.getAsLong(), "must not exceed the total " + m.jsonName() + " of " + total.getAsLong(), total.getAsLong());
        }
      }
    }
  }

  /**
   * Starts building people figures.
   *
   * @return a new, empty builder; every figure is optional
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeopleFigures}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutablePeopleFigures.Builder implements PeopleCounts.Setter<Builder> {
    Builder() {}

    /**
     * Gives a figure as text, such as {@code label(PeopleMetric.TARGETED, "At risk communities")}; the same as
     * {@code putLabels(metric, text)}.
     *
     * @param metric which figure
     * @param text the words the plan uses; blank text fails when the value is built ({@code invalid-value})
     * @return this builder
     */
    public Builder label(PeopleMetric metric, String text) {
      putLabels(metric, text);
      return this;
    }
  }
}

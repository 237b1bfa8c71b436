package org.responseplan.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.responseplan.model.validation.Rule;

/**
 * People figures at one level of a plan (the plan, an objective, a sector, an activity): the six totals and their
 * breakdown by sex, age band, population group and location.
 *
 * <p>No cell may exceed its total (checked when built); whether cells of one kind add up to more than the total is
 * a validation finding ({@code breakdown-sum-exceeds-total}).
 */
@Value.Immutable
public abstract class PeopleFigures implements PeopleCounts, Extensible {
  PeopleFigures() {}

  /** Cells in the order they were given. */
  public abstract List<@Valid PeopleCell> getBreakdown();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  @Value.Check
  protected void check() {
    PeopleCounts.requireNonNegative(this, "");
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

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeopleFigures}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutablePeopleFigures.Builder implements PeopleCounts.Setter<Builder> {
    Builder() {}
  }
}

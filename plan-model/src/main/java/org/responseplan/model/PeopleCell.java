package org.responseplan.model;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.responseplan.model.validation.Rule;

/**
 * One cell of a people breakdown: the figures for one combination of sex, age band, population group and location.
 * A cell names at least one of the four; those it leaves out are "all".
 */
@Value.Immutable
public abstract class PeopleCell implements PeopleCounts, Extensible {
  PeopleCell() {}

  public abstract Optional<Sex> getSex();

  public abstract Optional<AgeBand> getAgeBand();

  public abstract Optional<@Valid Code> getPopulationGroup();

  public abstract Optional<@Valid Location> getLocation();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  /** The cell's dimensions as text, such as {@code sex=female ageBand=0-17}; used to group and to report. */
  public String getKey() {
    StringBuilder b = new StringBuilder();
    getSex().ifPresent(s -> b.append("sex=").append(s.jsonName()).append(' '));
    getAgeBand().ifPresent(a -> b.append("ageBand=").append(a).append(' '));
    getPopulationGroup().ifPresent(p -> b.append("populationGroup=").append(p).append(' '));
    getLocation().ifPresent(l -> b.append("location=").append(l).append(' '));
    return b.toString().trim();
  }

  /** Which dimensions the cell names, such as {@code sex+ageBand}; cells of one kind partition the same total. */
  public String getDimensions() {
    StringBuilder b = new StringBuilder();
    getSex().ifPresent(s -> b.append("+sex"));
    getAgeBand().ifPresent(a -> b.append("+ageBand"));
    getPopulationGroup().ifPresent(p -> b.append("+populationGroup"));
    getLocation().ifPresent(l -> b.append("+location"));
    return b.length() == 0 ? "" : b.substring(1);
  }

  @Value.Check
  protected void check() {
    if (getSex().isEmpty() && getAgeBand().isEmpty() && getPopulationGroup().isEmpty() && getLocation().isEmpty()) {
      throw new InvalidPlanException(Rule.CELL_WITHOUT_DIMENSION, "", "{}",
          "must name at least one of sex, ageBand, populationGroup or location");
    }
    PeopleCounts.requireNonNegative(this, "");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeopleCell}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutablePeopleCell.Builder implements PeopleCounts.Setter<Builder> {
    Builder() {}
  }
}

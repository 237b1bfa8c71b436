package org.responseplan.model;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.responseplan.model.validation.Rule;

/**
 * One cell of a people breakdown: the figures for one combination of sex, age band, population group and location.
 * A cell names at least one of the four; those it leaves out are "all".
 *
 * <p>A cell may also name a {@linkplain #getSubset() subset}: people who are also counted in the other cells, such as
 * people with disabilities. Subset cells are never added to cells without one, nor to cells of another subset.
 */
@Value.Immutable
public abstract class PeopleCell implements PeopleCounts, Extensible {
  PeopleCell() {}

  /** {@return the sex the cell counts; empty when the cell counts all sexes} */
  public abstract Optional<Sex> getSex();

  /** {@return the age band the cell counts; empty when the cell counts all ages} */
  public abstract Optional<AgeBand> getAgeBand();

  /** {@return the population group the cell counts ({@code population-group:refugees}, ...); empty when all groups} */
  public abstract Optional<@Valid Code> getPopulationGroup();

  /** {@return the place the cell counts; empty when all places} */
  public abstract Optional<@Valid Location> getLocation();

  /**
   * The subset the cell counts, such as {@code disability}: people who are also counted in the cells without a
   * subset (people with disabilities are also IDPs, host community, ...), so subset cells never add up with them.
   * A subset cell names its subset and may name sex, age band, population group and location within it.
   *
   * @return the subset code; empty for an ordinary cell, whose cells of one kind partition the total
   */
  public abstract Optional<@Valid Code> getSubset();

  /**
   * Whether the cell counts a {@linkplain #getSubset() subset} of people who are also in the other cells.
   *
   * @return true when {@link #getSubset()} is present
   */
  public boolean isSubset() {
    return getSubset().isPresent();
  }

  /** {@return members the model has no field for, by JSON name, in order; empty when there are none} */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /**
   * {@return the cell's dimensions with their values as text, such as {@code sex=female ageBand=0-17}; used to group
   * and to report}
   */
  public String getKey() {
    StringBuilder b = new StringBuilder();
    getSex().ifPresent(s -> b.append("sex=").append(s.jsonName()).append(' '));
    getAgeBand().ifPresent(a -> b.append("ageBand=").append(a).append(' '));
    getPopulationGroup().ifPresent(p -> b.append("populationGroup=").append(p).append(' '));
    getLocation().ifPresent(l -> b.append("location=").append(l).append(' '));
    getSubset().ifPresent(x -> b.append("subset=").append(x).append(' '));
    return b.toString().trim();
  }

  /**
   * Which dimensions the cell names, such as {@code sex+ageBand}, with {@code +subset} for a subset cell; cells of
   * one kind (and, for subset cells, of one subset) partition the same total.
   *
   * @return the dimension names joined by {@code +}
   */
  public String getDimensions() {
    StringBuilder b = new StringBuilder();
    getSex().ifPresent(s -> b.append("+sex"));
    getAgeBand().ifPresent(a -> b.append("+ageBand"));
    getPopulationGroup().ifPresent(p -> b.append("+populationGroup"));
    getLocation().ifPresent(l -> b.append("+location"));
    getSubset().ifPresent(x -> b.append("+subset"));
    return b.length() == 0 ? "" : b.substring(1);
  }

  /**
   * Checks the cell when built; called by Immutables.
   *
   * @throws InvalidPlanException when the cell names no dimension ({@code cell-without-dimension}) or a figure is
   *     negative ({@code negative-count})
   */
  @Value.Check
  protected void check() {
    if (getSex().isEmpty() && getAgeBand().isEmpty() && getPopulationGroup().isEmpty() && getLocation().isEmpty()
        && getSubset().isEmpty()) {
      throw new InvalidPlanException(Rule.CELL_WITHOUT_DIMENSION, "", "{}",
          "must name at least one of sex, ageBand, populationGroup, location or subset");
    }
    PeopleCounts.requireNonNegative(this, "");
  }

  /**
   * Starts building a cell.
   *
   * @return a new, empty builder; {@code build()} throws {@link InvalidPlanException} when the cell names no dimension
   *     or a figure is negative
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeopleCell}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutablePeopleCell.Builder implements PeopleCounts.Setter<Builder> {
    Builder() {}
  }
}

package org.responseplan.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One contribution towards a plan: who gave, how much, when, and how far it has got (pledged, committed, paid). */
@Value.Immutable
public abstract class Contribution implements Extensible {
  Contribution() {}

  /** {@return the donor's name as the source gives it; never blank} */
  @NotBlank
  public abstract String getDonor();

  /** {@return the amount given, in its own currency} */
  public abstract Money getAmount();

  /** {@return the day the contribution was made or recorded; empty when the source does not say} */
  public abstract Optional<LocalDate> getDate();

  /** {@return how far the contribution has got (pledged, committed, paid); empty when the source does not say} */
  public abstract Optional<ContributionStatus> getStatus();

  /** {@return members the model has no field for, by JSON name, in order; empty when there are none} */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /**
   * Starts building a contribution.
   *
   * @return a new, empty builder; {@code build()} throws {@link InvalidPlanException} ({@code required-field}) when the
   *     donor or the amount is not set, or naming the rule a value breaks
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contribution}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}

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

  /** The donor's name as the source gives it. */
  @NotBlank
  public abstract String getDonor();

  public abstract Money getAmount();

  public abstract Optional<LocalDate> getDate();

  /** Empty when the source does not say. */
  public abstract Optional<ContributionStatus> getStatus();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contribution}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}

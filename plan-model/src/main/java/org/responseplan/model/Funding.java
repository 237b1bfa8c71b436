package org.responseplan.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Funding received at one level of a plan: the total as a source publishes it (FTS {@code totalFunding}), the
 * individual contributions, or both.
 */
@Value.Immutable
public abstract class Funding implements Extensible {
  Funding() {}

  /**
   * {@return the published total, as the source gives it (FTS {@code totalFunding}); empty when only contributions are
   * known or nothing is reported}
   */
  public abstract Optional<Money> getTotal();

  /**
   * {@return the individual contributions, in the order given; empty when the source lists none (the total may still be
   * known)}
   */
  public abstract List<@Valid Contribution> getContributions();

  /** {@return members the model has no field for, by JSON name, in order; empty when there are none} */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /**
   * Funding known only by its published total.
   *
   * @param total the total received
   * @return funding with that total and no contributions
   */
  public static Funding ofTotal(Money total) {
    return builder().total(total).build();
  }

  /**
   * Starts building funding.
   *
   * @return a new, empty builder; nothing is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Funding}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableFunding.Builder {
    Builder() {}
  }
}

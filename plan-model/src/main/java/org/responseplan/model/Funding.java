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

  /** The published total, when the source gives one; empty when only contributions are known. */
  public abstract Optional<Money> getTotal();

  public abstract List<@Valid Contribution> getContributions();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  public static Funding ofTotal(Money total) {
    return builder().total(total).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Funding}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableFunding.Builder {
    Builder() {}
  }
}

package org.responseplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One activity of a sector or activity area, with the ways it delivers assistance. */
@Value.Immutable
public abstract class Activity implements Extensible {
  Activity() {}

  /** Unique within the plan. */
  @NotBlank
  public abstract String getId();

  @NotBlank
  public abstract String getDescription();

  /** The modalities the activity uses, in the order given (food kits and vouchers: in-kind and cash). */
  public abstract List<Modality> getModalities();

  public abstract Optional<Money> getRequirements();

  public abstract Optional<@Valid PeopleFigures> getPeople();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Activity}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}

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

  /** {@return the activity's identifier, unique among the plan's activities; never blank} */
  @NotBlank
  public abstract String getId();

  /** {@return what the activity does, as free text; never blank} */
  @NotBlank
  public abstract String getDescription();

  /**
   * {@return the modalities the activity uses, in the order given (food kits and vouchers: in-kind and cash); empty
   * when not given}
   */
  public abstract List<Modality> getModalities();

  /** {@return requirements of the activity; empty when not reported, which is not zero} */
  public abstract Optional<Money> getRequirements();

  /** {@return people figures of the activity; empty when none is reported} */
  public abstract Optional<@Valid PeopleFigures> getPeople();

  /** {@return members the model has no field for, by JSON name, in order; empty when there are none} */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /**
   * Starts building an activity.
   *
   * @return a new, empty builder; {@code build()} throws {@link InvalidPlanException} ({@code required-field}) when the
   *     id or the description is not set, or naming the rule a value breaks
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Activity}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}

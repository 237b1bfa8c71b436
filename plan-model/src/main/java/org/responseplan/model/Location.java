package org.responseplan.model;

import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place: an ISO 3166-1 alpha-3 country, optionally narrowed to an admin-1 and an admin-2 area by p-code and name.
 */
@Value.Immutable
public abstract class Location implements Extensible {
  Location() {}

  /** {@return the ISO 3166-1 alpha-3 country code, such as {@code COL}} */
  @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 country code (three capital letters)")
  public abstract String getCountry();

  /** {@return the admin-1 p-code, such as {@code CO11}; empty for a whole country or when not given} */
  public abstract Optional<String> getAdmin1Code();

  /** {@return the admin-1 area's name, such as {@code Bogotá}; empty when not given} */
  public abstract Optional<String> getAdmin1Name();

  /** {@return the admin-2 p-code, such as {@code CO11001}; empty when the location is not that narrow or not given} */
  public abstract Optional<String> getAdmin2Code();

  /** {@return the admin-2 area's name; empty when not given} */
  public abstract Optional<String> getAdmin2Name();

  /** {@return members the model has no field for, by JSON name, in order; empty when there are none} */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /**
   * A whole country.
   *
   * @param iso3 an ISO 3166-1 alpha-3 code such as {@code COL}; whether it is a real country is checked by the
   *     validator ({@code invalid-country}), not here
   * @return the location
   */
  public static Location country(String iso3) {
    return builder().country(iso3).build();
  }

  /**
   * Starts building a location.
   *
   * @return a new, empty builder; {@code build()} throws {@link InvalidPlanException} ({@code required-field}) when the
   *     country is not set, or naming the rule a value breaks
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }

  /**
   * Whether this location is the given one or lies inside it.
   *
   * @param other the wider location
   * @return true for the same country and, where {@code other} names admin areas, the same ones
   */
  public boolean isWithin(Location other) {
    return getCountry().equals(other.getCountry())
        && (other.getAdmin1Code().isEmpty() || other.getAdmin1Code().equals(getAdmin1Code()))
        && (other.getAdmin2Code().isEmpty() || other.getAdmin2Code().equals(getAdmin2Code()));
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(getCountry());
    getAdmin1Code().ifPresent(c -> b.append('/').append(c));
    getAdmin2Code().ifPresent(c -> b.append('/').append(c));
    return b.toString();
  }
}

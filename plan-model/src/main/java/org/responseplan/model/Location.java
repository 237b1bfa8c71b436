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

  /** ISO 3166-1 alpha-3 country code, such as {@code COL}. */
  @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 country code (three capital letters)")
  public abstract String getCountry();

  /** Admin-1 p-code, such as {@code CO11}. */
  public abstract Optional<String> getAdmin1Code();

  public abstract Optional<String> getAdmin1Name();

  /** Admin-2 p-code, such as {@code CO11001}. */
  public abstract Optional<String> getAdmin2Code();

  public abstract Optional<String> getAdmin2Name();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  /** A whole country. */
  public static Location country(String iso3) {
    return builder().country(iso3).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }

  /** True when this location is the given one or lies inside it (same country; same admin areas where given). */
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

package org.responseplan.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A named set of codes with their display names, declared by a plan for codes of its own (a plan's own sectors, a
 * national list of population groups). The built-in vocabularies are in {@link Vocabularies}.
 */
@Value.Immutable
public abstract class Vocabulary implements Extensible {
  Vocabulary() {}

  @NotBlank
  public abstract String getId();

  @NotBlank
  public abstract String getName();

  /** Code to display name, in declaration order. An empty map declares an open vocabulary: any code is accepted. */
  public abstract Map<String, String> getCodes();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  public boolean isOpen() {
    return getCodes().isEmpty();
  }

  public boolean contains(String code) {
    return isOpen() || getCodes().containsKey(code);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Vocabulary}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableVocabulary.Builder {
    Builder() {}
  }
}
